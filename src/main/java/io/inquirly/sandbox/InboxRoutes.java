package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code /api/v1/accounts/{account_id}/inboxes} and {@code inbox_members}: agents see only the inboxes they are
 * members of; creating, changing, bots and members need an administrator (InboxPolicy).
 */
final class InboxRoutes {
  private static final String BASE = "/api/v1/accounts/{account_id}/inboxes";
  private static final String MEMBERS = "/api/v1/accounts/{account_id}/inbox_members";
  private static final String[] SETTINGS = {"greeting_enabled", "greeting_message", "enable_email_collect",
      "csat_survey_enabled", "enable_auto_assignment", "working_hours_enabled", "out_of_office_message", "timezone",
      "allow_messages_after_resolved", "lock_to_single_conversation", "sender_name_type", "business_name"};
  private static final String[] WIDGET_FIELDS = {"website_url", "widget_color", "welcome_title", "welcome_tagline"};

  private InboxRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, InboxRoutes::list);
    r.app("POST", BASE, InboxRoutes::create);
    r.app("GET", BASE + "/{id}", InboxRoutes::show);
    r.app("PATCH", BASE + "/{id}", InboxRoutes::update);
    r.app("PUT", BASE + "/{id}", InboxRoutes::update);
    r.app("DELETE", BASE + "/{id}", InboxRoutes::delete);
    r.app("GET", BASE + "/{id}/agent_bot", InboxRoutes::agentBot);
    r.app("POST", BASE + "/{id}/set_agent_bot", InboxRoutes::setAgentBot);
    r.app("GET", MEMBERS + "/{inbox_id}", InboxRoutes::members);
    r.app("POST", MEMBERS, InboxRoutes::addMembers);
    r.app("PATCH", MEMBERS, InboxRoutes::replaceMembers);
    r.app("DELETE", MEMBERS, InboxRoutes::removeMembers);
  }

  static Response list(Call call) {
    ObjectNode body = Json.object();
    var payload = body.putArray("payload");
    for (Store.Inbox inbox : call.account().inboxes.values()) {
      if (canSee(call, inbox)) {
        payload.add(render(call, inbox));
      }
    }
    return Response.ok(body);
  }

  static Response show(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("id"));
    if (!canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    return Response.ok(render(call, inbox));
  }

  /** The inbox view plus the website channel's own fields. */
  static ObjectNode render(Call call, Store.Inbox inbox) {
    ObjectNode o = Views.inbox(inbox, call.isAdministrator());
    ObjectNode widget = call.account().admin.inboxChannels.get(inbox.id);
    if (widget != null) {
      o.setAll(Admin.view(widget));
    }
    WhatsappRoutes.decorate(call, inbox, o);
    // _inbox.json.jbuilder: help_center {name, slug} when a portal is linked
    ObjectNode portal = inbox.portalId == null ? null : call.account().admin.portals.get(inbox.portalId);
    if (portal != null) {
      o.putObject("help_center").put("name", portal.path("name").asText()).put("slug", portal.path("slug").asText());
    }
    return o;
  }

  /** {@code channel: {type: api|web_widget, ...}}; other channel types need provider credentials. */
  /** inbox_attributes permits portal_id (inboxes_controller.rb); an unknown portal fails the foreign key. */
  private static Long portalOf(Call call, ObjectNode params, Long current) {
    if (!params.has("portal_id")) {
      return current;
    }
    JsonNode portal = params.get("portal_id");
    if (portal.isNull() || portal.asText().isBlank()) {
      return null;
    }
    if (!call.account().admin.portals.containsKey(Ids.rubyToI(portal.asText()))) {
      throw ApiError.invalid(List.of("Portal must exist"), List.of("portal"));
    }
    return Ids.rubyToI(portal.asText());
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode params = call.request().body();
    Long portalId = portalOf(call, params, null);
    JsonNode channel = params.get("channel");
    if (channel == null || !channel.isObject()) {
      throw ApiError.unprocessable("param is missing or the value is empty: channel");
    }
    String type = Json.text(channel, "type");
    if (!"api".equals(type) && !"web_widget".equals(type)) {
      throw ApiError.unprocessable("Invalid channel type: " + type
          + " (the sandbox creates api and web_widget inboxes)");
    }
    String name = Json.text(params, "name");
    if (Admin.blank(name)) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    if ("web_widget".equals(type) && Admin.blank(Json.text(channel, "website_url"))) {
      throw ApiError.invalid(List.of("Website url can't be blank"), List.of("website_url"));
    }
    Store store = call.store();
    Store.Account account = call.account();
    Store.Inbox inbox;
    if ("api".equals(type)) {
      inbox = store.createApiInbox(account, name);
      inbox.webhookUrl = Json.text(channel, "webhook_url");
    } else {
      inbox = new Store.Inbox(store.nextId("inboxes"), account.id, store.nextId("channel_web_widget"), name,
          "Channel::WebWidget", Store.now());
      account.inboxes.put(inbox.id, inbox);
      ObjectNode widget = Json.object();
      for (String f : WIDGET_FIELDS) {
        widget.put(f, Json.text(channel, f));
      }
      if (widget.get("widget_color").isNull()) {
        widget.put("widget_color", "#1f93ff");
      }
      String token = store.newToken();
      widget.put("website_token", token);
      widget.put("web_widget_script", "<script>window.chatwootSettings={};(function(d,t){/* sandbox */})"
          + "(document,\"script\");/* websiteToken: " + token + " */</script>");
      account.admin.inboxChannels.put(inbox.id, widget);
    }
    apply(inbox, params);
    inbox.portalId = portalId;
    Admin.audit(call, "Inbox", inbox.id, "create", params);
    return Response.ok(render(call, inbox));
  }

  /**
   * inboxes_controller.rb#destroy: administrators (InboxPolicy destroy?); answers 200 with a message at once and
   * deletes in DeleteObjectJob. The sandbox deletes right away: the inbox, its conversations and its contact
   * inboxes (the contacts stay).
   */
  static Response delete(Call call) {
    Store.Account account = call.account();
    Store.Inbox inbox = call.store().inbox(account, call.pathId("id"));
    if (!canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    call.requireAdministrator();
    account.inboxes.remove(inbox.id);
    account.conversations.values().removeIf(c -> c.inboxId == inbox.id);
    for (Store.Contact c : account.contacts.values()) {
      c.contactInboxes.removeIf(ci -> ci.inboxId == inbox.id);
    }
    com.fasterxml.jackson.databind.node.ObjectNode body = Json.object();
    body.put("message", "Your inbox deletion request will be processed in some time.");
    return Response.ok(body);
  }

  static Response update(Call call) {
    call.requireAdministrator();
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("id"));
    ObjectNode params = Admin.params(call, "inbox");
    if (params.has("name") && Admin.blank(Json.text(params, "name"))) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    if (params.has("name")) {
      inbox.name = Json.text(params, "name");
    }
    apply(inbox, params);
    WorkingHours.update(inbox.workingHours, call.request().body().get("working_hours"));
    inbox.portalId = portalOf(call, params, inbox.portalId);
    JsonNode channel = params.get("channel");
    if (channel != null && channel.isObject()) {
      if (inbox.isApi() && channel.has("webhook_url")) {
        inbox.webhookUrl = Json.text(channel, "webhook_url");
      }
      ObjectNode widget = call.account().admin.inboxChannels.get(inbox.id);
      if (widget == null && "Channel::WebWidget".equals(inbox.channelType)) {
        // a website inbox planted without its channel record (demo seed): give it one on first change
        widget = Json.object();
        call.account().admin.inboxChannels.put(inbox.id, widget);
      }
      if (widget != null) {
        Admin.copy((ObjectNode) channel, widget, WIDGET_FIELDS);
      }
    }
    Admin.audit(call, "Inbox", inbox.id, "update", params);
    return Response.ok(render(call, inbox));
  }

  private static void apply(Store.Inbox inbox, ObjectNode p) {
    for (String key : SETTINGS) {
      if (!p.has(key)) {
        continue;
      }
      JsonNode v = p.get(key);
      switch (key) {
        case "greeting_enabled" -> inbox.greetingEnabled = v.asBoolean();
        case "greeting_message" -> inbox.greetingMessage = Json.text(p, key);
        case "enable_email_collect" -> inbox.enableEmailCollect = v.asBoolean();
        case "csat_survey_enabled" -> inbox.csatSurveyEnabled = v.asBoolean();
        case "enable_auto_assignment" -> inbox.enableAutoAssignment = v.asBoolean();
        case "working_hours_enabled" -> inbox.workingHoursEnabled = v.asBoolean();
        case "out_of_office_message" -> inbox.outOfOfficeMessage = Json.text(p, key);
        case "timezone" -> inbox.timezone = Json.text(p, key);
        case "allow_messages_after_resolved" -> inbox.allowMessagesAfterResolved = v.asBoolean();
        case "lock_to_single_conversation" -> inbox.lockToSingleConversation = v.asBoolean();
        case "sender_name_type" -> {
          String t = Json.text(p, key);
          if (!"friendly".equals(t) && !"professional".equals(t)) {
            throw ApiError.unprocessable("'" + t + "' is not a valid sender_name_type");
          }
          inbox.senderNameType = t;
        }
        case "business_name" -> inbox.businessName = Json.text(p, key);
        default -> { }
      }
    }
  }

  /** {@code {"agent_bot": {...}}}, or an empty object when the inbox has no bot. */
  static Response agentBot(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("id"));
    call.requireAdministrator();
    ObjectNode body = Json.object();
    ObjectNode bot = body.putObject("agent_bot");
    Long botId = call.account().admin.inboxBots.get(inbox.id);
    Store.AgentBot b = botId == null ? null : call.store().bots.get(botId);
    if (b != null) {
      bot.setAll(AgentBotRoutes.view(call, b));
    }
    return Response.ok(body);
  }

  /** {@code agent_bot: ID} connects a bot, {@code null} disconnects; 204. */
  static Response setAgentBot(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("id"));
    call.requireAdministrator();
    JsonNode given = call.request().body().get("agent_bot");
    if (given == null || given.isNull() || given.asText().isEmpty()) {
      call.account().admin.inboxBots.remove(inbox.id);
    } else {
      Store.AgentBot bot = AgentBotRoutes.usable(call, Ids.parse(given.asText()));
      call.account().admin.inboxBots.put(inbox.id, bot.id);
    }
    Admin.audit(call, "Inbox", inbox.id, "update", call.request().body());
    return Response.empty(204);
  }

  static Response members(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("inbox_id"));
    if (!canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    return Response.ok(Admin.payload(Admin.agents(call.store(), call.account(), inbox.memberIds)));
  }

  private static Store.Inbox memberInbox(Call call) {
    JsonNode id = call.request().body().get("inbox_id");
    if (id == null || id.isNull()) {
      throw ApiError.unprocessable("param is missing or the value is empty: inbox_id");
    }
    Store.Inbox inbox = call.store().inbox(call.account(), Ids.parse(id.asText()));
    call.requireAdministrator();
    return inbox;
  }

  static Response addMembers(Call call) {
    Store.Inbox inbox = memberInbox(call);
    inbox.memberIds.addAll(Admin.userIds(call, call.request().body()));
    return Response.ok(Admin.payload(Admin.agents(call.store(), call.account(), inbox.memberIds)));
  }

  /** Replaces the member list with exactly the given users. */
  static Response replaceMembers(Call call) {
    Store.Inbox inbox = memberInbox(call);
    List<Long> ids = Admin.userIds(call, call.request().body());
    inbox.memberIds.clear();
    inbox.memberIds.addAll(new LinkedHashSet<>(ids));
    return Response.ok(Admin.payload(Admin.agents(call.store(), call.account(), inbox.memberIds)));
  }

  static Response removeMembers(Call call) {
    Store.Inbox inbox = memberInbox(call);
    Admin.userIds(call, call.request().body()).forEach(inbox.memberIds::remove);
    return Response.empty(200);
  }

  /** InboxPolicy#show?: administrators see every inbox, agents the ones they belong to. */
  static boolean canSee(Call call, Store.Inbox inbox) {
    if (call.isAdministrator()) {
      return true;
    }
    if (call.principal().isBot()) {
      return true;
    }
    return call.membership() != null && inbox.memberIds.contains(call.membership().userId);
  }
}
