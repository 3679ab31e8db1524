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
        collection("conversations", "conversation", "Search conversations by id or their contact's name, "
            + "e-mail, phone number or identifier", "hopper", "id", "contact.name", "inbox.name", "agent.name",
            "created_at"),
        collection("contacts", "contact", "Search contacts by name, e-mail, phone number or identifier, recently "
            + "active first", "grace", "id", "name", "email", "phone_number", "identifier", "last_activity_at"),
        collection("messages", "message", "Search the last three months of messages by content, newest first",
            "question", "id", "conversation_id", "created_at", "sender.name", "content"),
        collection("articles", "article", "Search help-center articles by title and content", "invite", "id",
            "title", "portal_slug", "category_name", "status"));
  }

  /** {@code GET search/TYPE}: 15 a page under {@code payload.TYPE}. */
  private static Operation.Builder collection(String type, String noun, String summary, String word,
      String... columns) {
    return op("search " + type, "GET", BASE + "/" + type)
        .id("search" + Character.toUpperCase(type.charAt(0)) + type.substring(1))
        .summary(summary)
        .params(query())
        .list("payload." + type).paged().columns(columns).noun(noun)
        .example("inquirly search " + type + " " + word);
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
