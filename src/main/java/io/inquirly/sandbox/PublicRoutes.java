package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The public (client) API ({@code public/api/v1/inboxes/*_controller.rb}): no token; the API inbox is found by
 * its identifier, the contact inbox by its source_id (the "contact identifier"), conversations by display id
 * within what that contact inbox may see. Identity validation: when the inbox has {@code hmac_mandatory}, or an
 * {@code identifier_hash} is sent, contact requests must carry identifier_hash = HMAC-SHA256(identifier,
 * inbox.hmac_token) hex; a success marks the contact inbox hmac_verified, which lets it see all the contact's
 * conversations. Chatwoot raises a bare StandardError on a failed check (a 500 without the message); the
 * sandbox answers like the widget API does: 401 {@code {"error":"HMAC failed: Invalid Identifier Hash Provided"}}.
 */
final class PublicRoutes {
  static final String HMAC_FAILED = "HMAC failed: Invalid Identifier Hash Provided";
  private static final String INBOX = "/public/api/v1/inboxes/{inbox_identifier}";
  private static final String CONTACT = INBOX + "/contacts/{contact_identifier}";
  private static final String CONVERSATION = CONTACT + "/conversations/{conversation_id}";
  private static final int MESSAGES_PER_PAGE = 20;

  private PublicRoutes() {}

  static void register(Router r) {
    open(r, "GET", INBOX, PublicRoutes::showInbox);
    open(r, "POST", INBOX + "/contacts", PublicRoutes::createContact);
    open(r, "GET", CONTACT, PublicRoutes::showContact);
    open(r, "PATCH", CONTACT, PublicRoutes::updateContact);
    open(r, "PUT", CONTACT, PublicRoutes::updateContact);
    open(r, "GET", CONTACT + "/conversations", PublicRoutes::listConversations);
    open(r, "POST", CONTACT + "/conversations", PublicRoutes::createConversation);
    open(r, "GET", CONVERSATION, PublicRoutes::showConversation);
    open(r, "POST", CONVERSATION + "/toggle_status", PublicRoutes::resolve);
    open(r, "POST", CONVERSATION + "/toggle_typing", PublicRoutes::typing);
    open(r, "POST", CONVERSATION + "/update_last_seen", PublicRoutes::lastSeen);
    open(r, "GET", CONVERSATION + "/messages", PublicRoutes::listMessages);
    open(r, "POST", CONVERSATION + "/messages", PublicRoutes::createMessage);
    open(r, "PATCH", CONVERSATION + "/messages/{message_id}", PublicRoutes::updateMessage);
    open(r, "PUT", CONVERSATION + "/messages/{message_id}", PublicRoutes::updateMessage);
    open(r, "GET", "/survey/responses/{conversation_uuid}", PublicRoutes::surveyPage);
  }

  private static void open(Router r, String method, String template, Router.Handler handler) {
    r.add(method, template, Router.Guard.PUBLIC, handler);
  }

  /** The API inbox of {inbox_identifier} with its account; 404 when no API channel has it. */
  private record Scope(Store.Account account, Store.Inbox inbox, Store.Contact contact, Store.ContactInbox link) {}

  private static Scope inbox(Call call) {
    String identifier = call.path("inbox_identifier");
    for (Store.Account a : call.store().accounts.values()) {
      for (Store.Inbox i : a.inboxes.values()) {
        if (i.isApi() && identifier.equals(i.identifier)) {
          return new Scope(a, i, null, null);
        }
      }
    }
    throw ApiError.notFound();
  }

  /** The contact inbox whose source_id is {contact_identifier} in this inbox; 404 otherwise. */
  private static Scope contact(Call call) {
    Scope s = inbox(call);
    String sourceId = call.path("contact_identifier");
    for (Store.Contact c : s.account().contacts.values()) {
      for (Store.ContactInbox ci : c.contactInboxes) {
        if (ci.inboxId == s.inbox().id && sourceId.equals(ci.sourceId)) {
          return new Scope(s.account(), s.inbox(), c, ci);
        }
      }
    }
    throw ApiError.notFound();
  }

  /** process_hmac of the contacts controller: checked when a hash is sent or the inbox demands it. */
  private static void processHmac(Call call, Scope s) {
    String hash = call.request().paramText("identifier_hash");
    if ((hash == null || hash.isBlank()) && !s.inbox().hmacMandatory) {
      return;
    }
    String identifier = call.request().paramText("identifier");
    String expected = hmacHex(s.inbox().hmacToken, identifier == null ? "" : identifier);
    if (hash == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        hash.getBytes(StandardCharsets.UTF_8))) {
      throw ApiError.unauthorized(HMAC_FAILED);
    }
    if (s.link() != null) {
      s.link().hmacVerified = true;
    }
  }

  static String hmacHex(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- inbox ----

  /** {@code public/api/v1/inboxes/show}: identifier, identity_validation_enabled and the public inbox fields. */
  static Response showInbox(Call call) {
    Store.Inbox inbox = inbox(call).inbox();
    ObjectNode o = Json.object();
    o.put("identifier", inbox.identifier);
    o.put("identity_validation_enabled", inbox.hmacMandatory);
    o.put("name", inbox.name);
    o.put("timezone", inbox.timezone);
    o.set("working_hours", inbox.workingHours.deepCopy());
    o.put("working_hours_enabled", inbox.workingHoursEnabled);
    o.put("csat_survey_enabled", inbox.csatSurveyEnabled);
    o.put("greeting_enabled", inbox.greetingEnabled);
    return Response.ok(o);
  }

  // ---- contacts ----

  /**
   * ContactBuilder: always a new contact (the identifier is ignored on create) with a new contact inbox whose
   * source_id is params[:source_id] or a uuid. Answers {@code {source_id, pubsub_token, id, name, email,
   * phone_number}}.
   */
  /**
   * ContactInboxWithContactBuilder (chatwoot-4.10/app/builders/contact_inbox_with_contact_builder.rb): a contact
   * inbox of this inbox with the given source_id is returned as it is; otherwise the account's contact with the
   * same identifier, then e-mail (case-insensitive), then phone number gets a new contact inbox, and only when
   * none matches is a contact created (identifier included; no name: a generated one).
   */
  static Response createContact(Call call) {
    Scope s = inbox(call);
    processHmac(call, s);
    Store store = call.store();
    ObjectNode params = call.request().body();
    ObjectNode permitted = Json.object();
    for (String key : new String[] {"name", "email", "phone_number", "identifier", "custom_attributes"}) {
      if (params.has(key)) {
        permitted.set(key, params.get(key));
      }
    }
    String sourceId = ContactRules.blankToNull(Json.text(params, "source_id"));
    if (sourceId == null) {
      sourceId = store.newUuid();
    } else {
      for (Store.Contact other : s.account().contacts.values()) {
        for (Store.ContactInbox ci : other.contactInboxes) {
          if (ci.inboxId == s.inbox().id && sourceId.equals(ci.sourceId)) {
            return Response.ok(contactView(other, ci));
          }
        }
      }
    }
    Store.Contact contact = existing(s.account(), Json.text(permitted, "identifier"), Json.text(permitted, "email"),
        Json.text(permitted, "phone_number"));
    if (contact == null) {
      Store.Contact blank = new Store.Contact(0, s.account().id, Store.now());
      ContactRules.Draft draft = ContactRules.Draft.of(blank);
      ContactRules.assign(draft, permitted);
      if (Admin.blank(draft.name)) {
        draft.name = "visitor-" + store.newToken().substring(0, 6).toLowerCase(java.util.Locale.ROOT);
      }
      ContactRules.normalize(draft);
      ContactRules.validate(draft, s.account(), Set.of());
      contact = new Store.Contact(store.nextId("contacts"), s.account().id, Store.now());
      draft.applyTo(contact, s.account());
      s.account().addContact(contact);
    }
    Store.ContactInbox link = ContactRoutes.addContactInbox(store, contact, s.inbox(), sourceId);
    return Response.ok(contactView(contact, link));
  }

  /** find_contact: by identifier, then e-mail (Contact.from_email, case-insensitive), then phone number. */
  private static Store.Contact existing(Store.Account account, String identifier, String email, String phone) {
    identifier = ContactRules.blankToNull(identifier);
    email = ContactRules.blankToNull(email);
    phone = ContactRules.blankToNull(phone);
    for (String key : new String[] {"identifier", "email", "phone_number"}) {
      for (Store.Contact c : account.contacts.values()) {
        boolean match = switch (key) {
          case "identifier" -> identifier != null && identifier.equals(c.identifier);
          case "email" -> email != null && email.equalsIgnoreCase(c.email);
          default -> phone != null && phone.equals(c.phoneNumber);
        };
        if (match) {
          return c;
        }
      }
    }
    return null;
  }

  static Response showContact(Call call) {
    Scope s = contact(call);
    processHmac(call, s);
    return Response.ok(contactView(s.contact(), s.link()));
  }

  /**
   * inboxes/contacts_controller.rb#update: ContactIdentifyAction with the params <em>except identifier</em> (it
   * is only used for the HMAC check). An e-mail, then a phone number (unless the e-mail given differs from that
   * contact's) that belongs to another contact of the account merges this contact into that one (its contact
   * inboxes and conversations move there); then the non-blank name, e-mail and phone are set and custom attributes
   * merged. Answers the contact record as ActiveRecord renders it (ISO timestamps).
   */
  static Response updateContact(Call call) {
    Scope s = contact(call);
    processHmac(call, s);
    Store.Account account = s.account();
    ObjectNode params = call.request().body();
    Store.Contact contact = s.contact();
    String email = ContactRules.blankToNull(Json.text(params, "email"));
    String phone = ContactRules.blankToNull(Json.text(params, "phone_number"));
    Store.Contact byEmail = email == null ? null : existing(account, null, email, null);
    if (byEmail != null && byEmail.id != contact.id) {
      merge(account, byEmail, contact);
      contact = byEmail;
    }
    Store.Contact byPhone = phone == null ? null : existing(account, null, null, phone);
    boolean phoneMergeable = byPhone != null && (email == null || byPhone.email == null
        || byPhone.email.equalsIgnoreCase(email));
    if (byPhone != null && byPhone.id != contact.id && phoneMergeable) {
      merge(account, byPhone, contact);
      contact = byPhone;
    }
    ObjectNode permitted = Json.object();
    for (String key : new String[] {"name", "email", "phone_number"}) {
      if (ContactRules.blankToNull(Json.text(params, key)) != null && !(key.equals("phone_number") && byPhone != null
          && !phoneMergeable)) {
        permitted.set(key, params.get(key));
      }
    }
    if (params.get("custom_attributes") instanceof ObjectNode custom && !custom.isEmpty()) {
      permitted.set("custom_attributes", custom);
    }
    ContactRules.Draft draft = ContactRules.Draft.of(contact);
    ContactRules.assign(draft, permitted);
    ContactRules.normalize(draft);
    ContactRules.validate(draft, account, Set.of(contact.id));
    draft.applyTo(contact, account);
    return Response.ok(contactRecord(contact));
  }

  private static void merge(Store.Account account, Store.Contact base, Store.Contact mergee) {
    for (Store.Conversation conv : account.conversations.values()) {
      if (conv.contactId == mergee.id) {
        conv.contactId = base.id;
      }
    }
    for (Store.ContactInbox ci : mergee.contactInboxes) {
      ci.contactId = base.id;
      base.contactInboxes.add(ci);
    }
    base.customAttributes = Json.deepMerge(mergee.customAttributes, base.customAttributes);
    account.removeContact(mergee);
  }

  /** {@code inboxes/contacts/show} and {@code create}: source_id, pubsub_token and the contact basics. */
  static ObjectNode contactView(Store.Contact c, Store.ContactInbox link) {
    ObjectNode o = Json.object();
    o.put("source_id", link.sourceId);
    o.put("pubsub_token", link.pubsubToken);
    o.put("id", c.id);
    o.put("name", c.name);
    o.put("email", c.email);
    o.put("phone_number", c.phoneNumber);
    return o;
  }

  /** Contact#as_json: raw columns, ISO timestamps. */
  static ObjectNode contactRecord(Store.Contact c) {
    ObjectNode o = Json.object();
    o.put("id", c.id);
    o.put("name", c.name);
    o.put("email", c.email);
    o.put("phone_number", c.phoneNumber);
    o.put("account_id", c.accountId);
    o.put("created_at", PlatformRoutes.iso(c.createdAt));
    o.put("updated_at", PlatformRoutes.iso(Store.now()));
    o.set("additional_attributes", c.additionalAttributes.deepCopy());
    o.put("identifier", c.identifier);
    o.set("custom_attributes", c.customAttributes.deepCopy());
    if (c.lastActivityAt == null) {
      o.putNull("last_activity_at");
    } else {
      o.put("last_activity_at", PlatformRoutes.iso(c.lastActivityAt));
    }
    o.put("contact_type", c.isResolved() ? "lead" : "visitor");
    o.putNull("middle_name");
    o.putNull("last_name");
    o.putNull("location");
    o.putNull("country_code");
    o.put("blocked", c.blocked);
    ArrayNode labels = o.putArray("label_list");
    c.labels.forEach(labels::add);
    return o;
  }

  /** Contact#push_event_data as the public API shows a message's sender: the same fields but 'blocked'. */
  static ObjectNode contactEvent(Store.Contact c) {
    ObjectNode o = ConversationViews.contactEvent(c);
    o.remove("blocked");
    return o;
  }

  // ---- conversations ----

  /** Visible conversations: the contact inbox's own, or all the contact's once it is hmac_verified. */
  private static List<Store.Conversation> visible(Scope s) {
    List<Store.Conversation> out = new ArrayList<>();
    for (Store.Conversation conv : s.account().conversations.values()) {
      boolean mine = conv.contactId == s.contact().id;
      boolean sameInbox = conv.inboxId == s.inbox().id && s.link().sourceId.equals(conv.contactInboxSourceId);
      if (mine && (s.link().hmacVerified || sameInbox)) {
        out.add(conv);
      }
    }
    return out;
  }

  private static Store.Conversation conversation(Call call, Scope s) {
    long displayId = call.pathId("conversation_id");
    for (Store.Conversation conv : visible(s)) {
      if (conv.displayId == displayId) {
        return conv;
      }
    }
    throw ApiError.notFound();
  }

  static Response listConversations(Call call) {
    Scope s = contact(call);
    ArrayNode list = Json.array();
    visible(s).forEach(conv -> list.add(conversationView(call.store(), s.account(), conv)));
    return Response.ok(list);
  }

  /** ConversationBuilder: an open conversation of this contact inbox with the given custom attributes. */
  static Response createConversation(Call call) {
    Scope s = contact(call);
    Store.Conversation conv = open(call.store(), s.account(), s.inbox(), s.contact(), s.link().sourceId);
    if (call.request().body().get("custom_attributes") instanceof ObjectNode custom) {
      conv.customAttributes = custom.deepCopy();
    }
    return Response.ok(conversationView(call.store(), s.account(), conv));
  }

  /** A new open conversation (display id from the account's sequence). */
  private static Store.Conversation open(Store store, Store.Account account, Store.Inbox inbox,
      Store.Contact contact, String sourceId) {
    Store.Conversation conv = new Store.Conversation(store.nextId("conversations"), account.nextDisplayId(),
        account.id, inbox.id, contact.id, Store.now());
    conv.contactInboxSourceId = sourceId;
    account.conversations.put(conv.displayId, conv);
    return conv;
  }

  static Response showConversation(Call call) {
    Scope s = contact(call);
    return Response.ok(conversationView(call.store(), s.account(), conversation(call, s)));
  }

  /**
   * Only resolves: a resolved conversation stays as it is. Resolving records the conversation_resolved reporting
   * event, as a resolution through the agent API does.
   */
  static Response resolve(Call call) {
    Scope s = contact(call);
    Store.Conversation conv = conversation(call, s);
    if (!"resolved".equals(conv.status)) {
      ConversationRoutes.setStatus(call.store(), s.account(), conv, "resolved", Store.now());
      conv.snoozedUntil = null;
    }
    return Response.ok(conversationView(call.store(), s.account(), conv));
  }

  /** typing_status on/off (other values are ignored); head :ok. */
  static Response typing(Call call) {
    Scope s = contact(call);
    Store.Conversation conv = conversation(call, s);
    String status = call.request().paramText("typing_status");
    if ("on".equals(status) || "off".equals(status)) {
      conv.typing.put(-s.contact().id, status); // contacts keyed negative beside user ids
    }
    return Response.empty(200);
  }

  static Response lastSeen(Call call) {
    Scope s = contact(call);
    conversation(call, s).contactLastSeenAt = Store.now();
    return Response.empty(200);
  }

  /** {@code public/api/v1/models/_conversation}: display id, epoch-second last-seen times, chat messages. */
  static ObjectNode conversationView(Store store, Store.Account account, Store.Conversation conv) {
    ObjectNode o = Json.object();
    o.put("id", conv.displayId);
    o.put("uuid", conv.uuid);
    o.put("inbox_id", conv.inboxId);
    o.put("contact_last_seen_at", conv.contactLastSeenAt);
    o.put("status", conv.status);
    o.put("agent_last_seen_at", conv.agentLastSeenAt);
    ArrayNode messages = o.putArray("messages");
    for (Store.Message m : conv.messages) {
      if (!m.isPrivate && m.type != Store.MessageType.ACTIVITY) {
        messages.add(messageView(store, account, conv, m));
      }
    }
    Store.Contact contact = account.contacts.get(conv.contactId);
    if (contact == null) {
      o.putNull("contact");
    } else {
      o.set("contact", contactRecord(contact));
    }
    return o;
  }

  // ---- messages ----

  /**
   * MessageFinder with filter_internal_messages (no private notes, no activity messages) and only {@code before}
   * (public/api/v1/inboxes/messages_controller.rb#message_finder_params): the latest 20, oldest first.
   */
  static Response listMessages(Call call) {
    Scope s = contact(call);
    Store.Conversation conv = conversation(call, s);
    String before = call.request().query("before");
    long beforeId = before == null ? Long.MAX_VALUE : Ids.rubyToI(before);
    List<Store.Message> shown = new ArrayList<>();
    for (Store.Message m : conv.messages) {
      if (!m.isPrivate && m.type != Store.MessageType.ACTIVITY && m.id < beforeId) {
        shown.add(m);
      }
    }
    if (shown.size() > MESSAGES_PER_PAGE) {
      shown = shown.subList(shown.size() - MESSAGES_PER_PAGE, shown.size());
    }
    ArrayNode list = Json.array();
    shown.forEach(m -> list.add(messageView(call.store(), s.account(), conv, m)));
    return Response.ok(list);
  }

  /**
   * An incoming text message from the contact, with the bookkeeping of any new message: it reopens a resolved
   * or snoozed conversation and starts the waiting time (the next agent reply records reply_time).
   */
  static Response createMessage(Call call) {
    Scope s = contact(call);
    Store.Conversation conv = conversation(call, s);
    ObjectNode params = call.request().body();
    Store.Message m = addMessage(call.store(), conv, Json.text(params, "content"), Store.MessageType.INCOMING,
        "Contact", s.contact().id);
    m.echoId = Json.text(params, "echo_id");
    MessageRoutes.afterCreate(call.store(), s.account(), conv, m);
    s.contact().lastActivityAt = m.createdAt;
    return Response.ok(messageView(call.store(), s.account(), conv, m));
  }

  private static Store.Message addMessage(Store store, Store.Conversation conv, String content,
      Store.MessageType type, String senderType, Long senderId) {
    Store.Message m = new Store.Message(store.nextId("messages"), conv, content, type, false, senderType, senderId,
        Store.now());
    conv.messages.add(m);
    return m;
  }

  /** submitted_values (option replies, form answers, csat_survey_response) go into content_attributes. */
  static Response updateMessage(Call call) {
    Scope s = contact(call);
    Store.Conversation conv = conversation(call, s);
    long id = call.pathId("message_id");
    Store.Message message = null;
    for (Store.Message m : conv.messages) {
      if (m.id == id) {
        message = m;
      }
    }
    if (message == null) {
      throw ApiError.notFound();
    }
    JsonNode submitted = call.request().body().get("submitted_values");
    if (submitted != null && !submitted.isNull()) {
      message.contentAttributes.set("submitted_values", submitted.deepCopy());
    }
    return Response.ok(messageView(call.store(), s.account(), conv, message));
  }

  /** {@code public/api/v1/models/_message}: message_type as an integer, created_at in epoch seconds. */
  static ObjectNode messageView(Store store, Store.Account account, Store.Conversation conv, Store.Message m) {
    ObjectNode o = Json.object();
    o.put("id", m.id);
    o.put("content", m.content);
    o.put("message_type", m.type.ordinal());
    o.put("content_type", m.contentType);
    o.set("content_attributes", m.contentAttributes.deepCopy());
    o.put("created_at", m.createdAt);
    o.put("conversation_id", conv.displayId);
    if ("Contact".equals(m.senderType)) {
      Store.Contact c = account.contacts.get(m.senderId);
      if (c != null) {
        o.set("sender", contactEvent(c));
      }
    } else if ("User".equals(m.senderType)) {
      ObjectNode sender = Json.object();
      Store.User user = store.users.get(m.senderId);
      sender.put("id", m.senderId);
      sender.put("name", user == null ? null : user.name);
      sender.put("available_name", user == null ? null
          : user.displayName != null ? user.displayName : user.name);
      sender.put("avatar_url", "");
      sender.put("thumbnail", "");
      Store.AccountUser au = account.members.get(m.senderId);
      sender.put("availability_status", au == null ? "offline" : au.availability);
      sender.put("type", "user");
      o.set("sender", sender);
    }
    return o;
  }

  // ---- CSAT survey page ----

  /** An HTML page route (absent on API-only servers); the page itself loads the survey by uuid. */
  static Response surveyPage(Call call) {
    String uuid = call.path("conversation_uuid");
    String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Rate your conversation</title>\n</head>\n<body>\n<div id=\"app\" data-conversation-uuid=\""
        + uuid.replaceAll("[^0-9A-Za-z-]", "") + "\"></div>\n</body>\n</html>\n";
    return Response.text(200, "text/html; charset=utf-8", html);
  }
}
