package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.Json;

/**
 * The account-wide search (chatwoot-4.10 {@code search_controller.rb}, {@code app/services/search_service.rb}):
 * conversations, contacts, messages and help-center articles at once, or one of them a page (15) at a time.
 */
public final class SearchApi {
  private SearchApi() {}

  static final String BASE = "/api/v1/accounts/{account_id}/search";
  private static final String[] TYPES = {"conversations", "contacts", "messages", "articles"};

  static Param query() {
    return Param.query("q", null, "the text to look for").mandatory().labelled("QUERY");
  }

  public static Group group() {
    return Group.named("search")
        .source("config/routes.rb", "app/controllers/api/v1/accounts/search_controller.rb",
            "app/services/search_service.rb", "app/views/api/v1/accounts/search/")
        .of(
        op("search all", "GET", BASE)
            .id("searchAll")
            .summary("Search conversations, contacts, messages and articles at once (the first 15 of each)")
            .description("One list, each result with its type (conversation, contact, message, article) and a "
                + "one-line summary; -o json keeps every field the server sent. Conversations match by id or by "
                + "their contact's name, e-mail, phone number or identifier; contacts by those fields; messages "
                + "(the last three months) by content; articles by title and content.")
            .params(query())
            .handler(SearchApi::flatten)
            .list("payload").columns("type", "id", "summary").noun("result")
            .example("inquirly search all grace"),
        op("search conversations", "GET", BASE + "/conversations")
            .id("searchConversations")
            .summary("Search conversations by id or their contact's name, e-mail, phone number or identifier")
            .params(query())
            .list("payload.conversations").paged()
            .columns("id", "contact.name", "inbox.name", "agent.name", "created_at").noun("conversation")
            .example("inquirly search conversations hopper"),
        op("search contacts", "GET", BASE + "/contacts")
            .id("searchContacts")
            .summary("Search contacts by name, e-mail, phone number or identifier, recently active first")
            .params(query())
            .list("payload.contacts").paged()
            .columns("id", "name", "email", "phone_number", "identifier", "last_activity_at").noun("contact")
            .example("inquirly search contacts grace"),
        op("search messages", "GET", BASE + "/messages")
            .id("searchMessages")
            .summary("Search the last three months of messages by content, newest first")
            .params(query())
            .list("payload.messages").paged()
            .columns("id", "conversation_id", "created_at", "sender.name", "content").noun("message")
            .example("inquirly search messages question"),
        op("search articles", "GET", BASE + "/articles")
            .id("searchArticles")
            .summary("Search help-center articles by title and content")
            .params(query())
            .list("payload.articles").paged()
            .columns("id", "title", "portal_slug", "category_name", "status").noun("article")
            .example("inquirly search articles invite"));
  }

  /** {@code {"payload":{"contacts":[...],...}}} → one list of results, each with its type and a summary. */
  static JsonNode flatten(Call call) {
    JsonNode body = call.send();
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("payload");
    for (String type : TYPES) {
      for (JsonNode r : body.path("payload").path(type)) {
        ObjectNode o = list.addObject();
        String singular = type.substring(0, type.length() - 1);
        o.put("type", singular);
        o.set("id", r.path("id"));
        o.put("summary", summary(singular, r));
        r.fields().forEachRemaining(e -> {
          if (!o.has(e.getKey())) {
            o.set(e.getKey(), e.getValue());
          }
        });
      }
    }
    return out;
  }

  private static String summary(String type, JsonNode r) {
    return switch (type) {
      case "conversation" -> (r.path("contact").path("name").asText("") + " in "
          + r.path("inbox").path("name").asText("?")).strip();
      case "contact" -> r.path("name").asText("") + (r.hasNonNull("email") ? " <" + r.get("email").asText() + ">"
          : "");
      case "message" -> r.path("content").asText("");
      default -> r.path("title").asText("");
    };
  }
}
