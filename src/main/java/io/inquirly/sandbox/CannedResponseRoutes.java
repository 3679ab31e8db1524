package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** {@code canned_responses} (bare arrays): every member may manage them; short codes are unique. */
final class CannedResponseRoutes {
  private static final String BASE = Admin.A + "/canned_responses";

  private CannedResponseRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, CannedResponseRoutes::list);
    r.app("POST", BASE, CannedResponseRoutes::create);
    r.app("PATCH", BASE + "/{id}", CannedResponseRoutes::update);
    r.app("PUT", BASE + "/{id}", CannedResponseRoutes::update);
    r.app("DELETE", BASE + "/{id}", CannedResponseRoutes::delete);
  }

  static ObjectNode add(Store store, Store.Account account, String shortCode, String content) {
    ObjectNode c = Json.object();
    long id = store.nextId("canned_responses");
    c.put("id", id);
    c.put("account_id", account.id);
    c.put("short_code", shortCode);
    c.put("content", content);
    c.put("created_at", Views.iso(Store.now()));
    c.put("updated_at", Views.iso(Store.now()));
    account.admin.cannedResponses.put(id, c);
    return c;
  }

  /** {@code search} matches short code and content, case-insensitively. */
  static Response list(Call call) {
    String search = call.request().query("search");
    String q = search == null ? null : search.toLowerCase(Locale.ROOT);
    ArrayNode a = Json.array();
    for (ObjectNode c : call.account().admin.cannedResponses.values()) {
      if (q == null || c.get("short_code").asText().toLowerCase(Locale.ROOT).contains(q)
          || c.get("content").asText().toLowerCase(Locale.ROOT).contains(q)) {
        a.add(Admin.view(c));
      }
    }
    return Response.ok(a);
  }

  static Response create(Call call) {
    ObjectNode p = Admin.params(call, "canned_response");
    String code = shortCode(call, p, null);
    String content = Json.text(p, "content");
    if (Admin.blank(content)) {
      throw ApiError.invalid(List.of("Content can't be blank"), List.of("content"));
    }
    ObjectNode c = add(call.store(), call.account(), code, content);
    return Response.ok(Admin.view(c));
  }

  static Response update(Call call) {
    ObjectNode c = Admin.find(call.account().admin.cannedResponses, call.path("id"));
    ObjectNode p = Admin.params(call, "canned_response");
    if (p.has("short_code")) {
      c.put("short_code", shortCode(call, p, c));
    }
    if (p.has("content")) {
      if (Admin.blank(Json.text(p, "content"))) {
        throw ApiError.invalid(List.of("Content can't be blank"), List.of("content"));
      }
      c.put("content", Json.text(p, "content"));
    }
    c.put("updated_at", Views.iso(Store.now()));
    return Response.ok(Admin.view(c));
  }

  static Response delete(Call call) {
    ObjectNode c = Admin.find(call.account().admin.cannedResponses, call.path("id"));
    call.account().admin.cannedResponses.remove(c.get("id").asLong());
    return Response.empty(200);
  }

  private static String shortCode(Call call, ObjectNode p, ObjectNode self) {
    String code = Json.text(p, "short_code");
    if (Admin.blank(code)) {
      throw ApiError.invalid(List.of("Short code can't be blank"), List.of("short_code"));
    }
    for (ObjectNode other : call.account().admin.cannedResponses.values()) {
      if (other != self && other.get("short_code").asText().equals(code)) {
        throw ApiError.invalid(List.of("Short code has already been taken"), List.of("short_code"));
      }
    }
    return code;
  }
}
