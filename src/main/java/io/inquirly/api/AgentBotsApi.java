package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** Agent bots of the account: programs that answer inboxes through a webhook. */
public final class AgentBotsApi {
  private AgentBotsApi() {}

  public static final OperationRef LIST = OperationRef.of("agent-bots list");
  public static final OperationRef CREATE = OperationRef.of("agent-bots create");
  public static final OperationRef UPDATE = OperationRef.of("agent-bots update");
  public static final OperationRef DELETE = OperationRef.of("agent-bots delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/agent_bots";
  static final String[] COLUMNS = {"id", "name", "outgoing_url", "bot_type", "system_bot"};

  static Param id() {
    return Param.path("id", "ID", "the agent bot's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("description", "--description", "what the bot does").labelled("TEXT"),
      Param.body("outgoing_url", "--url", "where the bot receives events (outgoing_url)").alias("--outgoing-url")
          .labelled("URL"),
      Param.body("avatar_url", "--avatar-url", "URL of a picture").labelled("URL"),
      Param.body("bot_config", "--config", "a bot setting (repeatable; key:=json for typed values)")
          .type(Type.MAP),
    };
  }

  public static Group group() {
    return Group.named("agent-bots").noun("agent bot")
        .source("app/controllers/api/v1/accounts/agent_bots_controller.rb",
            "app/views/api/v1/accounts/agent_bots/", "app/policies/agent_bot_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("list-all-account-agent-bots")
            .summary("List the agent bots the account can use")
            .list("").columns(COLUMNS)
            .example("inquirly agent-bots list"),
        op("agent-bots show", "GET", BASE + "/{id}")
            .id("get-details-of-a-single-account-agent-bot")
            .summary("Show one agent bot")
            .params(id())
            .one("").columns(COLUMNS)
            .example("inquirly agent-bots show 1"),
        op(CREATE, "POST", BASE)
            .id("create-an-account-agent-bot")
            .summary("Create an agent bot (administrators; the answer holds its access token)")
            .params(Param.body("name", "--name", "the bot's name").mandatory())
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly agent-bots create --name 'Triage Bot' --url https://bots.example.com/triage"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("update-an-account-agent-bot")
            .summary("Change an agent bot (administrators)")
            .params(id(), Param.body("name", "--name", "new name"))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly agent-bots update 1 --url https://bots.example.com/v2"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .id("delete-an-account-agent-bot")
            .summary("Delete agent bots (administrators)")
            .params(id())
            .batch()
            .example("inquirly agent-bots delete 1 --yes"),
        op("agent-bots reset-token", "POST", BASE + "/{id}/reset_access_token")
            .summary("Give an agent bot a new access token (the old one stops working; administrators)")
            .description("The answer holds the new token, masked like every secret: add --show-secrets to print"
                + " it, or -o json --show-secrets --jq .access_token for a script.")
            .params(id())
            .one("").columns(COLUMNS)
            .status((values, answer) -> "New access token issued for agent bot " + values.get("id")
                + " (--show-secrets prints it)")
            .example("inquirly agent-bots reset-token 1"),
        op("agent-bots avatar delete", "DELETE", BASE + "/{id}/avatar")
            .summary("Remove an agent bot's picture (administrators)")
            .params(id())
            .confirm(false)
            .none()
            .status((values, answer) -> "Removed the picture of agent bot " + values.get("id") + ".")
            .example("inquirly agent-bots avatar delete 1"));
  }
}
