package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/**
 * Macros: saved lists of actions an agent runs on conversations in one go (chatwoot-4.10
 * {@code macros_controller.rb}, {@code app/models/macro.rb}, {@code macro_policy.rb}). Global macros are the
 * account's; personal ones their author's (an agent's macros are always personal).
 */
public final class MacrosApi {
  private MacrosApi() {}

  public static final OperationRef LIST = OperationRef.of("macros list");
  public static final OperationRef CREATE = OperationRef.of("macros create");
  public static final OperationRef UPDATE = OperationRef.of("macros update");
  public static final OperationRef DELETE = OperationRef.of("macros delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/macros";
  static final String[] COLUMNS = {"id", "name", "visibility", "created_by.name"};
  /** Macro::ACTIONS_ATTRS of chatwoot-4.10 app/models/macro.rb. */
  public static final String[] ACTIONS = {"send_message", "add_label", "assign_team", "assign_agent",
      "mute_conversation", "change_status", "remove_label", "remove_assigned_team", "resolve_conversation",
      "snooze_conversation", "change_priority", "send_email_transcript", "send_attachment", "add_private_note",
      "send_webhook_event"};

  static Param id() {
    return Param.path("id", "ID", "the macro's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("visibility", "--visibility", "global (the account's; administrators) or personal (yours)")
          .choices("global", "personal"),
      Param.body("actions", "--actions", "JSON list of {action_name, action_params}; action names: "
          + String.join(", ", ACTIONS)).type(Type.JSON).labelled("JSON"),
      Param.local("file", "--file", "read the macro (name, visibility, actions) from a YAML or JSON file; flags win "
          + "over it").labelled("FILE"),
    };
  }

  public static Group group() {
    return Group.named("macros").noun("macro")
        .source("config/routes.rb", "app/controllers/api/v1/accounts/macros_controller.rb",
            "app/views/api/v1/accounts/macros/", "app/models/macro.rb", "app/policies/macro_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("macroList")
            .summary("List the account's global macros and your personal ones")
            .list("payload").columns(COLUMNS)
            .example("inquirly macros list"),
        op("macros show", "GET", BASE + "/{id}")
            .id("macroShow")
            .summary("Show one macro with its actions")
            .params(id())
            .one("payload").columns(COLUMNS)
            .example("inquirly macros show 1"),
        op(CREATE, "POST", BASE)
            .id("macroCreate")
            .summary("Create a macro (an agent's macro is always personal)")
            .params(Param.body("name", "--name", "the macro's name"))
            .params(fields())
            .computed(Admin.bodyFile("file"))
            .one("payload").columns(COLUMNS)
            .example("inquirly macros create --name 'Close as billing' --visibility global "
                + "--actions '[{\"action_name\":\"add_label\",\"action_params\":[\"billing\"]},"
                + "{\"action_name\":\"resolve_conversation\"}]'"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("macroUpdate")
            .summary("Change a macro (its author, or an administrator for a global one; actions are replaced)")
            .params(id(), Param.body("name", "--name", "new name"))
            .params(fields())
            .computed(Admin.bodyFile("file"))
            .one("payload").columns(COLUMNS)
            .example("inquirly macros update 1 --name 'Escalate to urgent'"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .id("macroDelete")
            .summary("Delete macros (their author's, or an administrator's for a global one nobody owns)")
            .params(id())
            .batch()
            .example("inquirly macros delete 1 --yes"),
        op("macros execute", "POST", BASE + "/{id}/execute")
            .id("macroExecute")
            .summary("Run a macro's actions on conversations (in the background)")
            .description("The conversations are given by id with --conversation (repeatable), or as a selection "
                + "(--where, --label, --status, --inbox, --all-matching: every matching id is read first, then "
                + "sent in one request after one confirmation). The server answers at once and applies the actions "
                + "in the background, each as you.")
            .params(id(),
                Param.body("conversation_ids", "--conversation", "a conversation id (repeatable)").type(Type.LIST)
                    .mandatory().labelled("ID")
                    .convert(v -> ConversationExtrasApi.number(v, "conversation id", "give conversation ids"))
                    .selecting("conversations"))
            .none()
            .status((values, answer) -> "Macro " + values.get("id") + " is running on "
                + ((java.util.List<?>) values.get("conversation_ids")).size() + " conversation(s).")
            .example("inquirly macros execute 1 --conversation 1 --conversation 3"));
  }
}
