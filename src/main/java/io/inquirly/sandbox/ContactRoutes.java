package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Contacts of an account (Chatwoot {@code contacts_controller.rb} and its nested controllers). */
final class ContactRoutes {
  private static final String BASE = "/api/v1/accounts/{account_id}/contacts";

  private ContactRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, ContactRoutes::list);
    r.app("POST", BASE, ContactRoutes::create);
    r.app("GET", BASE + "/search", ContactRoutes::search);
    r.app("POST", BASE + "/filter", ContactRoutes::filter);
    r.app("GET", BASE + "/{id}", ContactRoutes::show);
    r.app("PUT", BASE + "/{id}", ContactRoutes::update);
    r.app("PATCH", BASE + "/{id}", ContactRoutes::update);
    r.app("DELETE", BASE + "/{id}", ContactRoutes::delete);
    r.app("GET", BASE + "/{id}/conversations", ContactRoutes::conversations);
    r.app("POST", BASE + "/{id}/contact_inboxes", ContactRoutes::createContactInbox);
    r.app("GET", BASE + "/{id}/contactable_inboxes", ContactRoutes::contactableInboxes);
    r.app("GET", BASE + "/{id}/labels", ContactRoutes::labels);
    r.app("POST", BASE + "/{id}/labels", ContactRoutes::setLabels);
    r.app("POST", "/api/v1/accounts/{account_id}/actions/contact_merge", ContactRoutes::merge);
  }

  /** Resolved contacts only; {@code labels[]} any-of; Sift sort; 15 per page with the total count. */
  static Response list(Call call) {
    List<String> labels = call.request().queryList("labels");
    String sort = call.request().query("sort");
    if ((sort == null || sort.isBlank()) && labels.isEmpty()) {
      List<Store.Contact> all = call.account().resolvedInOrder();
      return Response.ok(ContactQueries.page(call,
          ContactQueries.slice(all, ContactQueries.pageNumber(call.request()), ContactQueries.RESULTS_PER_PAGE),
          all.size()));
    }
    List<Store.Contact> matching = new ArrayList<>();
    for (Store.Contact c : call.account().contacts.values()) {
      if (c.isResolved() && (labels.isEmpty() || labels.stream().anyMatch(c.labels::contains))) {
        matching.add(c);
      }
    }
    return Response.ok(ContactQueries.countedPage(call, ContactQueries.sort(matching, sort)));
  }


  /** 200 {@code {"payload":{"contact":{...},"contact_inbox":{"inbox":...,"source_id":...}}}}. */
  static Response create(Call call) {
    Store store = call.store();
    Store.Account account = call.account();
    ObjectNode params = call.request().body();

    Store.Contact blank = new Store.Contact(0, account.id, Store.now());
    ContactRules.Draft draft = ContactRules.Draft.of(blank);
    ContactRules.assign(draft, params);
    ContactRules.normalize(draft);
    ContactRules.validate(draft, account, Set.of());

    // The contact inbox is built in the same transaction: a bad inbox_id rolls the contact back (404).
    Store.Inbox inbox = null;
    String sourceId = null;
    String inboxParam = Json.text(params, "inbox_id");
    if (inboxParam != null && !inboxParam.isBlank()) {
      inbox = store.inbox(account, Ids.parse(inboxParam));
      sourceId = ContactRules.blankToNull(Json.text(params, "source_id"));
      if (sourceId == null) {
        sourceId = store.newUuid();
      } else {
        requireFreeSourceId(account, inbox, sourceId, -1);
      }
    }

    Store.Contact contact = new Store.Contact(store.nextId("contacts"), account.id, Store.now());
    draft.applyTo(contact, account);
    account.addContact(contact);
    Store.ContactInbox contactInbox = null;
    if (inbox != null) {
      contactInbox = addContactInbox(store, contact, inbox, sourceId);
    }

    ObjectNode body = Json.object();
    ObjectNode payload = body.putObject("payload");
    payload.set("contact", Views.contact(contact, account, true));
    ObjectNode ci = payload.putObject("contact_inbox");
    if (contactInbox == null) {
      ci.putNull("inbox");
      ci.putNull("source_id");
    } else {
      ci.set("inbox", Views.inboxModel(inbox));
      ci.put("source_id", contactInbox.sourceId);
    }
    return Response.ok(body);
  }

  static Response show(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    return Response.ok(wrap(Views.contact(c, call.account(), ContactQueries.includeContactInboxes(call.request()))));
  }

  /** PUT/PATCH: 200 {@code {"payload":{contact}}}; custom/additional attributes are merged. */
  static Response update(Call call) {
    Store.Account account = call.account();
    Store.Contact c = call.store().contact(account, call.pathId("id"));
    ContactRules.Draft draft = ContactRules.Draft.of(c);
    ContactRules.assign(draft, call.request().body());
    ContactRules.normalize(draft);
    ContactRules.validate(draft, account, Set.of(c.id));
    draft.applyTo(c, account);
    return Response.ok(wrap(Views.contact(c, account, ContactQueries.includeContactInboxes(call.request()))));
  }

  /** Administrators only (ContactPolicy#destroy?); 200 with an empty body. */
  static Response delete(Call call) {
    Store.Account account = call.account();
    Store.Contact c = call.store().contact(account, call.pathId("id"));
    call.requireAdministrator();
    account.removeContact(c);
    account.conversations.values().removeIf(conv -> conv.contactId == c.id);
    return Response.empty(200);
  }

  /** At most this many: chatwoot-4.10/app/controllers/api/v1/accounts/contacts/conversations_controller.rb. */
  static final int CONTACT_CONVERSATIONS_LIMIT = 20;

  /** The contact's conversations the caller may see, most recently active first, at most 20 (no paging). */
  static Response conversations(Call call) {
    Store.Account account = call.account();
    Store.Contact c = call.store().contact(account, call.pathId("id"));
    ObjectNode body = Json.object();
    ArrayNode payload = body.putArray("payload");
    account.conversations.values().stream()
        .filter(conv -> conv.contactId == c.id && account.inboxes.get(conv.inboxId) != null
            && InboxRoutes.canSee(call, account.inboxes.get(conv.inboxId)))
        .sorted(java.util.Comparator.comparingLong((Store.Conversation conv) -> conv.lastActivityAt).reversed()
            .thenComparing(java.util.Comparator.comparingLong((Store.Conversation conv) -> conv.displayId)
                .reversed()))
        .limit(CONTACT_CONVERSATIONS_LIMIT)
        .forEach(conv -> payload.add(ConversationViews.conversation(call.store(), account, conv)));
    return Response.ok(body);
  }

  /**
   * {@code q} required (422); name, email, phone ILIKE, company_name ILIKE, identifier LIKE (case-sensitive)
   * over all contacts; 15 per page; meta.count is the page size and has_more tells whether to go on.
   */
  static Response search(Call call) {
    Request request = call.request();
    String q = request.query("q");
    if (q == null || q.isBlank()) {
      throw ApiError.unprocessable("Specify search string with parameter q");
    }
    String pattern = "%" + q.strip() + "%";
    List<Store.Contact> matching = new ArrayList<>();
    for (Store.Contact c : call.account().contacts.values()) {
      if (ContactQueries.like(c.name, pattern, true)
          || ContactQueries.like(c.email, pattern, true)
          || ContactQueries.like(c.phoneNumber, pattern, true)
          || ContactQueries.like(Json.text(c.additionalAttributes, "company_name"), pattern, true)
          || ContactQueries.like(c.identifier, pattern, false)) {
        matching.add(c);
      }
    }
    List<Store.Contact> sorted = ContactQueries.sort(matching, request.query("sort"));
    int page = ContactQueries.pageNumber(request);
    List<Store.Contact> window = ContactQueries.slice(sorted, page, ContactQueries.RESULTS_PER_PAGE + 1);
    boolean hasMore = window.size() > ContactQueries.RESULTS_PER_PAGE;
    List<Store.Contact> shown = hasMore ? window.subList(0, ContactQueries.RESULTS_PER_PAGE) : window;

    ObjectNode body = Json.object();
    ObjectNode meta = body.putObject("meta");
    meta.put("count", shown.size());
    meta.set("current_page", ContactQueries.currentPage(request));
    meta.put("has_more", hasMore);
    ArrayNode payload = body.putArray("payload");
    boolean withInboxes = ContactQueries.includeContactInboxes(request);
    shown.forEach(c -> payload.add(Views.contact(c, call.account(), withInboxes)));
    return Response.ok(body);
  }

  static Response filter(Call call) {
    List<Store.Contact> matching = ContactFilter.apply(call.account(), call.request().body().get("payload"));
    List<Store.Contact> sorted = ContactQueries.sort(matching, call.request().paramText("sort"));
    return Response.ok(ContactQueries.countedPage(call, sorted));
  }

  /** POST {inbox_id, source_id?} → {@code {"source_id":...,"inbox":{slim inbox}}}. */
  static Response createContactInbox(Call call) {
    Store store = call.store();
    Store.Account account = call.account();
    Store.Contact c = store.contact(account, call.pathId("id"));
    ObjectNode params = call.request().body();
    Store.Inbox inbox = store.inbox(account, Ids.parse(Json.text(params, "inbox_id")));
    if (!InboxRoutes.canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    String sourceId = ContactRules.blankToNull(Json.text(params, "source_id"));
    Store.ContactInbox ci = null;
    if (sourceId != null) {
      ci = existing(c, inbox, sourceId);
      if (ci == null) {
        requireFreeSourceId(account, inbox, sourceId, c.id);
      }
    }
    if (ci == null) {
      ci = addContactInbox(store, c, inbox, sourceId == null ? store.newUuid() : sourceId);
    }
    return Response.ok(Views.contactInbox(ci, inbox));
  }

  /** {@code {"payload":[{"source_id":...,"inbox":{full inbox}}]}}: API inboxes reuse the latest source id. */
  static Response contactableInboxes(Call call) {
    Store store = call.store();
    Store.Account account = call.account();
    Store.Contact c = store.contact(account, call.pathId("id"));
    ObjectNode body = Json.object();
    ArrayNode payload = body.putArray("payload");
    for (Store.Inbox inbox : account.inboxes.values()) {
      if (!InboxRoutes.canSee(call, inbox) || !inbox.isApi()) {
        continue;
      }
      String sourceId = null;
      for (Store.ContactInbox ci : c.contactInboxes) {
        if (ci.inboxId == inbox.id) {
          sourceId = ci.sourceId;
        }
      }
      ObjectNode entry = payload.addObject();
      entry.set("inbox", Views.inbox(inbox, call.isAdministrator()));
      entry.put("source_id", sourceId != null ? sourceId : store.newUuid());
    }
    return Response.ok(body);
  }

  static Response labels(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    return Response.ok(labelsBody(c));
  }

  /** POST {"labels":[...]} REPLACES the contact's labels; answers the new list. */
  static Response setLabels(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    JsonNode labels = call.request().param("labels");
    Set<String> next = new LinkedHashSet<>();
    if (labels != null && labels.isArray()) {
      labels.forEach(l -> addLabel(next, l.asText()));
    } else if (labels != null && !labels.isNull()) {
      for (String l : labels.asText().split(",")) {
        addLabel(next, l);
      }
    }
    c.labels.clear();
    c.labels.addAll(next);
    return Response.ok(labelsBody(c));
  }

  /**
   * {@code ContactMergeAction#perform} (chatwoot-4.10/app/actions/contact_merge_action.rb): the mergee's
   * conversations, the messages it sent and its contact inboxes move to the base; of identifier, name, email,
   * phone_number, additional_attributes and custom_attributes, the base's non-blank values win and the mergee's
   * fill the blanks (Rails {@code compact_blank} then {@code deep_merge}: nested attributes merge key by key); the
   * mergee is destroyed, with its labels and its blocked flag (nothing else is taken over). Merging a contact into
   * itself answers it unchanged. Answers the base contact ({@code api/v1/models/_contact}).
   */
  static Response merge(Call call) {
    Store store = call.store();
    Store.Account account = call.account();
    ObjectNode params = call.request().body();
    Store.Contact base = store.contact(account, Ids.parse(Json.text(params, "base_contact_id")));
    Store.Contact mergee = store.contact(account, Ids.parse(Json.text(params, "mergee_contact_id")));
    if (base.id == mergee.id) {
      return Response.ok(Views.contact(base, account, false));
    }
    ContactRules.Draft draft = ContactRules.Draft.of(base);
    draft.name = blank(base.name) ? mergee.name : base.name;
    draft.email = blank(base.email) ? mergee.email : base.email;
    draft.phoneNumber = blank(base.phoneNumber) ? mergee.phoneNumber : base.phoneNumber;
    draft.identifier = blank(base.identifier) ? mergee.identifier : base.identifier;
    draft.additionalAttributes = Json.deepMerge(mergee.additionalAttributes, base.additionalAttributes);
    draft.customAttributes = Json.deepMerge(mergee.customAttributes, base.customAttributes);
    ContactRules.normalize(draft);
    // the mergee is destroyed before the base is updated: its email and identifier are free for the base
    ContactRules.validate(draft, account, Set.of(base.id, mergee.id));

    for (Store.Conversation conv : account.conversations.values()) {
      if (conv.contactId == mergee.id) {
        conv.contactId = base.id;
      }
      for (Store.Message m : conv.messages) {
        if ("Contact".equals(m.senderType) && m.senderId != null && m.senderId == mergee.id) {
          m.senderId = base.id;
        }
      }
    }
    for (Store.ContactInbox ci : mergee.contactInboxes) {
      ci.contactId = base.id;
      base.contactInboxes.add(ci);
    }
    account.removeContact(mergee);
    draft.applyTo(base, account);
    return Response.ok(Views.contact(base, account, false));
  }

  /** Ruby's {@code blank?} for a string column: null, empty or whitespace only. */
  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // ---- helpers ----

  private static ObjectNode wrap(ObjectNode contact) {
    ObjectNode body = Json.object();
    body.set("payload", contact);
    return body;
  }

  private static ObjectNode labelsBody(Store.Contact c) {
    ObjectNode body = Json.object();
    ArrayNode payload = body.putArray("payload");
    c.labels.forEach(payload::add);
    return body;
  }

  private static void addLabel(Set<String> labels, String raw) {
    String label = raw == null ? "" : raw.strip();
    if (!label.isEmpty()) {
      labels.add(label);
    }
  }

  private static Store.ContactInbox existing(Store.Contact c, Store.Inbox inbox, String sourceId) {
    for (Store.ContactInbox ci : c.contactInboxes) {
      if (ci.inboxId == inbox.id && ci.sourceId.equals(sourceId)) {
        return ci;
      }
    }
    return null;
  }

  /** ContactInbox validates source_id unique per inbox. */
  private static void requireFreeSourceId(Store.Account account, Store.Inbox inbox, String sourceId, long exceptContact) {
    for (Store.Contact other : account.contacts.values()) {
      if (other.id == exceptContact) {
        continue;
      }
      for (Store.ContactInbox ci : other.contactInboxes) {
        if (ci.inboxId == inbox.id && ci.sourceId.equals(sourceId)) {
          throw ApiError.invalid(List.of("Source has already been taken"), List.of("source_id"));
        }
      }
    }
  }

  static Store.ContactInbox addContactInbox(Store store, Store.Contact c, Store.Inbox inbox, String sourceId) {
    Store.ContactInbox ci =
        new Store.ContactInbox(store.nextId("contact_inboxes"), c.id, inbox.id, sourceId, store.newToken(), Store.now());
    c.contactInboxes.add(ci);
    return ci;
  }
}
