package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code automation_rules}: administrators only; list {@code {"payload":[…]}}, one rule {@code {"payload":{…}}}
 * except create, which answers the rule unwrapped (chatwoot-4.10/app/views/api/v1/accounts/automation_rules/).
 */
final class AutomationRuleRoutes {
  private static final String BASE = Admin.A + "/automation_rules";
  static final List<String> EVENTS = List.of("conversation_created", "conversation_updated", "conversation_resolved",
      "message_created", "conversation_opened");

  private AutomationRuleRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, AutomationRuleRoutes::list);
    r.app("POST", BASE, AutomationRuleRoutes::create);
    r.app("GET", BASE + "/{id}", AutomationRuleRoutes::show);
    r.app("PATCH", BASE + "/{id}", AutomationRuleRoutes::update);
    r.app("PUT", BASE + "/{id}", AutomationRuleRoutes::update);
    r.app("DELETE", BASE + "/{id}", AutomationRuleRoutes::delete);
  }

  static ObjectNode add(Store store, Store.Account account, ObjectNode fields) {
    ObjectNode rule = Json.object();
    long id = store.nextId("automation_rules");
    rule.put("id", id);
    rule.put("account_id", account.id);
    rule.putNull("name");
    rule.putNull("description");
    rule.putNull("event_name");
    rule.putArray("conditions");
    rule.putArray("actions");
    rule.put("created_on", Store.now());
    rule.put("active", true);
    rule.setAll(fields);
    account.admin.automationRules.put(id, rule);
    return rule;
  }

  static Response list(Call call) {
    call.requireAdministrator();
    return Response.ok(Admin.payload(Admin.list(call.account().admin.automationRules.values())));
  }

  static Response show(Call call) {
    call.requireAdministrator();
    return Response.ok(Admin.payload(Admin.view(Admin.find(call.account().admin.automationRules, call.path("id")))));
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "automation_rule");
    ObjectNode fields = Json.object();
    fields.put("active", true);
    Admin.copy(p, fields, "name", "description", "event_name", "conditions", "actions", "active");
    validate(fields);
    ObjectNode rule = add(call.store(), call.account(), fields);
    Admin.audit(call, "AutomationRule", rule.get("id").asLong(), "create", p);
    // automation_rules/create.json.jbuilder renders the rule itself; show, update and clone wrap it in payload
    return Response.ok(Admin.view(rule));
  }

  /** Conditions and actions given replace the old ones. */
  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode rule = Admin.find(call.account().admin.automationRules, call.path("id"));
    ObjectNode p = Admin.params(call, "automation_rule");
    ObjectNode next = rule.deepCopy();
    Admin.copy(p, next, "name", "description", "event_name", "conditions", "actions", "active");
    validate(next);
    rule.setAll(next);
    Admin.audit(call, "AutomationRule", rule.get("id").asLong(), "update", p);
    return Response.ok(Admin.payload(Admin.view(rule)));
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    ObjectNode rule = Admin.find(call.account().admin.automationRules, call.path("id"));
    call.account().admin.automationRules.remove(rule.get("id").asLong());
    Admin.audit(call, "AutomationRule", rule.get("id").asLong(), "destroy", null);
    return Response.empty(200);
  }

  private static void validate(ObjectNode rule) {
    List<String> messages = new java.util.ArrayList<>();
    List<String> attributes = new java.util.ArrayList<>();
    if (Admin.blank(Json.text(rule, "name"))) {
      messages.add("Name can't be blank");
      attributes.add("name");
    }
    String event = Json.text(rule, "event_name");
    if (Admin.blank(event)) {
      messages.add("Event name can't be blank");
      attributes.add("event_name");
    } else if (!EVENTS.contains(event)) {
      messages.add("Event name is not included in the list");
      attributes.add("event_name");
    }
    JsonNode conditions = rule.get("conditions");
    if (conditions == null || !conditions.isArray() || conditions.isEmpty()) {
      messages.add("Conditions can't be blank");
      attributes.add("conditions");
    } else {
      for (JsonNode c : conditions) {
        if (!c.isObject() || !c.hasNonNull("attribute_key") || !c.hasNonNull("filter_operator")) {
          messages.add("Conditions Automation conditions must have attribute_key and filter_operator");
          attributes.add("conditions");
          break;
        }
      }
    }
    JsonNode actions = rule.get("actions");
    if (actions == null || !actions.isArray() || actions.isEmpty()) {
      messages.add("Actions can't be blank");
      attributes.add("actions");
    } else {
      for (JsonNode a : actions) {
        if (!a.isObject() || !a.hasNonNull("action_name")) {
          messages.add("Actions Automation actions must have action_name");
          attributes.add("actions");
          break;
        }
      }
    }
    if (!messages.isEmpty()) {
      throw ApiError.invalid(messages, attributes);
    }
  }
}
