package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.inquirly.api.Param.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conversations: list, count, filter, create, and the per-conversation verbs (status, priority, assign,
 * labels, attributes, typing). Ids are the account's conversation display ids. Per-id mutations take several
 * ids (or {@code --ids -}); their other inputs are options so that the ids stay the only arguments.
 */
public final class ConversationsApi {
  private ConversationsApi() {}

  public static final OperationRef LIST = OperationRef.of("conversations list");
  public static final OperationRef FILTER = OperationRef.of("conversations filter");
  public static final OperationRef BULK = OperationRef.of("conversations bulk");

  static final String BASE = "/api/v1/accounts/{account_id}/conversations";
  static final String ONE = BASE + "/{conversation_id}";
  static final String[] COLUMNS = {"id", "status", "priority", "inbox_id", "meta.sender.name", "meta.assignee.name",
      "meta.team.name", "labels", "last_activity_at"};
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Param conversationId() {
    return Param.path("conversation_id", "ID", "the conversation's id (its display id in the account)");
  }

  /** The filters the list and the counts share. */
  static Param[] scope() {
    return new Param[] {
      Param.query("status", "--status", "conversations with this status (default open)")
          .choices("open", "resolved", "pending", "snoozed", "all"),
      Param.query("inbox_id", "--inbox", "only this inbox").integer().labelled("ID"),
      Param.query("team_id", "--team", "only this team").integer().labelled("ID"),
      Param.query("labels", "--label", "only conversations with this label (repeatable or comma-separated: any of "
          + "them)").type(Type.LIST).labelled("LABEL"),
      Param.query("q", "-q", "only conversations with a message containing this text (ignores --status)")
          .labelled("TEXT"),
    };
  }

  public static Group group() {
    return Group.named("conversations")
        .source("app/controllers/api/v1/accounts/conversations_controller.rb",
            "app/views/api/v1/accounts/conversations/", "app/controllers/concerns/access_token_auth_helper.rb")
        .of(ConversationExtrasApi.conversations(
        op(LIST, "GET", BASE)
            .id("conversationList")
            .source("app/controllers/api/v1/accounts/conversations_controller.rb",
                "app/views/api/v1/accounts/conversations/", "app/finders/conversation_finder.rb")
            .summary("List conversations (25 per page, most recent activity first)")
            .params(Param.query("assignee_type", "--assignee", "whose conversations (default all)")
                .choices("me", "unassigned", "assigned", "all").labelled("WHO"))
            .params(scope())
            .list("data.payload").paged().columns(COLUMNS).noun("conversation")
            .example("inquirly conversations list --status open --assignee unassigned"),
        op("conversations counts", "GET", BASE + "/meta")
            .id("conversationListMeta")
            .source("app/controllers/api/v1/accounts/conversations_controller.rb",
                "app/views/api/v1/accounts/conversations/", "app/finders/conversation_finder.rb")
            .summary("Count conversations: mine, assigned, unassigned and all")
            .params(scope())
            .one("meta").columns("mine_count", "assigned_count", "unassigned_count", "all_count")
            .noun("count")
            .example("inquirly conversations counts --status all"),
        op(FILTER, "POST", BASE + "/filter")
            .id("conversationFilter")
            .source("app/controllers/api/v1/accounts/conversations_controller.rb",
                "app/views/api/v1/accounts/conversations/", "app/services/conversations/filter_service.rb",
                "app/helpers/filters/filter_helper.rb")
            .summary("Filter conversations by attributes (25 per page)")
            .description("Each --where is KEY OPERATOR VALUE. Keys: status, assignee_id, inbox_id, team_id, priority, "
                + "display_id, campaign_id, labels, browser_language, conversation_language, country_code, referer, "
                + "created_at, last_activity_at, mail_subject, or a conversation custom attribute. Ids and enums take "
                + "several values separated by commas (status equal_to open,pending); status equal_to all matches "
                + "every status. Operators as for contacts filter. Conditions are joined with AND (or OR with --any).")
            .params(
                Param.local("where", "--where", "a condition KEY OPERATOR VALUE (repeatable)").type(Type.LIST)
                    .labelled("COND"),
                Param.flag("any", "--any", "match any condition instead of all"))
            .computed(ContactsApi.filterPayload()).reads()
            .list("payload").paged().columns(COLUMNS).noun("conversation")
            .example("inquirly conversations filter --where 'status equal_to open,pending' --where 'labels equal_to vip'"),
        op("conversations create", "POST", BASE)
            .id("newConversation")
            .source("app/controllers/api/v1/accounts/conversations_controller.rb",
                "app/views/api/v1/accounts/conversations/", "app/builders/conversation_builder.rb",
                "app/controllers/concerns/access_token_auth_helper.rb")
            .summary("Start a conversation with a contact in an inbox, optionally with a first message")
            .params(
                Param.body("inbox_id", "--inbox", "the inbox").integer().labelled("ID"),
                Param.body("contact_id", "--contact", "the contact").integer().labelled("ID"),
                Param.body("source_id", "--source-id", "the contact inbox's source id (instead of --inbox and "
                    + "--contact)").labelled("ID"),
                Param.body("message.content", "--message", "the first message (sent as you, outgoing)")
                    .labelled("TEXT"),
                Param.body("status", "--status", "initial status (default open)")
                    .choices("open", "resolved", "pending", "snoozed"),
                Param.body("assignee_id", "--agent", "assign to this agent").integer().labelled("ID"),
                Param.body("team_id", "--team", "assign to this team").integer().labelled("ID"),
                Param.body("custom_attributes", "--attr", "a custom attribute (repeatable; key:=json for typed "
                    + "values)").type(Type.MAP),
                Param.body("additional_attributes", "--additional", "an additional attribute (repeatable)")
                    .type(Type.MAP))
            .prepare(ConversationsApi::requireTarget)
            .one("").columns(COLUMNS).noun("conversation")
            .example("inquirly conversations create --inbox 1 --contact 3 --message 'Your demo is booked for Tuesday.'"),
        op("conversations show", "GET", ONE)
            .id("get-details-of-a-conversation")
            .summary("Show one conversation")
            .params(conversationId())
            .one("").noun("conversation")
            .example("inquirly conversations show 1"),
        op("conversations update", "PATCH", ONE)
            .id("update-conversation")
            .summary("Update a conversation's priority or SLA policy")
            .params(conversationId(),
                Param.body("priority", "--priority", "the priority; none clears it")
                    .choices("low", "medium", "high", "urgent", "none").convert(ConversationsApi::priority),
                Param.body("sla_policy_id", "--sla-policy", "SLA policy (enterprise)").integer().labelled("ID"))
            .one("").columns(COLUMNS).noun("conversation")
            .example("inquirly conversations update 1 --priority urgent"),
        op("conversations delete", "DELETE", ONE)
            .id("conversationDelete")
            .summary("Delete conversations (administrators; the server deletes them in the background)")
            .params(conversationId())
            .noun("conversation").batch()
            .example("inquirly conversations delete 6 --yes"),
        op("conversations status", "POST", ONE + "/toggle_status")
            .id("toggle-status-of-a-conversation")
            .summary("Set conversations' status (without --to: open ↔ resolved)")
            .params(conversationId(),
                Param.body("status", "--to", "the new status").choices("open", "resolved", "pending", "snoozed")
                    .labelled("STATUS"),
                Param.body("snoozed_until", "--until", "snooze until: a span from now (2h, 3d, 1w) or a date "
                    + "(2026-12-01, UTC); implies --to snoozed").labelled("WHEN")
                    .convert(Spans.aheadConverter("--until")))
            .prepare(ConversationsApi::snooze)
            .one("payload").columns("conversation_id", "current_status", "snoozed_until").noun("conversation")
            .batch()
            .example("inquirly conversations status 1 3 --to resolved"),
        op("conversations priority", "POST", ONE + "/toggle_priority")
            .id("toggle-priority-of-a-conversation")
            .summary("Set conversations' priority (none clears it)")
            .params(conversationId(),
                Param.body("priority", "--to", "the priority").mandatory()
                    .choices("low", "medium", "high", "urgent", "none").labelled("PRIORITY")
                    .convert(ConversationsApi::priority))
            .handler(new ShowAfterChange())
            .one("").columns("id", "status", "priority").noun("conversation").batch()
            .example("inquirly conversations priority 1 3 --to urgent"),
        op("conversations assign", "POST", ONE + "/assignments")
            .id("assign-a-conversation")
            .source("app/controllers/api/v1/accounts/conversations/assignments_controller.rb",
                "app/controllers/concerns/access_token_auth_helper.rb")
            .summary("Assign conversations to an agent and/or a team (none unassigns)")
            .description("--agent takes an agent id, 'me' (you, from your profile) or an agent's e-mail (looked up "
                + "in the agents list); --team takes a team id. With both, the team is set first, then the agent.")
            .params(conversationId(),
                Param.local("agent", "--agent", "agent id, me, e-mail, or none").labelled("AGENT"),
                Param.local("team", "--team", "team id, or none").labelled("TEAM"))
            .handler(new Assignment())
            .one("").columns("conversation_id", "assignee_id", "assignee", "team_id", "team").noun("conversation")
            .batch()
            .example("inquirly conversations assign 1 3 --agent me --team 1"),
        op("conversations labels list", "GET", ONE + "/labels")
            .id("list-all-labels-of-a-conversation")
            .source("app/controllers/api/v1/accounts/conversations/labels_controller.rb",
                "app/views/api/v1/accounts/conversations/labels/")
            .summary("List a conversation's labels")
            .params(conversationId())
            .list("payload").columns("label").noun("label")
            .example("inquirly conversations labels list 1"),
        op("conversations labels set", "POST", ONE + "/labels")
            .id("conversation-add-labels")
            .source("app/controllers/api/v1/accounts/conversations/labels_controller.rb",
                "app/views/api/v1/accounts/conversations/labels/")
            .summary("Replace conversations' labels with exactly these (none given: clear them)")
            .params(conversationId(), labels(false))
            .prepare(ConversationsApi::labelsOrEmpty)
            .list("payload").columns("label").noun("label").batch()
            .example("inquirly conversations labels set 1 --label billing --label vip"),
        op("conversations labels add", "POST", ONE + "/labels")
            .id("conversation-add-labels")
            .source("app/controllers/api/v1/accounts/conversations/labels_controller.rb",
                "app/views/api/v1/accounts/conversations/labels/")
            .summary("Add labels to conversations, keeping the ones they have")
            .params(conversationId(), labels(true))
            .handler(call -> changeLabels(call, true))
            .list("payload").columns("label").noun("label").batch()
            .example("inquirly conversations labels add 1 3 --label urgent"),
        op("conversations labels remove", "POST", ONE + "/labels")
            .id("conversation-add-labels")
            .source("app/controllers/api/v1/accounts/conversations/labels_controller.rb",
                "app/views/api/v1/accounts/conversations/labels/")
            .summary("Remove labels from conversations, keeping the others")
            .params(conversationId(), labels(true))
            .handler(call -> changeLabels(call, false))
            .list("payload").columns("label").noun("label").batch()
            .example("inquirly conversations labels remove 1 --label vip"),
        op("conversations attributes", "POST", ONE + "/custom_attributes")
            .id("update-custom-attributes-of-a-conversation")
            .summary("Set custom attributes of conversations (merged into the current ones unless --replace)")
            .description("The server replaces the whole custom_attributes object, so this command reads the current "
                + "attributes first and sends them merged with --attr and without --unset; --replace sends only "
                + "--attr. An agent-bot token may set the attributes but not read the conversation: use --replace.")
            .params(conversationId(),
                Param.body("custom_attributes", "--attr", "an attribute (repeatable; key:=json for typed values)")
                    .type(Type.MAP),
                Param.local("unset", "--unset", "remove this attribute (repeatable)").type(Type.LIST)
                    .labelled("KEY"),
                Param.flag("replace", "--replace", "send only --attr, dropping every other attribute"))
            .handler(new AttributeMerge())
            .one("custom_attributes").noun("conversation").batch()
            .example("inquirly conversations attributes 1 --attr order_id=A-1002 --attr refund:=true"),
        op(BULK, "POST", BulkActions.PATH)
            .id("conversationBulkActions")
            .source(BulkActions.SOURCE)
            .summary("Change many conversations at once: status, assignee, team, snooze, labels (a server job)")
            .description("The server answers at once and changes the conversations in a background job, so the "
                + "answer does not say whether it worked: read them back (conversations filter --where "
                + "'display_id equal_to 1,2'). Per-conversation verbs given a selection (--where, --label, --status, "
                + "--inbox, --all-matching) use this and check the result themselves.")
            .params(
                Param.local("ids", null, "conversation display ids").type(Type.LIST).mandatory().labelled("ID"),
                Param.body("fields.status", "--status", "the new status").choices("open", "resolved", "pending",
                    "snoozed"),
                Param.body("fields.assignee_id", "--agent", "assign to this agent").integer().labelled("ID"),
                Param.body("fields.team_id", "--team", "assign to this team").integer().labelled("ID"),
                Param.body("snoozed_until", "--until", "snooze until: a span from now (2h, 3d) or a date (UTC)")
                    .labelled("WHEN").convert(Spans.aheadConverter("--until")),
                Param.body("labels.add", "--add-label", "add this label (repeatable)").type(Type.LIST)
                    .labelled("LABEL"),
                Param.body("labels.remove", "--remove-label", "remove this label (repeatable)").type(Type.LIST)
                    .labelled("LABEL"))
            .computed(Computed.constant("type", "Conversation"), BulkActions.ids())
            .prepare(values -> BulkActions.requireChange(values, "--status, --agent, --team, --until, --add-label "
                + "or --remove-label"))
            .none().noun("conversation").status(BulkActions::queued)
            .example("inquirly conversations bulk 1 2 --add-label billing --status pending"),
        op("conversations typing", "POST", ONE + "/toggle_typing_status")
            .id("toggle-typing-status-of-a-conversation")
            .summary("Show or hide your typing indicator in a conversation")
            .params(conversationId(),
                Param.body("typing_status", null, "on or off").mandatory().choices("on", "off").labelled("on|off"),
                Param.body("is_private", "--private", "typing a private note").type(Type.BOOLEAN))
            .none().noun("conversation")
            .example("inquirly conversations typing 1 on"),
        op("conversations events", "GET", ONE + "/reporting_events")
            .id("get-conversation-reporting-events")
            .source("config/routes.rb",
                "enterprise/app/controllers/api/v1/accounts/conversations/reporting_events_controller.rb")
            .summary("List a conversation's reporting events (Inquirly Enterprise servers)")
            .params(conversationId())
            .handler(EnterpriseOnly::conversationEvents).enterprise("reporting events")
            .list("").columns("id", "name", "value", "user_id", "event_start_time", "event_end_time")
            .noun("reporting event")
            .example("inquirly conversations events 1")));
  }

  static Param labels(boolean required) {
    Param p = Param.body("labels", "--label", "a label (repeatable)").type(Type.LIST).labelled("LABEL");
    return required ? p.mandatory() : p;
  }

  /** none → JSON null: the server clears priority with null (NOTES §7.7; "none" is not an enum value). */
  static Object priority(String value) {
    return value.equals("none") ? NODES.nullNode() : value;
  }

  static Map<String, Object> requireTarget(Map<String, Object> values) {
    boolean pair = values.get("inbox_id") != null && values.get("contact_id") != null;
    if (!pair && values.get("source_id") == null && values.get("inbox_id") != null ^ values.get("contact_id") != null) {
      throw new InvalidInput("--inbox and --contact go together", "give both, or --source-id of a contact inbox");
    }
    return values;
  }

  /** --until without --to means snoozing. */
  static Map<String, Object> snooze(Map<String, Object> values) {
    if (values.get("snoozed_until") != null) {
      Object status = values.get("status");
      if (status == null) {
        values.put("status", "snoozed");
      } else if (!status.equals("snoozed")) {
        throw new InvalidInput("--until only goes with --to snoozed", "drop --until, or use --to snoozed");
      }
    }
    return values;
  }

  static Map<String, Object> labelsOrEmpty(Map<String, Object> values) {
    if (values.get("labels") == null) {
      values.put("labels", List.of());
    }
    return values;
  }

  /** The server replaces the whole label list, so add and remove read it first (see LabelSets). */
  static JsonNode changeLabels(Call call, boolean add) {
    return LabelSets.change(call, ONE + "/labels", add);
  }
}
