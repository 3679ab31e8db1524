package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp-only inbox routes: {@code POST inboxes/{id}/sync_templates}, {@code GET inboxes/{id}/health}
 * (chatwoot-4.10/app/controllers/api/v1/accounts/inboxes_controller.rb) and {@code GET/POST
 * inboxes/{id}/csat_template} (chatwoot-4.10/app/controllers/api/v1/accounts/inbox_csat_templates_controller.rb,
 * app/services/csat_template_management_service.rb). The sandbox talks to no Meta Graph API: the demo's WhatsApp
 * Cloud inbox answers health with fixed phone data, and a CSAT template is accepted as PENDING at once.
 */
final class WhatsappRoutes {
  private WhatsappRoutes() {}

  static final String CHANNEL_TYPE = "Channel::Whatsapp";
  private static final String INBOX = Admin.A + "/inboxes/{id}";

  /** A WhatsApp Cloud channel: what the inbox view and the routes need of Channel::Whatsapp. */
  static final class Channel {
    String phoneNumber;
    final ObjectNode providerConfig = Json.object();
    final ObjectNode messageTemplates = Json.object();
    /** inboxes.csat_config's "template" (name, template_id, language, created_at), or null. */
    ObjectNode csatTemplate;
  }

  static void register(Router r) {
    r.app("POST", INBOX + "/sync_templates", WhatsappRoutes::syncTemplates);
    r.app("GET", INBOX + "/health", WhatsappRoutes::health);
    r.app("GET", INBOX + "/csat_template", WhatsappRoutes::showCsatTemplate);
    r.app("POST", INBOX + "/csat_template", WhatsappRoutes::createCsatTemplate);
  }

  /** The demo's WhatsApp Cloud inbox "WhatsApp" (added last, so the other demo ids stay as they were). */
  static Store.Inbox seed(Store store, Store.Account account, long createdAt) {
    Store.Inbox inbox = new Store.Inbox(store.nextId("inboxes"), account.id, store.nextId("channel_whatsapp"),
        "WhatsApp", CHANNEL_TYPE, createdAt);
    account.inboxes.put(inbox.id, inbox);
    Channel c = new Channel();
    c.phoneNumber = "+15550100199";
    c.providerConfig.put("api_key", store.newToken());
    c.providerConfig.put("phone_number_id", "100000000000001");
    c.providerConfig.put("business_account_id", "200000000000002");
    account.admin.whatsapp.put(inbox.id, c);
    return inbox;
  }

  /** _inbox.json.jbuilder for a WhatsApp channel: provider, phone number, templates; provider_config to admins. */
  static void decorate(Call call, Store.Inbox inbox, ObjectNode view) {
    Channel c = call.account().admin.whatsapp.get(inbox.id);
    if (c == null) {
      return;
    }
    view.put("provider", "whatsapp_cloud");
    view.put("phone_number", c.phoneNumber);
    view.set("message_templates", c.messageTemplates.deepCopy());
    if (call.isAdministrator()) {
      view.set("provider_config", c.providerConfig.deepCopy());
    }
    view.put("reauthorization_required", false);
  }

  private static Channel channel(Call call, Store.Inbox inbox) {
    return call.account().admin.whatsapp.get(inbox.id);
  }

  /** inboxes_controller.rb#sync_templates: administrators; 422 unless WhatsApp; the sync runs as a job. */
  static Response syncTemplates(Call call) {
    Store.Inbox inbox = InboxExtraRoutes.shown(call, call.pathId("id"));
    call.requireAdministrator();
    if (channel(call, inbox) == null) {
      throw ApiError.error(422, "Template sync is only available for WhatsApp channels");
    }
    ObjectNode o = Json.object();
    o.put("message", "Template sync initiated successfully");
    return Response.ok(o);
  }

  /**
   * inboxes_controller.rb#health: any member who sees the inbox; 400 unless a WhatsApp Cloud channel;
   * otherwise Whatsapp::HealthService#format_health_response's fields (here fixed, as Meta would answer for a
   * healthy test number) with business_id from the provider config.
   */
  static Response health(Call call) {
    Store.Inbox inbox = InboxExtraRoutes.shown(call, call.pathId("id"));
    Channel c = channel(call, inbox);
    if (c == null) {
      throw ApiError.error(400, "Health data only available for WhatsApp Cloud API channels");
    }
    ObjectNode o = Json.object();
    o.put("display_phone_number", "+1 555-010-0199");
    o.put("verified_name", call.account().name);
    o.put("name_status", "APPROVED");
    o.put("quality_rating", "GREEN");
    o.put("messaging_limit_tier", "TIER_1K");
    o.put("account_mode", "LIVE");
    o.put("code_verification_status", "VERIFIED");
    o.putObject("throughput").put("level", "STANDARD");
    o.put("last_onboarded_time", Views.iso(inbox.createdAt));
    o.put("platform_type", "CLOUD_API");
    o.put("business_id", c.providerConfig.path("business_account_id").asText());
    return Response.ok(o);
  }

  private static Channel csatChannel(Call call, Store.Inbox inbox) {
    Channel c = channel(call, inbox);
    if (c == null) {
      throw ApiError.error(400,
          "CSAT template operations only available for WhatsApp and Twilio WhatsApp channels");
    }
    return c;
  }

  /** inbox_csat_templates_controller.rb#show: {template_exists: false}, or the template's name, status and id. */
  static Response showCsatTemplate(Call call) {
    Store.Inbox inbox = InboxExtraRoutes.shown(call, call.pathId("id"));
    Channel c = csatChannel(call, inbox);
    ObjectNode o = Json.object();
    if (c.csatTemplate == null) {
      o.put("template_exists", false);
      return Response.ok(o);
    }
    o.put("template_exists", true);
    o.put("template_name", c.csatTemplate.path("name").asText());
    o.put("status", "PENDING");
    o.put("template_id", c.csatTemplate.path("template_id").asText());
    return Response.ok(o);
  }

  /**
   * inbox_csat_templates_controller.rb#create: {@code template[message, button_text, language]}; 422 without
   * template or message; the name is customer_satisfaction_survey_{inbox} and gets _1, _2, ... on each new
   * version (CsatTemplateNameService); answers 201 {template: {name, template_id, status PENDING, language}}.
   */
  static Response createCsatTemplate(Call call) {
    Store.Inbox inbox = InboxExtraRoutes.shown(call, call.pathId("id"));
    Channel c = csatChannel(call, inbox);
    JsonNode template = call.request().body().path("template");
    if (!template.isObject() || template.isEmpty()) {
      throw ApiError.error(422, "Template parameters are required");
    }
    if (template.path("message").asText("").isBlank()) {
      throw ApiError.error(422, "Message is required");
    }
    String base = "customer_satisfaction_survey_" + inbox.id;
    String name = base;
    if (c.csatTemplate != null) {
      String current = c.csatTemplate.path("name").asText();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^" + base + "_(\\d+)$").matcher(current);
      name = base + "_" + (m.matches() ? Long.parseLong(m.group(1)) + 1 : 1);
    }
    String language = template.path("language").asText("").isBlank() ? "en" : template.path("language").asText();
    ObjectNode stored = Json.object();
    stored.put("name", name);
    stored.put("template_id", String.valueOf(300000000000000L + call.store().nextId("whatsapp_templates")));
    stored.put("language", language);
    stored.put("created_at", Views.iso(Store.now()));
    c.csatTemplate = stored;
    ObjectNode o = Json.object();
    ObjectNode t = o.putObject("template");
    t.put("name", name);
    t.put("template_id", stored.path("template_id").asText());
    t.put("status", "PENDING");
    t.put("language", language);
    return Response.json(201, o);
  }
}
