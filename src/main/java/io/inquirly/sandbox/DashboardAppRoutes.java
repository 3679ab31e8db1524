package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code dashboard_apps} (chatwoot-4.10/app/controllers/api/v1/accounts/dashboard_apps_controller.rb): no policy,
 * every member may manage them; {@code content} must be a non-empty array of {@code {type: frame, url: http(s)}}
 * (DashboardApp#validate_content); delete answers 204.
 */
final class DashboardAppRoutes {
  private static final String BASE = Admin.A + "/dashboard_apps";

  private DashboardAppRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, DashboardAppRoutes::list);
    r.app("POST", BASE, DashboardAppRoutes::create);
    r.app("GET", BASE + "/{id}", DashboardAppRoutes::show);
    r.app("PATCH", BASE + "/{id}", DashboardAppRoutes::update);
    r.app("PUT", BASE + "/{id}", DashboardAppRoutes::update);
    r.app("DELETE", BASE + "/{id}", DashboardAppRoutes::delete);
  }

  static Response list(Call call) {
    ArrayNode a = Json.array();
    call.account().ops.dashboardApps.values().forEach(d -> a.add(render(d)));
    return Response.ok(a);
  }

  static Response show(Call call) {
    return Response.ok(render(Admin.find(call.account().ops.dashboardApps, call.path("id"))));
  }

  static Response create(Call call) {
    ObjectNode p = Admin.params(call, "dashboard_app");
    ObjectNode d = Json.object();
    d.set("title", p.get("title"));
    d.set("content", p.get("content"));
    validate(d);
    long id = call.store().nextId("dashboard_apps");
    d.put("id", id);
    d.put("created_at", Views.iso(Store.now()));
    call.account().ops.dashboardApps.put(id, d);
    return Response.ok(render(d));
  }

  static Response update(Call call) {
    ObjectNode d = Admin.find(call.account().ops.dashboardApps, call.path("id"));
    ObjectNode p = Admin.params(call, "dashboard_app");
    ObjectNode changed = d.deepCopy();
    Admin.copy(p, changed, "title", "content");
    validate(changed);
    d.setAll(changed);
    return Response.ok(render(d));
  }

  static Response delete(Call call) {
    ObjectNode d = Admin.find(call.account().ops.dashboardApps, call.path("id"));
    call.account().ops.dashboardApps.remove(d.get("id").asLong());
    return Response.empty(204);
  }

  private static void validate(ObjectNode d) {
    if (Admin.blank(Json.text(d, "title"))) {
      throw ApiError.invalid(List.of("Title can't be blank"), List.of("title"));
    }
    JsonNode content = d.get("content");
    boolean ok = content != null && content.isArray() && !content.isEmpty();
    if (ok) {
      for (JsonNode item : content) {
        String url = item.path("url").asText("");
        ok &= item.isObject() && "frame".equals(item.path("type").asText())
            && (url.startsWith("http://") || url.startsWith("https://"));
      }
    } else {
      d.putArray("content");
    }
    if (!ok) {
      throw ApiError.invalid(List.of("Content : Invalid data"), List.of("content"));
    }
  }

  /** {@code api/v1/models/_dashboard_app}. */
  private static ObjectNode render(ObjectNode d) {
    ObjectNode o = Json.object();
    o.set("id", d.get("id"));
    o.set("title", d.get("title"));
    o.set("content", d.get("content"));
    o.set("created_at", d.get("created_at"));
    return o;
  }
}
