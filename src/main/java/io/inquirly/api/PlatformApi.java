package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/**
 * The Platform API: accounts, users, account memberships and agent bots managed by a platform app (super-admin
 * → Platform Apps), signed with the platform app token ({@code --platform-token}, {@code INQUIRLY_PLATFORM_TOKEN},
 * {@code platform_token} in the profile).
 *
 * <p>Server behaviour the commands reflect (NOTES.md §1, §3): an app may only act on the accounts, users and bots
 * it created (401 "Non permissible resource", exit 5); user create with an existing email returns that user and
 * grants the app permission on it; account and user deletes answer at once and delete in the background;
 * removing a membership answers 200 even when there was none.
 */
public final class PlatformApi {
  private PlatformApi() {}

  public static final OperationRef ACCOUNT_USERS_ADD = OperationRef.of("platform account-users add");
  public static final OperationRef ACCOUNT_USERS_LIST = OperationRef.of("platform account-users list");
  public static final OperationRef ACCOUNT_USERS_REMOVE = OperationRef.of("platform account-users remove");
  public static final OperationRef AGENT_BOTS_LIST = OperationRef.of("platform agent-bots list");
  public static final OperationRef ACCOUNTS_SHOW = OperationRef.of("platform accounts show");
  public static final OperationRef ACCOUNTS_UPDATE = OperationRef.of("platform accounts update");
  public static final OperationRef USERS_CREATE = OperationRef.of("platform users create");
  public static final OperationRef USERS_SHOW = OperationRef.of("platform users show");
  public static final OperationRef USERS_UPDATE = OperationRef.of("platform users update");

  static final String BASE = "/platform/api/v1";
  static final String[] ACCOUNT_COLUMNS = {"id", "name", "locale", "domain", "support_email", "status"};
  static final String[] USER_COLUMNS = {"id", "name", "email", "role", "confirmed"};
  static final String[] MEMBER_COLUMNS = {"account_id", "user_id", "role", "created_at"};
  /**
   * No outgoing_url: the platform view renders the bot's name in that field
   * (chatwoot-4.10/app/views/platform/api/v1/models/_agent_bot.json.jbuilder); 'agent-bots show' has the URL.
   */
  static final String[] BOT_COLUMNS = {"id", "name", "description", "account_id"};
  static final String BOT_VIEW_NOTE = "The platform API's answer carries the bot's name in outgoing_url (a quirk of "
      + "chatwoot-4.10/app/views/platform/api/v1/models/_agent_bot.json.jbuilder), so the table leaves that column "
      + "out; 'inquirly agent-bots show ID' (account API) shows the real URL.";

  static Param accountId() {
    return Param.path("account_id", "ACCOUNT_ID", "the account's id");
  }

  static Param userId() {
    return Param.path("id", "USER_ID", "the user's id");
  }

  static Param botId() {
    return Param.path("id", "BOT_ID", "the agent bot's id");
  }

  static Param[] accountFields() {
    return new Param[] {
      Param.body("name", "--name", "the account's name"),
      Param.body("locale", "--locale", "language code, e.g. en or pt_BR").labelled("CODE"),
      Param.body("domain", "--domain", "the account's e-mail domain"),
      Param.body("support_email", "--support-email", "the support e-mail address").labelled("EMAIL"),
      Param.body("status", "--status", "active or suspended").choices("active", "suspended"),
      Param.body("limits", "--limit", "a limit (repeatable), e.g. agents=10 or inboxes:=5").type(Type.MAP),
      Param.body("custom_attributes", "--attr", "a custom attribute (repeatable; key:=json for typed values)")
          .type(Type.MAP),
    };
  }

  static Param[] userFields() {
    return new Param[] {
      Param.body("name", "--name", "full name"),
      Param.body("display_name", "--display-name", "name shown to customers").labelled("NAME"),
      Param.body("email", "--email", "e-mail address (an existing address returns that user)"),
      Param.body("password", "--password", "password: upper and lower case letters, a digit and a symbol"),
      Param.body("custom_attributes", "--attr", "a custom attribute (repeatable; merged on update)").type(Type.MAP),
    };
  }

  static Param[] botFields() {
    return new Param[] {
      Param.body("name", "--name", "the bot's name"),
      Param.body("description", "--description", "what the bot does").labelled("TEXT"),
      Param.body("outgoing_url", "--url", "webhook URL the bot receives events on (outgoing_url)")
          .alias("--outgoing-url").labelled("URL"),
      Param.body("account_id", "--account-id", "the account the bot belongs to (omit for a global bot)").integer()
          .labelled("ID"),
      Param.body("avatar_url", "--avatar-url", "URL of a picture").labelled("URL"),
    };
  }

  /** The status line of a delete that the server finishes in the background (DeleteObjectJob). */
  static String deletedLater(String noun, Object id) {
    return "Deletion of " + noun + " " + id + " accepted: the server deletes it in the background, so it may still "
        + "be found for a short while.";
  }

  public static Group group() {
    return Group.named("platform").auth(Auth.PLATFORM)
        .source("app/controllers/platform/api/v1/users_controller.rb", "app/views/platform/api/v1/users/",
            "app/views/platform/api/v1/models/_user.json.jbuilder")
        .of(
        op("platform accounts create", "POST", BASE + "/accounts")
            .id("create-an-account")
            .source("app/controllers/platform/api/v1/accounts_controller.rb", "app/views/platform/api/v1/accounts/")
            .summary("Create an account (the platform app may then manage it)")
            .params(accountFields())
            .one("").columns(ACCOUNT_COLUMNS).noun("account")
            .example("inquirly platform accounts create --name 'Globex Support' --support-email help@globex.test"),
        op("platform accounts list", "GET", BASE + "/accounts")
            .id("list-platform-accounts")
            .source("app/controllers/platform/api/v1/accounts_controller.rb", "app/views/platform/api/v1/accounts/",
                "app/views/platform/api/v1/models/_account.json.jbuilder")
            .summary("List every account the platform app created or was granted (one answer, no pages)")
            .list("").columns(ACCOUNT_COLUMNS).noun("account")
            .example("inquirly platform accounts list"),
        op(ACCOUNTS_SHOW, "GET", BASE + "/accounts/{account_id}")
            .id("get-details-of-an-account")
            .source("app/controllers/platform/api/v1/accounts_controller.rb", "app/views/platform/api/v1/accounts/")
            .summary("Show an account the platform app created")
            .params(accountId())
            .one("").columns(ACCOUNT_COLUMNS).noun("account")
            .example("inquirly platform accounts show 1"),
        op(ACCOUNTS_UPDATE, "PATCH", BASE + "/accounts/{account_id}")
            .id("update-an-account")
            .source("app/controllers/platform/api/v1/accounts_controller.rb", "app/views/platform/api/v1/accounts/")
            .summary("Update an account (limits and custom attributes are replaced)")
            .params(accountId())
            .params(accountFields())
            .one("").columns(ACCOUNT_COLUMNS).noun("account")
            .example("inquirly platform accounts update 1 --name 'Acme Support EU' --limit agents:=25"),
        op("platform accounts delete", "DELETE", BASE + "/accounts/{account_id}")
            .id("delete-an-account")
            .source("app/controllers/platform/api/v1/accounts_controller.rb", "app/views/platform/api/v1/accounts/")
            .summary("Delete an account with all its data (the server finishes in the background)")
            .params(accountId())
            .noun("account")
            .status((values, answer) -> deletedLater("account", values.get("account_id")))
            .example("inquirly platform accounts delete 1 --yes"),
        op(ACCOUNT_USERS_LIST, "GET", BASE + "/accounts/{account_id}/account_users")
            .id("list-all-account-users")
            .source("app/controllers/platform/api/v1/account_users_controller.rb")
            .summary("List the users of an account and their roles")
            .params(accountId())
            .list("").columns(MEMBER_COLUMNS).noun("account user")
            .example("inquirly platform account-users list 1"),
        op(ACCOUNT_USERS_ADD, "POST", BASE + "/accounts/{account_id}/account_users")
            .id("create-an-account-user")
            .source("app/controllers/platform/api/v1/account_users_controller.rb")
            .summary("Add a user to an account, or change their role there")
            .params(accountId(),
                Param.body("user_id", "--user", "the user's id").integer().mandatory().labelled("USER_ID"),
                Param.body("role", "--role", "administrator or agent").choices("administrator", "agent").mandatory())
            .one("").columns(MEMBER_COLUMNS).noun("account user")
            .example("inquirly platform account-users add 1 --user 2 --role administrator"),
        op(ACCOUNT_USERS_REMOVE, "DELETE", BASE + "/accounts/{account_id}/account_users")
            .id("delete-an-account-user")
            .source("app/controllers/platform/api/v1/account_users_controller.rb")
            .summary("Remove a user from an account (succeeds even when the user was not a member)")
            .params(accountId(),
                Param.query("user_id", "--user", "the user's id").integer().mandatory().labelled("USER_ID"))
            .noun("membership in account")
            .status((values, answer) -> "Removed user " + values.get("user_id") + " from account "
                + values.get("account_id") + " (if they were a member).")
            .example("inquirly platform account-users remove 1 --user 2 --yes"),
        op(USERS_CREATE, "POST", BASE + "/users")
            .id("create-a-user")
            .summary("Create a user (an existing e-mail address returns that user instead)")
            .params(userFields())
            .one("").columns(USER_COLUMNS).noun("user")
            .example("inquirly platform users create --name 'Grace Admin' --email grace.admin@globex.test "
                + "--password 'Str0ng!Passw0rd'"),
        op(USERS_SHOW, "GET", BASE + "/users/{id}")
            .id("get-details-of-a-user")
            .summary("Show a user the platform app created")
            .params(userId())
            .one("").columns(USER_COLUMNS).noun("user")
            .example("inquirly platform users show 1"),
        op(USERS_UPDATE, "PATCH", BASE + "/users/{id}")
            .id("update-a-user")
            .summary("Update a user (custom attributes are merged)")
            .params(userId())
            .params(userFields())
            .one("").columns(USER_COLUMNS).noun("user")
            .example("inquirly platform users update 1 --name 'Ada Admin' --attr team=emea"),
        op("platform users delete", "DELETE", BASE + "/users/{id}")
            .id("delete-a-user")
            .summary("Delete a user (the server finishes in the background)")
            .params(userId())
            .noun("user")
            .status((values, answer) -> deletedLater("user", values.get("id")))
            .example("inquirly platform users delete 2 --yes"),
        op("platform users login-link", "GET", BASE + "/users/{id}/login")
            .id("get-sso-url-of-a-user")
            .summary("Print a one-time single sign-on URL that logs the user in (-o json: the whole answer)")
            .params(userId())
            .one("").columns("url").noun("login link").text("url")
            .example("inquirly platform users login-link 1"),
        op("platform users token", "POST", BASE + "/users/{id}/token")
            .id("get-access-token-of-a-user")
            .source("app/controllers/platform/api/v1/users_controller.rb",
                "app/views/platform/api/v1/users/token.json.jbuilder")
            .summary("Show a user's access token, to call the account API as them (the token is not changed)")
            .description("The answer holds the token (and the user's pubsub token), masked like every secret: "
                + "add --show-secrets to print it, or -o json --show-secrets --jq .access_token for a script.")
            .params(userId())
            .one("").columns("access_token", "expiry", "user.id", "user.email").noun("user")
            .status((values, answer) -> "The access token of user " + values.get("id")
                + " is in the answer (--show-secrets prints it).")
            .example("inquirly platform users token 1"),
        op(AGENT_BOTS_LIST, "GET", BASE + "/agent_bots")
            .id("list-all-agent-bots")
            .source("app/controllers/platform/api/v1/agent_bots_controller.rb",
                "app/views/platform/api/v1/agent_bots/", "app/views/platform/api/v1/models/_agent_bot.json.jbuilder")
            .summary("List the agent bots the platform app created")
            .description(BOT_VIEW_NOTE)
            .list("").columns(BOT_COLUMNS).noun("agent bot")
            .example("inquirly platform agent-bots list"),
        op("platform agent-bots create", "POST", BASE + "/agent_bots")
            .id("create-an-agent-bot")
            .source("app/controllers/platform/api/v1/agent_bots_controller.rb",
                "app/views/platform/api/v1/agent_bots/", "app/views/platform/api/v1/models/_agent_bot.json.jbuilder")
            .summary("Create an agent bot (global, or in one account with --account-id)")
            .description(BOT_VIEW_NOTE)
            .params(botFields())
            .one("").columns(BOT_COLUMNS).noun("agent bot")
            .example("inquirly platform agent-bots create --name 'Triage Bot' --url https://bots.example.com/triage"),
        op("platform agent-bots show", "GET", BASE + "/agent_bots/{id}")
            .id("get-details-of-a-single-agent-bot")
            .source("app/controllers/platform/api/v1/agent_bots_controller.rb",
                "app/views/platform/api/v1/agent_bots/", "app/views/platform/api/v1/models/_agent_bot.json.jbuilder")
            .summary("Show an agent bot the platform app created")
            .description(BOT_VIEW_NOTE)
            .params(botId())
            .one("").columns(BOT_COLUMNS).noun("agent bot")
            .example("inquirly platform agent-bots show 2"),
        op("platform agent-bots update", "PATCH", BASE + "/agent_bots/{id}")
            .id("update-an-agent-bot")
            .source("app/controllers/platform/api/v1/agent_bots_controller.rb",
                "app/views/platform/api/v1/agent_bots/", "app/views/platform/api/v1/models/_agent_bot.json.jbuilder")
            .summary("Update an agent bot")
            .description(BOT_VIEW_NOTE)
            .params(botId())
            .params(botFields())
            .one("").columns(BOT_COLUMNS).noun("agent bot")
            .example("inquirly platform agent-bots update 2 --description 'Routes new conversations'"),
        op("platform agent-bots avatar delete", "DELETE", BASE + "/agent_bots/{id}/avatar")
            .id("delete-platform-agent-bot-avatar")
            .source("app/controllers/platform/api/v1/agent_bots_controller.rb",
                "app/views/platform/api/v1/agent_bots/avatar.json.jbuilder",
                "app/views/platform/api/v1/models/_agent_bot.json.jbuilder")
            .summary("Remove an agent bot's picture (succeeds when it has none; answers the bot)")
            .description(BOT_VIEW_NOTE)
            .params(botId())
            .confirm(false)
            .one("").columns(BOT_COLUMNS).noun("agent bot")
            .status((values, answer) -> "Removed the picture of agent bot " + values.get("id") + ".")
            .example("inquirly platform agent-bots avatar delete 2"),
        op("platform agent-bots delete", "DELETE", BASE + "/agent_bots/{id}")
            .id("delete-an-agent-bot")
            .source("app/controllers/platform/api/v1/agent_bots_controller.rb",
                "app/views/platform/api/v1/agent_bots/", "app/views/platform/api/v1/models/_agent_bot.json.jbuilder")
            .summary("Delete an agent bot")
            .params(botId())
            .noun("agent bot").batch()
            .example("inquirly platform agent-bots delete 2 --yes"));
  }
}
