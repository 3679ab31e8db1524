package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** Automation rules: "when EVENT and CONDITIONS then ACTIONS". */
public final class AutomationRulesApi {
  private AutomationRulesApi() {}

  public static final OperationRef LIST = OperationRef.of("automation-rules list");
  public static final OperationRef CREATE = OperationRef.of("automation-rules create");
  public static final OperationRef UPDATE = OperationRef.of("automation-rules update");
  public static final OperationRef DELETE = OperationRef.of("automation-rules delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/automation_rules";
  static final String[] COLUMNS = {"id", "name", "event_name", "active"};
  public static final String[] EVENTS = {"conversation_created", "conversation_updated", "conversation_resolved",
      "message_created"};

  static Param id() {
    return Param.path("id", "ID", "the rule's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("description", "--description", "what the rule is for").labelled("TEXT"),
      Param.body("event_name", "--event", String.join(", ", EVENTS)).choices(EVENTS).labelled("EVENT"),
      Param.body("active", "--active", "whether the rule runs").type(Type.BOOLEAN),
      Param.body("conditions", "--conditions", "JSON list of {attribute_key, filter_operator, values, "
          + "query_operator}").type(Type.JSON).labelled("JSON"),
      Param.body("actions", "--actions", "JSON list of {action_name, action_params}").type(Type.JSON)
          .labelled("JSON"),
      Param.local("file", "--file", "read the rule (name, event_name, conditions, actions, ...) from a YAML or "
          + "JSON file; flags win over it").labelled("FILE"),
    };
  }

  public static Group group() {
    return Group.named("automation-rules").noun("automation rule")
        .source("app/controllers/api/v1/accounts/automation_rules_controller.rb",
            "app/views/api/v1/accounts/automation_rules/", "app/models/automation_rule.rb",
            "app/policies/automation_rule_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("get-account-automation-rule")
            .summary("List automation rules (administrators)")
            .list("payload").columns(COLUMNS)
            .example("inquirly automation-rules list"),
        op("automation-rules show", "GET", BASE + "/{id}")
            .id("get-details-of-a-single-automation-rule")
            .summary("Show one automation rule with its conditions and actions")
            .params(id())
            .one("payload").columns(COLUMNS)
            .example("inquirly automation-rules show 1"),
        op(CREATE, "POST", BASE)
            .id("add-new-automation-rule-to-account")
            .summary("Create an automation rule (administrators)")
            .params(Param.body("name", "--name", "the rule's name"))
            .params(fields())
            .computed(Admin.bodyFile("file"))
            .one("payload").columns(COLUMNS)
            .example("inquirly automation-rules create --name 'Label billing' --event message_created "
                + "--conditions '[{\"attribute_key\":\"content\",\"filter_operator\":\"contains\","
                + "\"values\":[\"invoice\"],\"query_operator\":null}]' "
                + "--actions '[{\"action_name\":\"add_label\",\"action_params\":[\"billing\"]}]'"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("update-automation-rule-in-account")
            .summary("Change an automation rule (administrators; conditions and actions are replaced)")
            .params(id(), Param.body("name", "--name", "new name"))
            .params(fields())
            .computed(Admin.bodyFile("file"))
            .one("payload").columns(COLUMNS)
            .example("inquirly automation-rules update 1 --active false"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .id("delete-automation-rule-from-account")
            .summary("Delete automation rules (administrators)")
            .params(id())
            .batch()
            .example("inquirly automation-rules delete 1 --yes"),
        op("automation-rules clone", "POST", BASE + "/{id}/clone")
            .summary("Copy an automation rule (same name, conditions and actions; a new id)")
            .params(id())
            .one("payload").columns(COLUMNS)
            .example("inquirly automation-rules clone 1"));
  }
}
