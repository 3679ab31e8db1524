package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared bits of the administration routes: parameters, lookups, audit entries, member views. */
final class Admin {
  private Admin() {}

  static final String A = "/api/v1/accounts/{account_id}";

  /** Rails param wrapping: fields under {@code wrapper} win over the flat ones. */
  static ObjectNode params(Call call, String wrapper) {
    ObjectNode body = call.request().body();
    return body.get(wrapper) instanceof ObjectNode wrapped ? Json.deepMerge(body, wrapped) : body;
  }

  static ObjectNode find(Map<Long, ObjectNode> table, String rawId) {
    ObjectNode o = table.get(Ids.parse(rawId));
    if (o == null) {
      throw ApiError.notFound();
    }
    return o;
  }

  /** The record without private fields ({@code _...}). */
  static ObjectNode view(ObjectNode stored) {
    ObjectNode o = stored.deepCopy();
    List<String> hidden = new ArrayList<>();
    o.fieldNames().forEachRemaining(n -> {
      if (n.startsWith("_")) {
        hidden.add(n);
      }
    });
    o.remove(hidden);
    return o;
  }

  static ArrayNode list(Iterable<ObjectNode> records) {
    ArrayNode a = Json.array();
    records.forEach(r -> a.add(view(r)));
    return a;
  }

  static ObjectNode payload(JsonNode node) {
    ObjectNode o = Json.object();
    o.set("payload", node);
    return o;
  }

  /** Copies the given fields when present in params (null included). */
  static void copy(ObjectNode params, ObjectNode target, String... fields) {
    for (String f : fields) {
      if (params.has(f)) {
        target.set(f, params.get(f).deepCopy());
      }
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** {@code user_ids} of a members request; every id must be a member of the account. */
  static List<Long> userIds(Call call, JsonNode params) {
    JsonNode ids = params.get("user_ids");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      throw ApiError.unprocessable("param is missing or the value is empty: user_ids");
    }
    List<Long> out = new ArrayList<>();
    for (JsonNode n : ids) {
      long id = n.isNumber() ? n.asLong() : Ids.rubyToI(n.asText());
      if (!call.account().members.containsKey(id)) {
        throw ApiError.unprocessable("Invalid User IDs");
      }
      out.add(id);
    }
    return out;
  }

  /** {@code api/v1/models/_agent}: a user as a member of the account. */
  static ObjectNode agent(Store store, Store.Account account, long userId) {
    Store.User u = store.users.get(userId);
    Store.AccountUser au = account.members.get(userId);
    ObjectNode o = Json.object();
    o.put("id", u.id);
    o.put("account_id", account.id);
    o.put("availability_status", au == null ? "offline" : au.availability);
    o.put("auto_offline", au == null || au.autoOffline);
    o.put("confirmed", true);
    o.put("email", u.email);
    o.put("available_name", u.displayName != null ? u.displayName : u.name);
    o.put("name", u.name);
    o.put("role", au == null ? "agent" : au.role.json());
    o.put("thumbnail", "");
    o.putNull("custom_role_id");
    return o;
  }

  static ArrayNode agents(Store store, Store.Account account, Set<Long> userIds) {
    ArrayNode a = Json.array();
    for (long id : userIds) {
      if (store.users.containsKey(id)) {
        a.add(agent(store, account, id));
      }
    }
    return a;
  }

  /** An Enterprise audit entry (Audited gem): who did what to which record. */
  static void audit(Call call, String type, long id, String action, JsonNode changes) {
    Store.Account account = call.account();
    ObjectNode e = Json.object();
    e.put("id", call.store().nextId("audit_logs"));
    e.put("auditable_id", id);
    e.put("auditable_type", type);
    e.putNull("associated_id");
    e.put("associated_type", "Account");
    Store.User user = call.principal() == null ? null : call.principal().user();
    if (user == null) {
      e.putNull("user_id");
      e.putNull("username");
    } else {
      e.put("user_id", user.id);
      e.put("username", user.email);
    }
    e.put("user_type", "User");
    e.put("action", action);
    e.set("audited_changes", changes == null ? Json.object() : changes.deepCopy());
    e.put("version", 1);
    e.putNull("comment");
    e.putNull("request_uuid");
    e.put("created_at", Store.now());
    e.putNull("remote_address");
    account.admin.auditLogs.add(e);
  }
}
