package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** Integrations: the available apps and the account's hooks into them. */
public final class IntegrationsApi {
  private IntegrationsApi() {}

  static final String BASE = Admin.ACCOUNT + "/integrations";
  static final String[] HOOK_COLUMNS = {"id", "app_id", "inbox_id", "status"};

  static Param[] fields() {
    return new Param[] {
      Param.body("status", "--status", "1 enabled, 0 disabled").integer().choices("0", "1").labelled("N")
          .convert(Long::valueOf),
      Param.body("settings", "--setting", "an app setting (repeatable; key:=json for typed values)")
          .type(Type.MAP),
    };
  }

  public static Group group() {
    return Group.named("integrations")
        .source("app/controllers/api/v1/accounts/integrations/hooks_controller.rb",
            "app/views/api/v1/accounts/integrations/hooks/", "app/policies/hook_policy.rb")
        .of(
        op("integrations apps list", "GET", BASE + "/apps")
            .id("get-details-of-all-integrations")
            .source("app/controllers/api/v1/accounts/integrations/apps_controller.rb",
                "app/views/api/v1/accounts/integrations/apps/")
            .summary("List the integration apps and whether they are enabled")
            .list("payload").columns("id", "name", "enabled", "allow_multiple_hooks").noun("app")
            .example("inquirly integrations apps list"),
        op("integrations apps show", "GET", BASE + "/apps/{app_identifier}")
            .source("app/controllers/api/v1/accounts/integrations/apps_controller.rb",
                "app/views/api/v1/accounts/integrations/apps/show.json.jbuilder",
                "app/views/api/v1/models/_app.json.jbuilder")
            .summary("Show one integration app with the account's hooks into it")
            .description("The app's id is its name, e.g. dialogflow or slack ('integrations apps list'). The server"
                + " answers an unknown id with a 500 (its view fails on the missing app), not a 404.")
            .params(Param.pathText("app_identifier", "APP", "the app's id, e.g. dialogflow"))
            .one("").columns("id", "name", "enabled", "allow_multiple_hooks").noun("app")
            .example("inquirly integrations apps show dialogflow"),
        op("integrations hooks create", "POST", BASE + "/hooks")
            .id("create-an-integration-hook")
            .summary("Connect an app (administrators)")
            .params(
                // the app ids are names such as "dialogflow" (see 'apps list'), although the spec types app_id integer
                Param.body("app_id", "--app", "the app's id from 'integrations apps list', e.g. dialogflow")
                    .mandatory().labelled("APP"),
                Param.body("inbox_id", "--inbox", "the inbox, for apps connected per inbox").integer()
                    .labelled("ID"))
            .params(fields())
            .one("").columns(HOOK_COLUMNS).noun("hook")
            .example("inquirly integrations hooks create --app dialogflow --inbox 1 --setting project_id=acme-bot"),
        op("integrations hooks update", "PATCH", BASE + "/hooks/{hook_id}")
            .id("update-an-integrations-hook")
            .summary("Change a hook's status or settings (administrators)")
            .params(Param.path("hook_id", "ID", "the hook's id"))
            .params(fields())
            .one("").columns(HOOK_COLUMNS).noun("hook")
            .example("inquirly integrations hooks update 1 --status 0"),
        op("integrations hooks delete", "DELETE", BASE + "/hooks/{hook_id}")
            .id("delete-an-integration-hook")
            .summary("Disconnect hooks (administrators)")
            .params(Param.path("hook_id", "ID", "the hook's id"))
            .noun("hook").batch()
            .example("inquirly integrations hooks delete 1 --yes"));
  }
}
