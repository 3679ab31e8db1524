package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Assignment V2 (chatwoot-4.10/app/controllers/api/v1/accounts/assignment_policies_controller.rb,
 * assignment_policies/inboxes_controller.rb, inboxes/assignment_policies_controller.rb): administrators only.
 * An inbox has at most one policy; attaching another replaces it. The routes nested under a policy declare
 * create and destroy for inboxes, but the controller has only {@code index}: those answer 404 (no action).
 * This is a Community server: {@code assignment_order} is {@code round_robin} only ({@code balanced} needs the
 * Enterprise edition).
 */
final class AssignmentPolicyRoutes {
  private static final String BASE = Admin.A + "/assignment_policies";
  private static final String INBOX = Admin.A + "/inboxes/{inbox_id}/assignment_policy";
  private static final List<String> ORDERS = List.of("round_robin");
  private static final List<String> PRIORITIES = List.of("earliest_created", "longest_waiting");

  private AssignmentPolicyRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, AssignmentPolicyRoutes::list);
    r.app("POST", BASE, AssignmentPolicyRoutes::create);
    r.app("GET", BASE + "/{id}", AssignmentPolicyRoutes::show);
    r.app("PATCH", BASE + "/{id}", AssignmentPolicyRoutes::update);
    r.app("PUT", BASE + "/{id}", AssignmentPolicyRoutes::update);
    r.app("DELETE", BASE + "/{id}", AssignmentPolicyRoutes::delete);
    r.app("GET", BASE + "/{id}/inboxes", AssignmentPolicyRoutes::inboxes);
    r.app("GET", INBOX, AssignmentPolicyRoutes::ofInbox);
    r.app("POST", INBOX, AssignmentPolicyRoutes::attach);
    r.app("DELETE", INBOX, AssignmentPolicyRoutes::detach);
  }

  private static Map<Long, ObjectNode> table(Call call) {
    return call.account().ops.assignmentPolicies;
  }

  static Response list(Call call) {
    call.requireAdministrator();
    ArrayNode a = Json.array();
    table(call).values().forEach(p -> a.add(render(call, p)));
    return Response.ok(a);
  }

  static Response show(Call call) {
    call.requireAdministrator();
    return Response.ok(render(call, Admin.find(table(call), call.path("id"))));
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode given = wrapped(call);
    ObjectNode p = Json.object();
    p.putNull("description");
    p.put("assignment_order", "round_robin");
    p.put("conversation_priority", "earliest_created");
    p.put("fair_distribution_limit", 100);
    p.put("fair_distribution_window", 3600);
    p.put("enabled", true);
    p.putNull("name");
    apply(call, p, given, null);
    long id = call.store().nextId("assignment_policies");
    p.put("id", id);
    p.put("created_at", Store.now());
    p.put("updated_at", Store.now());
    table(call).put(id, p);
    return Response.ok(render(call, p));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.find(table(call), call.path("id"));
    ObjectNode changed = p.deepCopy();
    apply(call, changed, wrapped(call), p);
    changed.put("updated_at", Store.now());
    p.setAll(changed);
    return Response.ok(render(call, p));
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.find(table(call), call.path("id"));
    long id = p.get("id").asLong();
    table(call).remove(id);
    call.account().ops.inboxPolicies.values().removeIf(v -> v == id);
    return Response.empty(200);
  }

  /** {@code {"inboxes":[_inbox, ...]}}. */
  static Response inboxes(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.find(table(call), call.path("id"));
    ObjectNode body = Json.object();
    ArrayNode a = body.putArray("inboxes");
    call.account().ops.inboxPolicies.forEach((inboxId, policyId) -> {
      Store.Inbox inbox = call.account().inboxes.get(inboxId);
      if (policyId == p.get("id").asLong() && inbox != null) {
        a.add(Views.inbox(inbox, true));
      }
    });
    return Response.ok(body);
  }

  static Response ofInbox(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("inbox_id"));
    call.requireAdministrator();
    return Response.ok(render(call, attached(call, inbox)));
  }

  static Response attach(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("inbox_id"));
    JsonNode id = call.request().param("assignment_policy_id");
    ObjectNode p = Admin.find(table(call), id == null ? "" : id.asText());
    call.requireAdministrator();
    call.account().ops.inboxPolicies.put(inbox.id, p.get("id").asLong());
    return Response.ok(render(call, p));
  }

  static Response detach(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("inbox_id"));
    call.requireAdministrator();
    attached(call, inbox);
    call.account().ops.inboxPolicies.remove(inbox.id);
    return Response.empty(200);
  }

  private static ObjectNode attached(Call call, Store.Inbox inbox) {
    Long policyId = call.account().ops.inboxPolicies.get(inbox.id);
    ObjectNode p = policyId == null ? null : table(call).get(policyId);
    if (p == null) {
      throw ApiError.error(404, "Assignment policy not found");
    }
    return p;
  }

  private static ObjectNode wrapped(Call call) {
    JsonNode w = call.request().body().get("assignment_policy");
    if (w == null || !w.isObject() || w.isEmpty()) {
      throw ApiError.error(400, "param is missing or the value is empty: assignment_policy");
    }
    return (ObjectNode) w;
  }

  private static void apply(Call call, ObjectNode p, ObjectNode given, ObjectNode self) {
    Admin.copy(given, p, "name", "description", "enabled");
    for (String f : new String[] {"assignment_order", "conversation_priority"}) {
      if (given.has(f)) {
        String v = given.get(f).asText();
        List<String> allowed = f.equals("assignment_order") ? ORDERS : PRIORITIES;
        if (!allowed.contains(v)) {
          throw ApiError.unprocessable("'" + v + "' is not a valid " + f);
        }
        p.put(f, v);
      }
    }
    for (String f : new String[] {"fair_distribution_limit", "fair_distribution_window"}) {
      if (given.has(f)) {
        p.set(f, given.get(f).deepCopy());
      }
    }
    if (Admin.blank(Json.text(p, "name"))) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    for (ObjectNode other : table(call).values()) {
      if (other != self && other.get("name").asText().equals(p.get("name").asText())) {
        throw ApiError.invalid(List.of("Name has already been taken"), List.of("name"));
      }
    }
    for (String f : new String[] {"fair_distribution_limit", "fair_distribution_window"}) {
      JsonNode v = p.get(f);
      boolean number = v.isNumber() || v.isTextual() && v.asText().matches("-?\\d+(\\.\\d+)?");
      if (!number || v.asDouble() <= 0) {
        String label = f.equals("fair_distribution_limit") ? "Fair distribution limit" : "Fair distribution window";
        throw ApiError.invalid(List.of(label + (number ? " must be greater than 0" : " is not a number")),
            List.of(f));
      }
      p.put(f, v.asLong());
    }
  }

  /** {@code assignment_policies/_assignment_policy}. */
  static ObjectNode render(Call call, ObjectNode p) {
    ObjectNode o = Json.object();
    for (String f : new String[] {"id", "name", "description", "assignment_order", "conversation_priority",
        "fair_distribution_limit", "fair_distribution_window", "enabled"}) {
      o.set(f, p.get(f));
    }
    long id = p.get("id").asLong();
    o.put("assigned_inbox_count", call.account().ops.inboxPolicies.values().stream().filter(v -> v == id).count());
    o.set("created_at", p.get("created_at"));
    o.set("updated_at", p.get("updated_at"));
    return o;
  }

}
