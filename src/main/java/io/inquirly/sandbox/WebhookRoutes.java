package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code webhooks}, administrators only. NOTES §3: list {@code {"payload":{"webhooks":[…]}}}, create/update
 * {@code {"payload":{"webhook":{…}}}}; URLs valid http(s) and unique per account.
 */
final class WebhookRoutes {
  private static final String BASE = Admin.A + "/webhooks";
  static final List<String> EVENTS = List.of("conversation_status_changed", "conversation_updated",
      "conversation_created", "contact_created", "contact_updated", "message_created", "message_updated",
      "webwidget_triggered", "inbox_created", "inbox_updated", "conversation_typing_on",
      "conversation_typing_off"); // Webhook::ALLOWED_WEBHOOK_EVENTS, chatwoot-4.10/app/models/webhook.rb
  private static final List<String> DEFAULT = EVENTS.subList(0, 8);

  private WebhookRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, WebhookRoutes::list);
    r.app("POST", BASE, WebhookRoutes::create);
    r.app("PATCH", BASE + "/{webhook_id}", WebhookRoutes::update);
    r.app("PUT", BASE + "/{webhook_id}", WebhookRoutes::update);
    r.app("DELETE", BASE + "/{webhook_id}", WebhookRoutes::delete);
  }

  static ObjectNode add(Store store, Store.Account account, String url, String name, List<String> events) {
    ObjectNode w = Json.object();
    long id = store.nextId("webhooks");
    w.put("id", id);
    w.put("url", url);
    w.put("name", name);
    w.put("account_id", account.id);
    ArrayNode subs = w.putArray("subscriptions");
    events.forEach(subs::add);
    account.admin.webhooks.put(id, w);
    return w;
  }

  static Response list(Call call) {
    call.requireAdministrator();
    ObjectNode payload = Json.object();
    payload.set("webhooks", Admin.list(call.account().admin.webhooks.values()));
    return Response.ok(Admin.payload(payload));
  }

  private static Response one(ObjectNode w) {
    ObjectNode payload = Json.object();
    payload.set("webhook", Admin.view(w));
    return Response.ok(Admin.payload(payload));
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "webhook");
    String url = url(call, Json.text(p, "url"), null);
    List<String> events = p.has("subscriptions") ? events(p.get("subscriptions")) : DEFAULT;
    ObjectNode w = add(call.store(), call.account(), url, Json.text(p, "name"), events);
    inbox(call, p, w);
    Admin.audit(call, "Webhook", w.get("id").asLong(), "create", p);
    return one(w);
  }

  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode w = Admin.find(call.account().admin.webhooks, call.path("webhook_id"));
    ObjectNode p = Admin.params(call, "webhook");
    if (p.has("url")) {
      w.put("url", url(call, Json.text(p, "url"), w));
    }
    if (p.has("name")) {
      w.put("name", Json.text(p, "name"));
    }
    inbox(call, p, w);
    if (p.has("subscriptions")) {
      ArrayNode subs = Json.array();
      events(p.get("subscriptions")).forEach(subs::add);
      w.set("subscriptions", subs);
    }
    Admin.audit(call, "Webhook", w.get("id").asLong(), "update", p);
    return one(w);
  }

  /**
   * webhook_params permits inbox_id (an inbox webhook); the _webhook view shows it as {@code inbox: {id, name}}
   * (chatwoot-4.10/app/controllers/api/v1/accounts/webhooks_controller.rb, views/api/v1/models/_webhook).
   */
  private static void inbox(Call call, ObjectNode p, ObjectNode w) {
    if (!p.has("inbox_id")) {
      return;
    }
    if (p.get("inbox_id").isNull() || p.get("inbox_id").asText().isBlank()) {
      w.remove("inbox");
      return;
    }
    Store.Inbox inbox = call.account().inboxes.get(Ids.rubyToI(p.get("inbox_id").asText()));
    if (inbox == null) {
      throw ApiError.invalid(List.of("Inbox must exist"), List.of("inbox"));
    }
    w.putObject("inbox").put("id", inbox.id).put("name", inbox.name);
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    ObjectNode w = Admin.find(call.account().admin.webhooks, call.path("webhook_id"));
    call.account().admin.webhooks.remove(w.get("id").asLong());
    Admin.audit(call, "Webhook", w.get("id").asLong(), "destroy", null);
    return Response.empty(200);
  }

  private static String url(Call call, String url, ObjectNode self) {
    if (Admin.blank(url) || !url.matches("https?://[^\\s/]+.*")) {
      throw ApiError.invalid(List.of("Url is invalid"), List.of("url"));
    }
    for (ObjectNode other : call.account().admin.webhooks.values()) {
      if (other != self && other.get("url").asText().equals(url)) {
        throw ApiError.invalid(List.of("Url has already been taken"), List.of("url"));
      }
    }
    return url;
  }

  private static List<String> events(JsonNode given) {
    List<String> out = new java.util.ArrayList<>();
    if (given != null && given.isArray()) {
      given.forEach(e -> out.add(e.asText()));
    }
    if (out.isEmpty() || !EVENTS.containsAll(out)) {
      throw ApiError.invalid(List.of("Subscriptions Invalid events"), List.of("subscriptions"));
    }
    return out;
  }
}
