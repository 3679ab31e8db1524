package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;
import java.util.Map;

/** Inboxes: the channels conversations arrive through, their agents and their agent bot. */
public final class InboxesApi {
  /** Inbox sender_name_type values (also what apply checks files against). */
  public static final java.util.List<String> SENDER_NAME_TYPES = java.util.List.of("friendly", "professional");
  private InboxesApi() {}

  public static final OperationRef AGENT_BOT_SET = OperationRef.of("inboxes agent-bot set");
  public static final OperationRef AGENT_BOT_SHOW = OperationRef.of("inboxes agent-bot show");
  public static final OperationRef CREATE = OperationRef.of("inboxes create");
  public static final OperationRef LIST = OperationRef.of("inboxes list");
  public static final OperationRef MEMBERS_ADD = OperationRef.of("inboxes members add");
  public static final OperationRef MEMBERS_LIST = OperationRef.of("inboxes members list");
  public static final OperationRef MEMBERS_REMOVE = OperationRef.of("inboxes members remove");
  public static final OperationRef MEMBERS_UPDATE = OperationRef.of("inboxes members update");
  public static final OperationRef UPDATE = OperationRef.of("inboxes update");
  public static final OperationRef WORKING_HOURS = OperationRef.of("inboxes working-hours show");
  public static final OperationRef WORKING_HOURS_SET = OperationRef.of("inboxes working-hours set");
  public static final OperationRef POLICY_SET = OperationRef.of("inboxes assignment-policy set");
  public static final OperationRef POLICY_CLEAR = OperationRef.of("inboxes assignment-policy clear");

  static final String BASE = "/api/v1/accounts/{account_id}/inboxes";
  static final String MEMBERS = "/api/v1/accounts/{account_id}/inbox_members";
  static final String[] COLUMNS = {"id", "name", "channel_type", "inbox_identifier"};

  static Param inboxId() {
    return Param.path("id", "ID", "the inbox's id");
  }

  /** Settings create and update share. */
  static Param[] settings() {
    return new Param[] {
      Param.body("name", "--name", "the inbox's name"),
      Param.body("greeting_enabled", "--greeting", "send a greeting to new conversations").type(Type.BOOLEAN),
      Param.body("greeting_message", "--greeting-message", "the greeting").labelled("TEXT"),
      Param.body("enable_email_collect", "--email-collect", "ask visitors for their e-mail").type(Type.BOOLEAN),
      Param.body("csat_survey_enabled", "--csat", "send a satisfaction survey on resolve").type(Type.BOOLEAN),
      Param.body("portal_id", "--portal", "link a help center portal (its numeric id, 'help-center portals list')")
          .integer().labelled("ID"),
      Param.body("enable_auto_assignment", "--auto-assign", "assign new conversations to agents automatically")
          .type(Type.BOOLEAN),
      Param.body("working_hours_enabled", "--working-hours", "use working hours").type(Type.BOOLEAN),
      Param.body("out_of_office_message", "--out-of-office", "message outside working hours").labelled("TEXT"),
      Param.body("timezone", "--timezone", "time zone of the working hours, e.g. Europe/Berlin").labelled("TZ"),
      Param.body("allow_messages_after_resolved", "--allow-after-resolved",
          "let contacts write to resolved conversations").type(Type.BOOLEAN),
      Param.body("lock_to_single_conversation", "--single-conversation",
          "one conversation per contact").type(Type.BOOLEAN),
      Param.body("sender_name_type", "--sender-name", "friendly or professional")
          .choices(SENDER_NAME_TYPES.toArray(String[]::new))
          .labelled("TYPE"),
      Param.body("business_name", "--business-name", "business name shown with professional sender names")
          .labelled("NAME"),
      Param.body("channel.webhook_url", "--webhook-url", "API channel: URL that receives the inbox's events")
          .labelled("URL"),
      Param.body("channel.website_url", "--website-url", "website channel: the site the widget runs on")
          .labelled("URL"),
      Param.body("channel.widget_color", "--widget-color", "website channel: widget colour, e.g. #1F93FF")
          .labelled("COLOR"),
      Param.body("channel.welcome_title", "--welcome-title", "website channel: widget title").labelled("TEXT"),
      Param.body("channel.welcome_tagline", "--welcome-tagline", "website channel: widget tagline")
          .labelled("TEXT"),
    };
  }

  /** --channel api|website → channel.type api|web_widget. */
  static Object channelType(String text) {
    return switch (text) {
      case "api" -> "api";
      case "website", "web_widget" -> "web_widget";
      default -> throw new InvalidInput("unsupported --channel '" + text + "'",
          "use api or website; other channels (e-mail, WhatsApp, ...) are set up in the web app");
    };
  }

  static Map<String, Object> requireWebsiteUrl(Map<String, Object> values) {
    if ("web_widget".equals(values.get("channel.type")) && values.get("channel.website_url") == null) {
      throw new InvalidInput("a website inbox needs --website-url", "e.g. --website-url https://www.example.com");
    }
    return values;
  }

  public static Group group() {
    return Group.named("inboxes")
        .source("app/controllers/api/v1/accounts/inboxes_controller.rb", "app/views/api/v1/accounts/inboxes/",
            "app/policies/inbox_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("listAllInboxes")
            .summary("List the account's inboxes (agents see the ones they belong to)")
            .list("payload").columns(COLUMNS).noun("inbox")
            .example("inquirly inboxes list"),
        op("inboxes show", "GET", BASE + "/{id}")
            .id("GetInbox")
            .summary("Show one inbox")
            .params(inboxId())
            .one("").noun("inbox")
            .example("inquirly inboxes show 1"),
        op(CREATE, "POST", BASE)
            .id("inboxCreation")
            .summary("Create an API or website inbox (administrators)")
            .params(
                Param.body("channel.type", "--channel", "api, or website for the live-chat widget")
                    .mandatory().labelled("KIND").convert(InboxesApi::channelType))
            .params(settings())
            .prepare(InboxesApi::requireWebsiteUrl)
            .one("").columns(COLUMNS).noun("inbox")
            .example("inquirly inboxes create --name Support --channel api --webhook-url https://example.com/hook"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("updateInbox")
            .summary("Change an inbox's settings (administrators)")
            .params(inboxId())
            .params(settings())
            .one("").columns(COLUMNS).noun("inbox")
            .example("inquirly inboxes update 1 --name 'API Support' --auto-assign false"),
        op("inboxes delete", "DELETE", BASE + "/{id}")
            .id("deleteInbox")
            .summary("Delete inboxes with their conversations (administrators; the server deletes in the background)")
            .description("The server answers at once and deletes the inbox, its conversations and messages in a "
                + "background job (chatwoot-4.10/app/controllers/api/v1/accounts/inboxes_controller.rb#destroy, "
                + "DeleteObjectJob); its message is printed on stderr.")
            .params(inboxId())
            .status((values, answer) -> answer.path("message").isTextual()
                ? "Inbox " + values.get("id") + ": " + answer.path("message").asText()
                : "Deleted inbox " + values.get("id") + ".")
            .noun("inbox").batch()
            .example("inquirly inboxes delete 3 --yes"),
        op(AGENT_BOT_SHOW, "GET", BASE + "/{id}/agent_bot")
            .id("getInboxAgentBot")
            .summary("Show the agent bot that answers an inbox (empty when none)")
            .params(inboxId())
            .one("agent_bot").columns("id", "name", "outgoing_url").noun("agent bot")
            .example("inquirly inboxes agent-bot show 1"),
        op(AGENT_BOT_SET, "POST", BASE + "/{id}/set_agent_bot")
            .id("updateAgentBot")
            .summary("Let an agent bot answer an inbox (administrators)")
            .params(inboxId(),
                Param.body("agent_bot", null, "the agent bot's id").integer().mandatory().labelled("BOT_ID"))
            .none().noun("inbox")
            .example("inquirly inboxes agent-bot set 1 1"),
        op("inboxes agent-bot clear", "POST", BASE + "/{id}/set_agent_bot")
            .id("updateAgentBot")
            .summary("Remove the agent bot from an inbox (administrators)")
            .params(inboxId())
            .computed(Computed.constant("agent_bot", com.fasterxml.jackson.databind.node.NullNode.getInstance()))
            .none().noun("inbox")
            .example("inquirly inboxes agent-bot clear 1"),
        op(MEMBERS_LIST, "GET", MEMBERS + "/{inbox_id}")
            .id("get-inbox-members")
            .source("app/controllers/api/v1/accounts/inbox_members_controller.rb",
                "app/views/api/v1/accounts/inbox_members/")
            .summary("List the agents of an inbox")
            .params(Param.path("inbox_id", "INBOX_ID", "the inbox's id"))
            .list("payload").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly inboxes members list 1"),
        op(MEMBERS_ADD, "POST", MEMBERS)
            .id("add-new-agent-to-inbox")
            .source("app/controllers/api/v1/accounts/inbox_members_controller.rb",
                "app/views/api/v1/accounts/inbox_members/")
            .summary("Add agents to an inbox (administrators)")
            .params(inboxBody(false), users())
            .computed(Admin.userIds("users", "--user"))
            .list("payload").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly inboxes members add 1 --user 1"),
        op(MEMBERS_UPDATE, "PATCH", MEMBERS)
            .id("update-agents-in-inbox")
            .source("app/controllers/api/v1/accounts/inbox_members_controller.rb",
                "app/views/api/v1/accounts/inbox_members/")
            .summary("Replace an inbox's agents with exactly these (administrators)")
            .params(inboxBody(true), users())
            .computed(Admin.userIds("users", "--user"))
            .list("payload").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly inboxes members update 1 --user 1,2"),
        op(MEMBERS_REMOVE, "DELETE", MEMBERS)
            .id("delete-agent-in-inbox")
            .source("app/controllers/api/v1/accounts/inbox_members_controller.rb",
                "app/views/api/v1/accounts/inbox_members/")
            .summary("Remove agents from an inbox (administrators)")
            .params(inboxBody(true), users())
            .computed(Admin.userIds("users", "--user"))
            .none().noun("inbox member")
            .example("inquirly inboxes members remove 1 --user 2 --yes"),
        op("inboxes assignable-agents", "GET", BASE + "/{id}/assignable_agents")
            .source("app/views/api/v1/accounts/inboxes/assignable_agents.json.jbuilder", "app/models/inbox.rb")
            .summary("List who conversations of an inbox can be assigned to (its agents and every administrator)")
            .params(inboxId())
            .list("payload").columns(Admin.MEMBER_COLUMNS).noun("agent")
            .example("inquirly inboxes assignable-agents 1"),
        op("inboxes avatar delete", "DELETE", BASE + "/{id}/avatar")
            .summary("Remove an inbox's picture (administrators)")
            .params(inboxId())
            .confirm(false)
            .none().noun("inbox")
            .status((values, answer) -> "Removed the picture of inbox " + values.get("id") + ".")
            .example("inquirly inboxes avatar delete 1"),
        op("inboxes templates sync", "POST", BASE + "/{id}/sync_templates")
            .source("app/controllers/api/v1/accounts/inboxes_controller.rb",
                "app/policies/inbox_policy.rb")
            .summary("Fetch a WhatsApp inbox's message templates from the provider again (administrators)")
            .description("WhatsApp inboxes only (Cloud API or Twilio WhatsApp): the server starts the sync in a"
                + " background job and answers at once; 'inboxes show ID -o json --jq .message_templates' shows the"
                + " templates afterwards. Any other inbox answers 422 \"Template sync is only available for"
                + " WhatsApp channels\" (exit 2).")
            .params(inboxId())
            .one("").text("message").noun("inbox")
            .example("inquirly inboxes templates sync 4"),
        op("inboxes health", "GET", BASE + "/{id}/health")
            .source("app/controllers/api/v1/accounts/inboxes_controller.rb",
                "app/services/whatsapp/health_service.rb")
            .summary("Show a WhatsApp Cloud inbox's phone number health as Meta reports it")
            .description("WhatsApp Cloud API inboxes only (quality rating, messaging limit tier, name status, ...,"
                + " from Meta's Graph API through the server). Any other inbox answers 400 \"Health data only"
                + " available for WhatsApp Cloud API channels\", a failing provider call 422 (both exit 2).")
            .params(inboxId())
            .one("").noun("inbox health")
            .example("inquirly inboxes health 4"),
        op("inboxes csat-template show", "GET", BASE + "/{id}/csat_template")
            .source("app/controllers/api/v1/accounts/inbox_csat_templates_controller.rb",
                "app/services/csat_template_management_service.rb")
            .summary("Show whether a WhatsApp inbox has its CSAT survey template, with its name and status")
            .description("WhatsApp inboxes send the satisfaction survey as an approved message template. The"
                + " answer is template_exists false, or the template's name, id and approval status at Meta."
                + " Other inboxes answer 400 (exit 2).")
            .params(inboxId())
            .one("").noun("CSAT template")
            .example("inquirly inboxes csat-template show 4"),
        op("inboxes csat-template create", "POST", BASE + "/{id}/csat_template")
            .source("app/controllers/api/v1/accounts/inbox_csat_templates_controller.rb",
                "app/services/csat_template_management_service.rb", "app/services/csat_template_name_service.rb",
                "app/services/whatsapp/csat_template_service.rb")
            .summary("Submit a WhatsApp inbox's CSAT survey template for approval (replaces the previous one)")
            .description("Sends template[message, button_text, language]; the server deletes the inbox's previous"
                + " CSAT template at Meta, submits customer_satisfaction_survey_INBOX (then _1, _2, ...) with a"
                + " button linking to the survey, and answers 201 with the template, status PENDING until Meta"
                + " approves it. Other inboxes answer 400 (exit 2).")
            .params(inboxId(),
                Param.body("template.message", "--message", "the survey message").mandatory().labelled("TEXT"),
                Param.body("template.button_text", "--button", "the survey button's text (server default: Please"
                    + " rate us)").labelled("TEXT"),
                Param.body("template.language", "--language", "the template's language code (server default: en)")
                    .labelled("CODE"))
            .one("template").noun("CSAT template")
            .example("inquirly inboxes csat-template create 4 --message 'How did we do?' --button 'Rate us'"),
        op("inboxes campaigns", "GET", BASE + "/{id}/campaigns")
            .source("app/views/api/v1/accounts/inboxes/campaigns.json.jbuilder",
                "app/views/api/v1/models/_campaign.json.jbuilder")
            .summary("List the campaigns of an inbox (administrators)")
            .params(inboxId())
            .list("").columns(CampaignsApi.COLUMNS).noun("campaign")
            .example("inquirly inboxes campaigns 3"),
        op(WORKING_HOURS, "GET", BASE + "/{id}")
            .source("app/models/concerns/out_of_offisable.rb", "app/views/api/v1/models/_inbox.json.jbuilder")
            .summary("Show an inbox's weekly working hours (day 0 is Sunday)")
            .params(inboxId())
            .list("working_hours").columns(WorkingHours.COLUMNS).noun("working day")
            .example("inquirly inboxes working-hours show 1"),
        op(WORKING_HOURS_SET, "PATCH", BASE + "/{id}")
            .source("app/models/concerns/out_of_offisable.rb", "app/models/working_hour.rb")
            .summary("Set an inbox's working hours, day by day (administrators)")
            .description("Each --day sets one day: mon=09:00-17:00, sat=closed or sun=all-day (days: sun mon tue"
                + " wed thu fri sat, or 0-6); days not given keep their hours. The server saves a day only when"
                + " its hours are valid (opening before closing) and says nothing otherwise, so the command"
                + " checks them first. The hours apply in --timezone and only with --enabled.")
            .params(inboxId(),
                Param.local("days", "--day", "DAY=HH:MM-HH:MM, DAY=closed or DAY=all-day (repeatable)")
                    .type(Type.LIST).labelled("DAY=HOURS"),
                Param.body("working_hours_enabled", "--enabled", "use the working hours (out of office outside)")
                    .type(Type.BOOLEAN),
                Param.body("timezone", "--timezone", "the hours' time zone, e.g. Europe/Berlin").labelled("TZ"),
                Param.body("out_of_office_message", "--out-of-office", "message outside working hours")
                    .labelled("TEXT"))
            .computed(WorkingHours.days("days"))
            .list("working_hours").columns(WorkingHours.COLUMNS).noun("working day")
            .example("inquirly inboxes working-hours set 1 --day mon=08:30-18:00 --day sat=closed --enabled"
                + " --timezone Europe/Berlin"),
        op("inboxes assignment-policy show", "GET", BASE + "/{id}/assignment_policy")
            .source(POLICY_SOURCES)
            .summary("Show the assignment policy an inbox uses (404 when it has none)")
            .params(inboxId())
            .one("").columns(AssignmentPoliciesApi.COLUMNS).noun("assignment policy")
            .example("inquirly inboxes assignment-policy show 1"),
        op(POLICY_SET, "POST", BASE + "/{id}/assignment_policy")
            .source(POLICY_SOURCES)
            .summary("Make an inbox use an assignment policy (replaces the one it had; administrators)")
            .params(inboxId(), Param.body("assignment_policy_id", null, "the assignment policy's id").integer()
                .mandatory().labelled("POLICY_ID"))
            .one("").columns(AssignmentPoliciesApi.COLUMNS).noun("assignment policy")
            .example("inquirly inboxes assignment-policy set 2 1"),
        op(POLICY_CLEAR, "DELETE", BASE + "/{id}/assignment_policy")
            .source(POLICY_SOURCES)
            .summary("Stop an inbox using its assignment policy (the policy stays; administrators)")
            .params(inboxId())
            .confirm(false)
            .status((values, answer) -> "Inbox " + values.get("id") + " uses no assignment policy now.")
            .noun("assignment policy")
            .example("inquirly inboxes assignment-policy clear 1"));
  }

  private static final String[] POLICY_SOURCES = {
    "app/controllers/api/v1/accounts/inboxes/assignment_policies_controller.rb",
    "app/views/api/v1/accounts/inboxes/assignment_policies/", "app/models/inbox_assignment_policy.rb"};

  /** The inbox id travels in the body; the spec types it integer on add, string on update/remove. */
  static Param inboxBody(boolean asText) {
    Param p = Param.body("inbox_id", null, "the inbox's id").mandatory().labelled("INBOX_ID");
    return asText ? p.convert(Admin::idText) : p.integer();
  }

  static Param users() {
    return Param.local("users", "--user", "an agent's user id (repeatable or comma-separated)").type(Type.LIST)
        .mandatory().labelled("USER_ID");
  }
}
