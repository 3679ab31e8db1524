package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code integrations/apps} (a fixed catalogue) and {@code integrations/hooks} (administrators). */
final class IntegrationRoutes {
  private static final String BASE = Admin.A + "/integrations";
  /** id, name, hook_type (account|inbox), allow_multiple_hooks. */
  private static final String[][] APPS = {
    {"webhook", "Webhooks", "account", "true"},
    {"dialogflow", "Dialogflow", "inbox", "true"},
    {"slack", "Slack", "account", "false"},
    {"openai", "OpenAI", "account", "false"},
    {"linear", "Linear", "account", "false"},
    {"google_translate", "Google Translate", "account", "false"},
  };

  private IntegrationRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE + "/apps", IntegrationRoutes::apps);
    r.app("GET", BASE + "/apps/{id}", IntegrationRoutes::showApp);
    r.app("POST", BASE + "/hooks", IntegrationRoutes::create);
    r.app("PATCH", BASE + "/hooks/{hook_id}", IntegrationRoutes::update);
    r.app("PUT", BASE + "/hooks/{hook_id}", IntegrationRoutes::update);
    r.app("DELETE", BASE + "/hooks/{hook_id}", IntegrationRoutes::delete);
  }

  private static String[] app(String id) {
    for (String[] a : APPS) {
      if (a[0].equals(id)) {
        return a;
      }
    }
    return null;
  }

  static Response apps(Call call) {
    ArrayNode list = Json.array();
    for (String[] a : APPS) {
      list.add(appView(call, a));
    }
    return Response.ok(Admin.payload(list));
  }

  /**
   * apps_controller.rb#show: {@code Integrations::App.find} gives nil for an unknown id and the view fails on it
   * (NoMethodError, 500); a known app is its bare view (api/v1/models/_app.json.jbuilder).
   */
  static Response showApp(Call call) {
    String[] a = app(call.path("id"));
    if (a == null) {
      throw ApiError.error(500, "undefined method `id' for nil:NilClass");
    }
    return Response.ok(appView(call, a));
  }

  private static ObjectNode appView(Call call, String[] a) {
    ObjectNode o = Json.object();
    o.put("id", a[0]);
    o.put("name", a[1]);
    o.put("description", a[1] + " integration");
    o.put("hook_type", a[2]);
    ArrayNode hooks = Json.array();
    for (ObjectNode h : call.account().admin.hooks.values()) {
      if (h.get("app_id").asText().equals(a[0])) {
        hooks.add(Admin.view(h));
      }
    }
    o.put("enabled", a[0].equals("webhook") ? !call.account().admin.webhooks.isEmpty() : !hooks.isEmpty());
    o.put("allow_multiple_hooks", Boolean.parseBoolean(a[3]));
    o.set("hooks", hooks);
    return o;
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "hook");
    String appId = Json.text(p, "app_id");
    String[] app = appId == null ? null : app(appId);
    if (app == null || app[0].equals("webhook")) {
      throw ApiError.invalid(List.of("App is not included in the list"), List.of("app_id"));
    }
    Long inboxId = null;
    if (p.hasNonNull("inbox_id")) {
      inboxId = call.store().inbox(call.account(), Ids.parse(p.get("inbox_id").asText())).id;
    } else if (app[2].equals("inbox")) {
      throw ApiError.invalid(List.of("Inbox can't be blank"), List.of("inbox_id"));
    }
    if (!Boolean.parseBoolean(app[3])) {
      for (ObjectNode h : call.account().admin.hooks.values()) {
        if (h.get("app_id").asText().equals(appId)) {
          throw ApiError.invalid(List.of("App has already been taken"), List.of("app_id"));
        }
      }
    }
    ObjectNode h = Json.object();
    long id = call.store().nextId("integrations_hooks");
    h.put("id", id);
    h.put("app_id", appId);
    if (inboxId == null) {
      h.putNull("inbox_id");
    } else {
      h.put("inbox_id", inboxId);
    }
    h.put("account_id", call.account().id);
    h.put("status", status(p.get("status"), true));
    h.put("hook_type", app[2]);
    h.set("settings", p.get("settings") instanceof ObjectNode s ? s.deepCopy() : Json.object());
    call.account().admin.hooks.put(id, h);
    Admin.audit(call, "Integrations::Hook", id, "create", p);
    return Response.ok(Admin.view(h));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode h = Admin.find(call.account().admin.hooks, call.path("hook_id"));
    ObjectNode p = Admin.params(call, "hook");
    if (p.has("status")) {
      h.put("status", status(p.get("status"), h.get("status").asBoolean()));
    }
    if (p.get("settings") instanceof ObjectNode s) {
      h.set("settings", s.deepCopy());
    }
    Admin.audit(call, "Integrations::Hook", h.get("id").asLong(), "update", p);
    return Response.ok(Admin.view(h));
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    ObjectNode h = Admin.find(call.account().admin.hooks, call.path("hook_id"));
    call.account().admin.hooks.remove(h.get("id").asLong());
    Admin.audit(call, "Integrations::Hook", h.get("id").asLong(), "destroy", null);
    return Response.empty(200);
  }

  /** Hook status enum disabled(0)/enabled(1), rendered as enabled? (boolean). */
  private static boolean status(JsonNode given, boolean fallback) {
    if (given == null || given.isNull()) {
      return fallback;
    }
    String s = given.asText();
    return switch (s) {
      case "1", "enabled", "true" -> true;
      case "0", "disabled", "false" -> false;
      default -> throw ApiError.unprocessable("'" + s + "' is not a valid status");
    };
  }
}
