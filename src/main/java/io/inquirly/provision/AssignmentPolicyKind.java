package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.INTEGER;
import static io.inquirly.provision.Kind.Type.LIST;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.AssignmentPoliciesApi;
import io.inquirly.api.InboxesApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assignment policies by name, with the inboxes that use them by inbox name ({@code inboxes: [Support]}): an
 * inbox listed is attached (replacing its previous policy), an inbox dropped from the list is detached.
 */
final class AssignmentPolicyKind extends Kind {
  private static final List<String> POLICY_FIELDS = List.of("name", "description", "assignment_order",
      "conversation_priority", "fair_distribution_limit", "fair_distribution_window", "enabled");

  AssignmentPolicyKind() {
    super("AssignmentPolicy");
    field("name", STRING).field("description", STRING).field("assignment_order", STRING)
        .field("conversation_priority", STRING).field("fair_distribution_limit", INTEGER)
        .field("fair_distribution_window", INTEGER).field("enabled", BOOLEAN).field("inboxes", LIST);
    oneOf("assignment_order", List.of("round_robin", "balanced"));
    oneOf("conversation_priority", List.of("earliest_created", "longest_waiting"));
  }

  @Override
  public List<String> keyFields() {
    return List.of("name");
  }

  @Override
  public Set<String> sets() {
    return Set.of("inboxes");
  }

  @Override
  public List<String> needs() {
    return List.of("Inbox");
  }

  @Override
  public List<Ref> refs(Resource r) {
    List<Ref> out = new ArrayList<>();
    if (r.has("inboxes")) {
      r.get("inboxes").forEach(i -> out.add(new Ref("inboxes", "Inbox", i.asText())));
    }
    return out;
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode p : ctx.api.list(AssignmentPoliciesApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      POLICY_FIELDS.forEach(f -> s.set(f, p.path(f)));
      String id = p.path("id").asText();
      var inboxes = s.putArray("inboxes");
      for (JsonNode inbox : ctx.api.list(AssignmentPoliciesApi.INBOXES, Map.of("id", id))) {
        inboxes.add(inbox.path("name").asText());
      }
      out.add(new Current(key(s), id, s));
    }
    return out;
  }

  private static ObjectNode body(Resource r, List<String> fields) {
    ObjectNode policy = SimpleKind.NODES.objectNode();
    for (String f : fields) {
      if (r.has(f) && POLICY_FIELDS.contains(f)) {
        policy.set(f, r.get(f));
      }
    }
    ObjectNode body = SimpleKind.NODES.objectNode();
    body.set("assignment_policy", policy);
    return body;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    JsonNode answer = ctx.api.send(AssignmentPoliciesApi.CREATE, Map.of(), body(r, POLICY_FIELDS));
    String id = ctx.api.record(AssignmentPoliciesApi.CREATE, answer).path("id").asText();
    attach(ctx, id, r.get("inboxes"), SimpleKind.NODES.arrayNode());
    return id;
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ObjectNode body = body(r, changed);
    if (!body.path("assignment_policy").isEmpty()) {
      ctx.api.send(AssignmentPoliciesApi.UPDATE, Map.of("id", current.id()), body);
    }
    if (changed.contains("inboxes")) {
      attach(ctx, current.id(), r.get("inboxes"), current.state().path("inboxes"));
    }
  }

  /** Attaches the inboxes wanted that do not use the policy yet, detaches those no longer wanted. */
  private static void attach(Ctx ctx, String policyId, JsonNode wanted, JsonNode have) {
    Set<String> want = strings(wanted);
    Set<String> now = strings(have);
    for (JsonNode name : have) {
      if (!want.contains(name.asText().toLowerCase(java.util.Locale.ROOT))) {
        ctx.api.send(InboxesApi.POLICY_CLEAR, Map.of("id", WorkingHoursKind.inboxId(ctx, name.asText())), null);
      }
    }
    if (wanted == null) {
      return;
    }
    for (JsonNode name : wanted) {
      if (!now.contains(name.asText().toLowerCase(java.util.Locale.ROOT))) {
        ObjectNode body = SimpleKind.NODES.objectNode();
        body.put("assignment_policy_id", Long.parseLong(policyId));
        ctx.api.send(InboxesApi.POLICY_SET, Map.of("id", WorkingHoursKind.inboxId(ctx, name.asText())), body);
      }
    }
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    ctx.api.send(AssignmentPoliciesApi.DELETE, Map.of("id", current.id()), null);
  }
}
