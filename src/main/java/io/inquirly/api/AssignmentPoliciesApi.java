package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/**
 * Assignment policies (Assignment V2): how conversations of the inboxes that use a policy are handed to agents.
 * An inbox uses at most one ({@code inboxes assignment-policy set}).
 */
public final class AssignmentPoliciesApi {
  private AssignmentPoliciesApi() {}

  public static final OperationRef LIST = OperationRef.of("assignment-policies list");
  public static final OperationRef CREATE = OperationRef.of("assignment-policies create");
  public static final OperationRef UPDATE = OperationRef.of("assignment-policies update");
  public static final OperationRef DELETE = OperationRef.of("assignment-policies delete");
  public static final OperationRef INBOXES = OperationRef.of("assignment-policies inboxes");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/assignment_policies";
  static final String[] COLUMNS = {"id", "name", "assignment_order", "conversation_priority",
      "fair_distribution_limit", "fair_distribution_window", "enabled", "assigned_inbox_count"};

  /** The controller requires the fields under {@code assignment_policy}. */
  private static final String W = "assignment_policy.";

  static Param id() {
    return Param.path("id", "ID", "the assignment policy's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body(W + "description", "--description", "what the policy is for").labelled("TEXT"),
      Param.body(W + "assignment_order", "--order", "how agents are picked: round_robin, or balanced (fewest open"
          + " conversations; Enterprise edition only)").choices("round_robin", "balanced").labelled("ORDER"),
      Param.body(W + "conversation_priority", "--priority", "which conversations go first")
          .choices("earliest_created", "longest_waiting").labelled("PRIORITY"),
      Param.body(W + "fair_distribution_limit", "--fair-limit",
          "most conversations one agent gets within the window (default 100)").integer().labelled("N"),
      Param.body(W + "fair_distribution_window", "--fair-window",
          "the window of --fair-limit in seconds (default 3600)").integer().labelled("SECONDS"),
      Param.body(W + "enabled", "--enabled", "whether the policy assigns").type(Type.BOOLEAN),
    };
  }

  public static Group group() {
    // the newest routes here (Chatwoot 4.x): an older server's HTML 404 says so, not "not found"
    return Group.named("assignment-policies").noun("assignment policy").since(null, "assignment policies")
        .source("app/controllers/api/v1/accounts/assignment_policies_controller.rb",
            "app/views/api/v1/accounts/assignment_policies/", "app/models/assignment_policy.rb",
            "app/policies/assignment_policy_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .summary("List the account's assignment policies (administrators)")
            .list("").columns(COLUMNS)
            .example("inquirly assignment-policies list"),
        op("assignment-policies show", "GET", BASE + "/{id}")
            .summary("Show one assignment policy")
            .params(id())
            .one("").columns(COLUMNS)
            .example("inquirly assignment-policies show 1"),
        op(CREATE, "POST", BASE)
            .summary("Create an assignment policy (names are unique in the account)")
            .params(Param.body(W + "name", "--name", "the policy's name").mandatory().labelled("NAME"))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly assignment-policies create --name 'Fair share' --priority longest_waiting"
                + " --fair-limit 20"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .summary("Change an assignment policy")
            .params(id(), Param.body(W + "name", "--name", "new name").labelled("NAME"))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly assignment-policies update 1 --enabled=false"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .summary("Delete assignment policies (their inboxes keep no policy)")
            .params(id())
            .batch()
            .example("inquirly assignment-policies delete 1 --yes"),
        op(INBOXES, "GET", BASE + "/{id}/inboxes")
            .source("app/controllers/api/v1/accounts/assignment_policies/inboxes_controller.rb",
                "app/views/api/v1/accounts/assignment_policies/inboxes/index.json.jbuilder")
            .summary("List the inboxes that use an assignment policy")
            .description("To attach a policy to an inbox use 'inquirly inboxes assignment-policy set': the"
                + " server routes POST/DELETE under a policy's inboxes, but its controller has only the list.")
            .params(id())
            .list("inboxes").columns(InboxesApi.COLUMNS).noun("inbox")
            .example("inquirly assignment-policies inboxes 1"));
  }
}
