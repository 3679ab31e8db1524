package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET search} and its four collections (chatwoot-4.10 {@code search_controller.rb},
 * {@code app/services/search_service.rb}, {@code app/views/api/v1/accounts/search/}): 15 a page each,
 * {@code {"payload":{"contacts":[...], ...}}}. Conversations and messages only from inboxes the caller can see.
 */
final class SearchRoutes {
  private static final String BASE = Admin.A + "/search";
  static final int PER_PAGE = 15;
  /** Messages older than this are not searched (SearchService#message_base_query: 3.months.ago). */
  private static final long MESSAGE_WINDOW = 90L * 24 * 3600;

  private SearchRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, call -> answer(call, true, true, true, true));
    r.app("GET", BASE + "/conversations", call -> answer(call, true, false, false, false));
    r.app("GET", BASE + "/contacts", call -> answer(call, false, true, false, false));
    r.app("GET", BASE + "/messages", call -> answer(call, false, false, true, false));
    r.app("GET", BASE + "/articles", call -> answer(call, false, false, false, true));
  }

  static Response answer(Call call, boolean conversations, boolean contacts, boolean messages, boolean articles) {
    String q = call.request().query("q");
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    int page = Ids.page(call.request().query("page"));
    ObjectNode body = Json.object();
    ObjectNode payload = body.putObject("payload");
    if (conversations) {
      payload.set("conversations", conversations(call, needle, page));
    }
    if (contacts) {
      payload.set("contacts", contacts(call, needle, page));
    }
    if (messages) {
      payload.set("messages", messages(call, needle, page));
    }
    if (articles) {
      payload.set("articles", articles(call, needle, page));
    }
    return Response.ok(body);
  }

  private static boolean has(String value, String needle) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static <T> List<T> slice(List<T> all, int page) {
    int from = (page - 1) * PER_PAGE;
    return from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + PER_PAGE));
  }

  private static boolean contactMatches(Store.Contact c, String needle) {
    return has(c.name, needle) || has(c.email, needle) || has(c.phoneNumber, needle) || has(c.identifier, needle);
  }

  /** {@code search/_contact}. */
  private static ObjectNode contact(Store.Contact c) {
    ObjectNode o = Json.object();
    o.put("email", c.email);
    o.put("id", c.id);
    o.put("name", c.name);
    o.put("phone_number", c.phoneNumber);
    o.put("identifier", c.identifier);
    o.set("additional_attributes", c.additionalAttributes.deepCopy());
    if (c.lastActivityAt == null) {
      o.putNull("last_activity_at");
    } else {
      o.put("last_activity_at", c.lastActivityAt);
    }
    return o;
  }

  /** Resolved contacts by name, e-mail, phone number or identifier, most recently active first. */
  private static ArrayNode contacts(Call call, String needle, int page) {
    List<Store.Contact> found = new ArrayList<>();
    for (Store.Contact c : call.account().contacts.values()) {
      if (c.isResolved() && contactMatches(c, needle)) {
        found.add(c);
      }
    }
    found.sort(Comparator.comparing((Store.Contact c) -> c.lastActivityAt,
        Comparator.nullsLast(Comparator.reverseOrder())));
    ArrayNode a = Json.array();
    slice(found, page).forEach(c -> a.add(contact(c)));
    return a;
  }

  /** By display id or the contact's name, e-mail, phone number or identifier; newest first. */
  private static ArrayNode conversations(Call call, String needle, int page) {
    Store.Account account = call.account();
    List<Store.Conversation> found = new ArrayList<>();
    for (Store.Conversation c : account.conversations.values()) {
      Store.Contact contact = account.contacts.get(c.contactId);
      if (ConversationRoutes.visible(call, c) && (has(String.valueOf(c.displayId), needle)
          || contact != null && contactMatches(contact, needle))) {
        found.add(c);
      }
    }
    found.sort(Comparator.comparingLong((Store.Conversation c) -> c.createdAt).thenComparingLong(c -> c.id)
        .reversed());
    ArrayNode a = Json.array();
    for (Store.Conversation c : slice(found, page)) {
      ObjectNode o = a.addObject();
      o.put("id", c.displayId);
      o.put("account_id", c.accountId);
      o.put("created_at", c.createdAt);
      o.set("message", c.messages.isEmpty() ? Json.object()
          : ConversationViews.message(call.store(), account, c.messages.get(0)));
      Store.Contact contact = account.contacts.get(c.contactId);
      o.set("contact", contact == null ? Json.object() : contact(contact));
      ObjectNode inbox = o.putObject("inbox");
      Store.Inbox i = account.inboxes.get(c.inboxId);
      if (i != null) {
        inbox.put("id", i.id);
        inbox.put("channel_id", i.channelId);
        inbox.put("name", i.name);
        inbox.put("channel_type", i.channelType);
      }
      ObjectNode agent = o.putObject("agent");
      Store.User u = c.assigneeId == null ? null : call.store().users.get(c.assigneeId);
      if (u != null) {
        agent.put("id", u.id);
        agent.put("available_name", u.displayName != null ? u.displayName : u.name);
        agent.put("email", u.email);
        agent.put("name", u.name);
        Store.AccountUser au = account.members.get(u.id);
        agent.put("role", au == null ? "agent" : au.role.json());
      }
      o.set("additional_attributes", c.additionalAttributes.deepCopy());
    }
    return a;
  }

  /** Message content, the last three months, newest first. */
  private static ArrayNode messages(Call call, String needle, int page) {
    long since = Store.now() - MESSAGE_WINDOW;
    List<Store.Message> found = new ArrayList<>();
    for (Store.Conversation c : call.account().conversations.values()) {
      if (!ConversationRoutes.visible(call, c)) {
        continue;
      }
      for (Store.Message m : c.messages) {
        if (m.createdAt >= since && has(m.content, needle)) {
          found.add(m);
        }
      }
    }
    found.sort(Comparator.comparingLong((Store.Message m) -> m.createdAt).thenComparingLong(m -> m.id).reversed());
    ArrayNode a = Json.array();
    slice(found, page).forEach(m -> a.add(ConversationViews.message(call.store(), call.account(), m)));
    return a;
  }

  /** Articles by title or content ({@code Article.text_search}). */
  private static ArrayNode articles(Call call, String needle, int page) {
    AdminTables t = call.account().admin;
    List<ObjectNode> found = new ArrayList<>();
    for (ObjectNode art : t.articles.values()) {
      if (has(art.path("title").asText(null), needle) || has(art.path("content").asText(null), needle)) {
        found.add(art);
      }
    }
    ArrayNode a = Json.array();
    for (ObjectNode art : slice(found, page)) {
      ObjectNode o = a.addObject();
      o.set("id", art.get("id"));
      o.set("title", art.get("title"));
      o.set("locale", art.get("locale"));
      o.set("content", art.get("content"));
      o.set("slug", art.get("slug"));
      ObjectNode portal = t.portals.get(art.path("portal_id").asLong());
      o.set("portal_slug", portal == null ? null : portal.get("slug"));
      o.set("account_id", art.get("account_id"));
      ObjectNode category = art.hasNonNull("category_id") ? t.categories.get(art.get("category_id").asLong()) : null;
      o.set("category_name", category == null ? null : category.get("name"));
      o.set("status", art.get("status"));
      o.set("updated_at", art.get("updated_at"));
    }
    return a;
  }
}
