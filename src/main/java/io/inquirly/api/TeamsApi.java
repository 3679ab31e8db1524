package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** Teams: groups of agents that conversations can be assigned to. */
public final class TeamsApi {
  private TeamsApi() {}

  public static final OperationRef CREATE = OperationRef.of("teams create");
  public static final OperationRef DELETE = OperationRef.of("teams delete");
  public static final OperationRef LIST = OperationRef.of("teams list");
  public static final OperationRef MEMBERS_ADD = OperationRef.of("teams members add");
  public static final OperationRef MEMBERS_LIST = OperationRef.of("teams members list");
  public static final OperationRef MEMBERS_REMOVE = OperationRef.of("teams members remove");
  public static final OperationRef MEMBERS_UPDATE = OperationRef.of("teams members update");
  public static final OperationRef UPDATE = OperationRef.of("teams update");

  static final String BASE = Admin.ACCOUNT + "/teams";
  static final String[] COLUMNS = {"id", "name", "description", "allow_auto_assign", "is_member"};

  static Param teamId() {
    return Param.path("team_id", "ID", "the team's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("description", "--description", "what the team does").labelled("TEXT"),
      Param.body("allow_auto_assign", "--auto-assign", "assign the team's conversations to its members "
          + "automatically").type(Type.BOOLEAN),
    };
  }

  public static Group group() {
    return Group.named("teams")
        .source("app/controllers/api/v1/accounts/teams_controller.rb", "app/views/api/v1/accounts/teams/",
            "app/policies/team_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("list-all-teams")
            .summary("List the account's teams")
            .list("").columns(COLUMNS).noun("team")
            .example("inquirly teams list"),
        op("teams show", "GET", BASE + "/{team_id}")
            .id("get-details-of-a-single-team")
            .summary("Show one team")
            .params(teamId())
            .one("").columns(COLUMNS).noun("team")
            .example("inquirly teams show 1"),
        op(CREATE, "POST", BASE)
            .id("create-a-team")
            .summary("Create a team (administrators; names are unique and stored lower-case)")
            .params(Param.body("name", "--name", "the team's name").mandatory())
            .params(fields())
            .one("").columns(COLUMNS).noun("team")
            .example("inquirly teams create --name 'Tier 2' --description 'Escalations'"),
        op(UPDATE, "PATCH", BASE + "/{team_id}")
            .id("update-a-team")
            .summary("Change a team (administrators)")
            .params(teamId(), Param.body("name", "--name", "the team's name"))
            .params(fields())
            .one("").columns(COLUMNS).noun("team")
            .example("inquirly teams update 1 --auto-assign false"),
        op(DELETE, "DELETE", BASE + "/{team_id}")
            .id("delete-a-team")
            .summary("Delete teams (administrators)")
            .params(teamId())
            .noun("team").batch()
            .example("inquirly teams delete 1 --yes"),
        op(MEMBERS_LIST, "GET", BASE + "/{team_id}/team_members")
            .id("get-team-members")
            .source("app/controllers/api/v1/accounts/team_members_controller.rb",
                "app/views/api/v1/accounts/team_members/")
            .summary("List a team's agents")
            .params(teamId())
            .list("").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly teams members list 1"),
        op(MEMBERS_ADD, "POST", BASE + "/{team_id}/team_members")
            .id("add-new-agent-to-team")
            .source("app/controllers/api/v1/accounts/team_members_controller.rb",
                "app/views/api/v1/accounts/team_members/")
            .summary("Add agents to a team (administrators)")
            .params(teamId(), InboxesApi.users())
            .computed(Admin.userIds("users", "--user"))
            .list("").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly teams members add 1 --user 1"),
        op(MEMBERS_UPDATE, "PATCH", BASE + "/{team_id}/team_members")
            .id("update-agents-in-team")
            .source("app/controllers/api/v1/accounts/team_members_controller.rb",
                "app/views/api/v1/accounts/team_members/")
            .summary("Replace a team's agents with exactly these (administrators)")
            .params(teamId(), InboxesApi.users())
            .computed(Admin.userIds("users", "--user"))
            .list("").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly teams members update 1 --user 1,2"),
        op(MEMBERS_REMOVE, "DELETE", BASE + "/{team_id}/team_members")
            .id("delete-agent-in-team")
            .source("app/controllers/api/v1/accounts/team_members_controller.rb",
                "app/views/api/v1/accounts/team_members/")
            .summary("Remove agents from a team (administrators)")
            .params(teamId(), InboxesApi.users())
            .computed(Admin.userIds("users", "--user"))
            .none().noun("team member")
            .example("inquirly teams members remove 1 --user 2 --yes"));
  }
}
