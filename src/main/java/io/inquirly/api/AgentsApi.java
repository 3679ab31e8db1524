package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** Agents: the account's users, their role and availability. */
public final class AgentsApi {
  private AgentsApi() {}

  public static final OperationRef ADD = OperationRef.of("agents add");
  public static final OperationRef LIST = OperationRef.of("agents list");
  public static final OperationRef REMOVE = OperationRef.of("agents remove");
  public static final OperationRef UPDATE = OperationRef.of("agents update");

  static final String BASE = Admin.ACCOUNT + "/agents";
  static final String[] COLUMNS = {"id", "name", "email", "role", "availability_status", "confirmed"};

  /** The roles and availabilities the server accepts (also what apply checks files against). */
  public static final java.util.List<String> ROLES = java.util.List.of("agent", "administrator");
  public static final java.util.List<String> AVAILABILITY = java.util.List.of("online", "busy", "offline");

  static Param[] fields() {
    return new Param[] {
      Param.body("role", "--role", "agent (default) or administrator").choices(ROLES.toArray(String[]::new)),
      // NOTES §7.5: the server permits availability (online|busy|offline), not the spec's availability_status
      Param.body("availability", "--availability", "online, busy or offline")
          .choices(AVAILABILITY.toArray(String[]::new))
          .labelled("STATUS"),
      Param.body("auto_offline", "--auto-offline", "go offline automatically when the app is closed")
          .type(Type.BOOLEAN),
    };
  }

  public static Group group() {
    return Group.named("agents").noun("agent")
        .source("app/controllers/api/v1/accounts/agents_controller.rb", "app/views/api/v1/accounts/agents/",
            "app/policies/user_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("get-account-agents")
            .summary("List the account's agents and administrators")
            .list("").columns(COLUMNS)
            .example("inquirly agents list"),
        op(ADD, "POST", BASE)
            .id("add-new-agent-to-account")
            .summary("Invite a user to the account (administrators; 402 when the license limit is reached)")
            .params(Param.body("name", "--name", "full name").mandatory(),
                Param.body("email", "--email", "e-mail address").mandatory())
            .params(fields())
            .computed(Computed.byDefault("role", "agent")) // the spec requires role; the server's default
            .one("").columns(COLUMNS)
            .example("inquirly agents add --name 'Mary Jackson' --email mary@acme.test --role agent"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("update-agent-in-account")
            .summary("Change an agent's role or availability (administrators)")
            .params(Param.path("id", "ID", "the agent's user id"), Param.body("name", "--name", "full name"))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly agents update 2 --role administrator --availability busy"),
        op(REMOVE, "DELETE", BASE + "/{id}")
            .id("delete-agent-from-account")
            .summary("Remove agents from the account (administrators; the user is deleted if it has no other "
                + "account)")
            .params(Param.path("id", "ID", "the agent's user id"))
            .batch()
            .example("inquirly agents remove 2 --yes"),
        op("agents bulk-create", "POST", BASE + "/bulk_create")
            .summary("Invite many agents at once from their e-mail addresses (administrators)")
            .description("Each address becomes an agent named after the part before the @, offline. The server"
                + " skips addresses it cannot add (invalid, already in the account) without saying which, and"
                + " refuses the whole list (402) when it needs more seats than are free; 'inquirly agents list'"
                + " shows the result. Addresses come from --emails and --emails-file (one a line, or"
                + " comma-separated; --emails-file /dev/stdin reads a pipe).")
            .params(Param.local("emails", "--emails", "addresses, comma-separated or repeated").type(Type.LIST)
                    .labelled("EMAIL"),
                Param.local("emails_file", "--emails-file", "a file of addresses (one a line)").labelled("FILE"))
            .computed(AgentEmails.list("emails", "emails_file"))
            .none()
            .status((values, answer) -> "Invited the addresses the server could add; 'inquirly agents list'"
                + " shows them")
            .example("inquirly agents bulk-create --emails mary@acme.test,dorothy@acme.test"),
        op("agents assignable", "GET", Admin.ACCOUNT + "/assignable_agents")
            .source("app/controllers/api/v1/accounts/assignable_agents_controller.rb",
                "app/views/api/v1/accounts/assignable_agents/index.json.jbuilder")
            .summary("List who can be assigned conversations of all these inboxes (their common agents and every"
                + " administrator)")
            .description("The server keeps the agents who are members of every --inbox given and adds every"
                + " administrator; an unknown inbox id is a 404, an inbox the caller may not see a 401. Without"
                + " --inbox it lists the administrators only.")
            .params(Param.query("inbox_ids", "--inbox", "an inbox's id (repeatable)")
                .type(Type.LIST).labelled("ID"))
            .list("payload").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly agents assignable --inbox 1 --inbox 2"));
  }
}
