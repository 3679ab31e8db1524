package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code custom_filters} (bare arrays): each user's own saved filters, by {@code filter_type}. */
final class CustomFilterRoutes {
  private static final String BASE = Admin.A + "/custom_filters";
  static final List<String> TYPES = List.of("conversation", "contact", "report");

  private CustomFilterRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, CustomFilterRoutes::list);
    r.app("POST", BASE, CustomFilterRoutes::create);
    r.app("GET", BASE + "/{custom_filter_id}", CustomFilterRoutes::show);
    r.app("PATCH", BASE + "/{custom_filter_id}", CustomFilterRoutes::update);
    r.app("PUT", BASE + "/{custom_filter_id}", CustomFilterRoutes::update);
    r.app("DELETE", BASE + "/{custom_filter_id}", CustomFilterRoutes::delete);
  }

  static ObjectNode add(Store store, Store.Account account, long userId, String name, String type, JsonNode query) {
    ObjectNode f = Json.object();
    long id = store.nextId("custom_filters");
    f.put("id", id);
    f.put("name", name);
    f.put("filter_type", type);
    f.set("query", query.deepCopy());
    f.put("created_at", Views.iso(Store.now()));
    f.put("updated_at", Views.iso(Store.now()));
    f.put("_user_id", userId);
    account.admin.customFilters.put(id, f);
    return f;
  }

  private static long userId(Call call) {
    return call.principal().user().id;
  }

  /** The caller's filter; other users' filters are not found. */
  private static ObjectNode mine(Call call) {
    ObjectNode f = Admin.find(call.account().admin.customFilters, call.path("custom_filter_id"));
    if (f.get("_user_id").asLong() != userId(call)) {
      throw ApiError.notFound();
    }
    return f;
  }

  /** {@code filter_type} defaults to conversation. */
  static Response list(Call call) {
    String type = call.request().query("filter_type");
    String wanted = type == null || type.isEmpty() ? "conversation" : type(type);
    ArrayNode a = Json.array();
    for (ObjectNode f : call.account().admin.customFilters.values()) {
      if (f.get("_user_id").asLong() == userId(call) && f.get("filter_type").asText().equals(wanted)) {
        a.add(Admin.view(f));
      }
    }
    return Response.ok(a);
  }

  static Response show(Call call) {
    return Response.ok(Admin.view(mine(call)));
  }

  static Response create(Call call) {
    ObjectNode p = Admin.params(call, "custom_filter");
    String name = Json.text(p, "name");
    if (Admin.blank(name)) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    String type = type(Json.text(p, "filter_type") == null ? "conversation" : Json.text(p, "filter_type"));
    JsonNode query = p.get("query");
    if (query == null || !query.isObject() || query.isEmpty()) {
      throw ApiError.invalid(List.of("Query can't be blank"), List.of("query"));
    }
    return Response.ok(Admin.view(add(call.store(), call.account(), userId(call), name, type, query)));
  }

  static Response update(Call call) {
    ObjectNode f = mine(call);
    ObjectNode p = Admin.params(call, "custom_filter");
    if (p.has("name")) {
      if (Admin.blank(Json.text(p, "name"))) {
        throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
      }
      f.put("name", Json.text(p, "name"));
    }
    if (p.has("filter_type")) {
      f.put("filter_type", type(Json.text(p, "filter_type")));
    }
    if (p.get("query") instanceof ObjectNode q) {
      f.set("query", q.deepCopy());
    }
    f.put("updated_at", Views.iso(Store.now()));
    return Response.ok(Admin.view(f));
  }

  static Response delete(Call call) {
    ObjectNode f = mine(call);
    call.account().admin.customFilters.remove(f.get("id").asLong());
    return Response.empty(200);
  }

  private static String type(String given) {
    if (given == null || !TYPES.contains(given)) {
      throw ApiError.unprocessable("'" + given + "' is not a valid filter_type");
    }
    return given;
  }
}
