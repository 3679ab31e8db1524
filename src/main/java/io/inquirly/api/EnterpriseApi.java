package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/**
 * Enterprise-edition groups: SLA policies (and the SLAs applied to conversations), custom roles and agent
 * capacity policies (their agents and per-inbox limits). The routes are in chatwoot-4.10/config/routes.rb for
 * every edition, but only the Enterprise edition has the controllers (enterprise/app/controllers/...), so a
 * Community server answers 404 (or 402 without a licence): each group declares {@code .enterprise(...)} and that
 * answer says the edition is needed (exit 5). Bodies are flat: Rails' wrap_parameters puts the model's columns
 * under {@code sla_policy}, {@code custom_role} or {@code agent_capacity_policy}, which the controllers require.
 */
public final class EnterpriseApi {
  private EnterpriseApi() {}

  public static final OperationRef SLA_LIST = OperationRef.of("sla list");
  public static final OperationRef SLA_CREATE = OperationRef.of("sla create");
  public static final OperationRef SLA_UPDATE = OperationRef.of("sla update");
  public static final OperationRef SLA_DELETE = OperationRef.of("sla delete");
  public static final OperationRef.Crud SLA_CRUD = new OperationRef.Crud(SLA_LIST, SLA_CREATE, SLA_UPDATE,
      SLA_DELETE);

  public static final OperationRef ROLES_LIST = OperationRef.of("custom-roles list");
  public static final OperationRef ROLES_CREATE = OperationRef.of("custom-roles create");
  public static final OperationRef ROLES_UPDATE = OperationRef.of("custom-roles update");
  public static final OperationRef ROLES_DELETE = OperationRef.of("custom-roles delete");
  public static final OperationRef.Crud ROLES_CRUD = new OperationRef.Crud(ROLES_LIST, ROLES_CREATE, ROLES_UPDATE,
      ROLES_DELETE);

  static final String SLA = Admin.ACCOUNT + "/sla_policies";
  static final String APPLIED = Admin.ACCOUNT + "/applied_slas";
  static final String ROLES = Admin.ACCOUNT + "/custom_roles";
  static final String CAPACITY = Admin.ACCOUNT + "/agent_capacity_policies";
  static final String[] SLA_COLUMNS = {"id", "name", "first_response_time_threshold",
      "next_response_time_threshold", "resolution_time_threshold", "only_during_business_hours"};
  static final String[] ROLE_COLUMNS = {"id", "name", "description", "permissions"};
  static final String[] CAPACITY_COLUMNS = {"id", "name", "description", "exclusion_rules", "inbox_capacity_limits"};
  static final String[] LIMIT_COLUMNS = {"id", "inbox_id", "agent_capacity_policy_id", "conversation_limit"};

  /** The permissions a custom role may grant (CustomRole::PERMISSIONS, enterprise/app/models/custom_role.rb). */
  public static final String[] PERMISSIONS = {"conversation_manage", "conversation_unassigned_manage",
    "conversation_participating_manage", "contact_manage", "report_manage", "knowledge_base_manage"};

  static Param[] slaFields() {
    return new Param[] {
      Param.body("description", "--description", "what the policy is for").labelled("TEXT"),
      Param.body("first_response_time_threshold", "--first-response", "seconds allowed for the first response")
          .integer().labelled("SECONDS"),
      Param.body("next_response_time_threshold", "--next-response", "seconds allowed for each next response")
          .integer().labelled("SECONDS"),
      Param.body("resolution_time_threshold", "--resolution", "seconds allowed until resolution")
          .integer().labelled("SECONDS"),
      Param.body("only_during_business_hours", "--business-hours", "count only the inbox's working hours")
          .type(Type.BOOLEAN),
    };
  }

  static final String SLA_SOURCES_CONTROLLER = "enterprise/app/controllers/api/v1/accounts/sla_policies_controller.rb";
  static final String SLA_VIEWS = "enterprise/app/views/api/v1/accounts/sla_policies/";

  public static Group sla() {
    return Group.named("sla").noun("SLA policy").enterprise("SLA")
        .source(SLA_SOURCES_CONTROLLER, SLA_VIEWS, "enterprise/app/views/api/v1/models/_sla_policy.json.jbuilder")
        .of(
        op(SLA_LIST, "GET", SLA)
            .id("sla-policies-list")
            .summary("List the SLA policies (Enterprise)")
            .list("payload").columns(SLA_COLUMNS)
            .example("inquirly sla list"),
        op("sla show", "GET", SLA + "/{id}")
            .id("sla-policies-show")
            .summary("Show an SLA policy")
            .params(Param.path("id", "ID", "the SLA policy's id"))
            .one("payload").columns(SLA_COLUMNS)
            .example("inquirly sla show 1"),
        op(SLA_CREATE, "POST", SLA)
            .id("sla-policies-create")
            .summary("Create an SLA policy (thresholds in seconds)")
            .params(Param.body("name", "--name", "the policy's name").mandatory())
            .params(slaFields())
            .one("payload").columns(SLA_COLUMNS)
            .example("inquirly sla create --name Priority --first-response 3600 --resolution 86400"),
        op(SLA_UPDATE, "PATCH", SLA + "/{id}")
            .id("sla-policies-update")
            .summary("Change an SLA policy")
            .params(Param.path("id", "ID", "the SLA policy's id"), Param.body("name", "--name", "new name"))
            .params(slaFields())
            .one("payload").columns(SLA_COLUMNS)
            .example("inquirly sla update 1 --resolution 43200"),
        op(SLA_DELETE, "DELETE", SLA + "/{id}")
            .id("sla-policies-delete")
            .summary("Delete SLA policies (the server removes them in a background job)")
            .params(Param.path("id", "ID", "the SLA policy's id"))
            .batch()
            .example("inquirly sla delete 1 --yes"),
        op("sla applied", "GET", APPLIED)
            .id("applied-slas-list")
            .source("enterprise/app/controllers/api/v1/accounts/applied_slas_controller.rb",
                "enterprise/app/views/api/v1/accounts/applied_slas/")
            .summary("List the conversations that missed their SLA (administrators; 25 per page)")
            .params(appliedFilters())
            .prepare(ReportsApi::bothEnds)
            .list("payload").paged()
            .columns("applied_sla.id", "applied_sla.sla_id", "applied_sla.sla_status", "conversation.id",
                "conversation.contact.name", "conversation.assignee.name")
            .noun("applied SLA")
            .example("inquirly sla applied --since 30d"),
        op("sla metrics", "GET", APPLIED + "/metrics")
            .id("applied-slas-metrics")
            .source("enterprise/app/controllers/api/v1/accounts/applied_slas_controller.rb",
                "enterprise/app/views/api/v1/accounts/applied_slas/")
            .summary("Count the SLAs applied and missed, and the hit rate (administrators)")
            .params(appliedFilters())
            .prepare(ReportsApi::bothEnds)
            .one("").columns("total_applied_slas", "number_of_sla_misses", "hit_rate").noun("SLA metrics")
            .example("inquirly sla metrics --since 30d"),
        op("sla download", "GET", APPLIED + "/download")
            .id("applied-slas-download")
            .source("enterprise/app/controllers/api/v1/accounts/applied_slas_controller.rb",
                "enterprise/app/views/api/v1/accounts/applied_slas/")
            .summary("The missed SLAs as the server's CSV report (rows; -o csv writes CSV)")
            .params(appliedFilters())
            .prepare(ReportsApi::bothEnds)
            .handler(CsvRows::rows)
            .list("").columns().noun("row")
            .example("inquirly sla download --since 30d -o csv"));
  }

  /** The filters of applied_slas (index, metrics, download): applied_slas_controller.rb apply_filters. */
  static Param[] appliedFilters() {
    return new Param[] {
      ReportsApi.since(), ReportsApi.until(),
      Param.query("inbox_id", "--inbox", "only this inbox").integer().labelled("ID"),
      Param.query("team_id", "--team", "only this team").integer().labelled("ID"),
      Param.query("sla_policy_id", "--policy", "only this SLA policy").integer().labelled("ID"),
      Param.query("assigned_agent_id", "--agent", "only conversations assigned to this agent").integer()
          .labelled("ID"),
      Param.query("label_list", "--label", "only conversations with this label (repeatable)").type(Type.LIST)
          .labelled("LABEL"),
    };
  }

  static Param[] roleFields() {
    return new Param[] {
      Param.body("description", "--description", "what the role is for").labelled("TEXT"),
      Param.body("permissions", "--permission", "a permission the role grants (repeatable): "
          + String.join(", ", PERMISSIONS)).type(Type.LIST).choices(PERMISSIONS).labelled("PERMISSION"),
    };
  }

  public static Group customRoles() {
    return Group.named("custom-roles").noun("custom role").enterprise("custom roles")
        .source("enterprise/app/controllers/api/v1/accounts/custom_roles_controller.rb",
            "enterprise/app/views/api/v1/accounts/custom_roles/",
            "enterprise/app/views/api/v1/models/_custom_role.json.jbuilder", "app/models/account_user.rb")
        .of(
        op(ROLES_LIST, "GET", ROLES)
            .id("custom-roles-list")
            .summary("List the custom roles (Enterprise)")
            .list("").columns(ROLE_COLUMNS)
            .example("inquirly custom-roles list"),
        op("custom-roles show", "GET", ROLES + "/{id}")
            .id("custom-roles-show")
            .summary("Show a custom role")
            .params(Param.path("id", "ID", "the custom role's id"))
            .one("").columns(ROLE_COLUMNS)
            .example("inquirly custom-roles show 1"),
        op(ROLES_CREATE, "POST", ROLES)
            .id("custom-roles-create")
            .summary("Create a custom role from permissions")
            .params(Param.body("name", "--name", "the role's name").mandatory())
            .params(roleFields())
            .one("").columns(ROLE_COLUMNS)
            .example("inquirly custom-roles create --name 'Report viewer' --permission report_manage"),
        op(ROLES_UPDATE, "PATCH", ROLES + "/{id}")
            .id("custom-roles-update")
            .summary("Change a custom role (--permission replaces the whole list)")
            .params(Param.path("id", "ID", "the custom role's id"), Param.body("name", "--name", "new name"))
            .params(roleFields())
            .one("").columns(ROLE_COLUMNS)
            .example("inquirly custom-roles update 1 --permission report_manage --permission contact_manage"),
        op(ROLES_DELETE, "DELETE", ROLES + "/{id}")
            .id("custom-roles-delete")
            .summary("Delete custom roles")
            .params(Param.path("id", "ID", "the custom role's id"))
            .batch()
            .example("inquirly custom-roles delete 1 --yes"));
  }

  static Param[] capacityFields() {
    return new Param[] {
      Param.body("description", "--description", "what the policy is for").labelled("TEXT"),
      Param.body("exclusion_rules.exclude_older_than_hours", "--exclude-older-than",
          "do not count conversations older than this many hours").integer().labelled("HOURS"),
      Param.body("exclusion_rules.excluded_labels", "--exclude-label",
          "do not count conversations with this label (repeatable)").type(Type.LIST).labelled("LABEL"),
    };
  }

  static Param policyId() {
    return Param.path("agent_capacity_policy_id", "POLICY", "the capacity policy's id");
  }

  public static Group capacityPolicies() {
    String users = "enterprise/app/controllers/api/v1/accounts/agent_capacity_policies/users_controller.rb";
    String limits = "enterprise/app/controllers/api/v1/accounts/agent_capacity_policies/inbox_limits_controller.rb";
    return Group.named("capacity-policies").noun("capacity policy").enterprise("agent capacity policies")
        .source("enterprise/app/controllers/api/v1/accounts/agent_capacity_policies_controller.rb",
            "enterprise/app/views/api/v1/accounts/agent_capacity_policies/",
            "enterprise/app/views/api/v1/models/_agent_capacity_policy.json.jbuilder")
        .of(
        op("capacity-policies list", "GET", CAPACITY)
            .id("agent-capacity-policies-list")
            .summary("List the agent capacity policies (Enterprise)")
            .list("").columns(CAPACITY_COLUMNS)
            .example("inquirly capacity-policies list"),
        op("capacity-policies show", "GET", CAPACITY + "/{id}")
            .id("agent-capacity-policies-show")
            .summary("Show a capacity policy with its inbox limits")
            .params(Param.path("id", "ID", "the policy's id"))
            .one("").columns(CAPACITY_COLUMNS)
            .example("inquirly capacity-policies show 1"),
        op("capacity-policies create", "POST", CAPACITY)
            .id("agent-capacity-policies-create")
            .summary("Create a capacity policy")
            .params(Param.body("name", "--name", "the policy's name").mandatory())
            .params(capacityFields())
            .one("").columns(CAPACITY_COLUMNS)
            .example("inquirly capacity-policies create --name 'Two at a time' --exclude-label vip"),
        op("capacity-policies update", "PATCH", CAPACITY + "/{id}")
            .id("agent-capacity-policies-update")
            .summary("Change a capacity policy")
            .params(Param.path("id", "ID", "the policy's id"), Param.body("name", "--name", "new name"))
            .params(capacityFields())
            .one("").columns(CAPACITY_COLUMNS)
            .example("inquirly capacity-policies update 1 --exclude-older-than 48"),
        op("capacity-policies delete", "DELETE", CAPACITY + "/{id}")
            .id("agent-capacity-policies-delete")
            .summary("Delete capacity policies")
            .params(Param.path("id", "ID", "the policy's id"))
            .batch()
            .example("inquirly capacity-policies delete 1 --yes"),
        op("capacity-policies users", "GET", CAPACITY + "/{agent_capacity_policy_id}/users")
            .id("agent-capacity-policy-users-list")
            .source(users, "enterprise/app/views/api/v1/accounts/agent_capacity_policies/users/")
            .summary("List the agents a capacity policy applies to")
            .params(policyId())
            .list("").columns("id", "name", "email", "role").noun("agent")
            .example("inquirly capacity-policies users 1"),
        op("capacity-policies add-user", "POST", CAPACITY + "/{agent_capacity_policy_id}/users")
            .id("agent-capacity-policy-users-create")
            .source(users, "enterprise/app/views/api/v1/accounts/agent_capacity_policies/users/")
            .summary("Apply a capacity policy to an agent (replaces the agent's previous policy)")
            .params(policyId(), Param.body("user_id", "--agent", "the agent's user id").integer().mandatory()
                .labelled("ID"))
            .one("").columns("id", "name", "email").noun("agent")
            .example("inquirly capacity-policies add-user 1 --agent 1"),
        op("capacity-policies remove-user", "DELETE", CAPACITY + "/{agent_capacity_policy_id}/users/{id}")
            .id("agent-capacity-policy-users-delete")
            .source(users)
            .summary("Take an agent off a capacity policy")
            .params(policyId(), Param.path("id", "AGENT", "the agent's user id"))
            .noun("agent")
            .example("inquirly capacity-policies remove-user 1 1 --yes"),
        op("capacity-policies add-limit", "POST", CAPACITY + "/{agent_capacity_policy_id}/inbox_limits")
            .id("agent-capacity-policy-inbox-limits-create")
            .source(limits, "enterprise/app/views/api/v1/accounts/agent_capacity_policies/inbox_limits/")
            .summary("Limit the open conversations an agent of the policy holds in one inbox")
            .params(policyId(),
                Param.body("inbox_id", "--inbox", "the inbox").integer().mandatory().labelled("ID"),
                Param.body("conversation_limit", "--limit", "open conversations per agent").integer().mandatory()
                    .labelled("N"))
            .one("").columns(LIMIT_COLUMNS).noun("inbox limit")
            .example("inquirly capacity-policies add-limit 1 --inbox 2 --limit 5"),
        op("capacity-policies update-limit", "PATCH", CAPACITY + "/{agent_capacity_policy_id}/inbox_limits/{id}")
            .id("agent-capacity-policy-inbox-limits-update")
            .source(limits, "enterprise/app/views/api/v1/accounts/agent_capacity_policies/inbox_limits/")
            .summary("Change an inbox limit of a capacity policy")
            .params(policyId(), Param.path("id", "LIMIT", "the inbox limit's id"),
                Param.body("conversation_limit", "--limit", "open conversations per agent").integer().mandatory()
                    .labelled("N"))
            .one("").columns(LIMIT_COLUMNS).noun("inbox limit")
            .example("inquirly capacity-policies update-limit 1 1 --limit 8"),
        op("capacity-policies remove-limit", "DELETE", CAPACITY + "/{agent_capacity_policy_id}/inbox_limits/{id}")
            .id("agent-capacity-policy-inbox-limits-delete")
            .source(limits)
            .summary("Remove an inbox limit from a capacity policy")
            .params(policyId(), Param.path("id", "LIMIT", "the inbox limit's id"))
            .noun("inbox limit")
            .example("inquirly capacity-policies remove-limit 1 1 --yes"));
  }
}
