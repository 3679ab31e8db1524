package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code campaigns} (chatwoot-4.10/app/controllers/api/v1/accounts/campaigns_controller.rb): administrators only
 * (CampaignPolicy); routes take the campaign's display id; bare arrays and records
 * ({@code api/v1/models/_campaign}). Website inboxes make ongoing campaigns, SMS and WhatsApp inboxes one-off
 * ones (Campaign#ensure_correct_campaign_attributes); other inboxes are refused.
 */
final class CampaignRoutes {
  private static final String BASE = Admin.A + "/campaigns";
  private static final String[] FIELDS = {"title", "description", "message", "enabled",
      "trigger_only_during_business_hours", "scheduled_at", "audience", "trigger_rules", "template_params"};

  private CampaignRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, CampaignRoutes::list);
    r.app("POST", BASE, CampaignRoutes::create);
    r.app("GET", BASE + "/{id}", CampaignRoutes::show);
    r.app("PATCH", BASE + "/{id}", CampaignRoutes::update);
    r.app("PUT", BASE + "/{id}", CampaignRoutes::update);
    r.app("DELETE", BASE + "/{id}", CampaignRoutes::delete);
    // the inbox's own list (inboxes#campaigns)
    r.app("GET", Admin.A + "/inboxes/{id}/campaigns", CampaignRoutes::ofInbox);
  }

  static Response list(Call call) {
    call.requireAdministrator();
    ArrayNode a = Json.array();
    call.account().ops.campaigns.values().forEach(c -> a.add(render(call, c)));
    return Response.ok(a);
  }

  /** {@code GET inboxes/{id}/campaigns}: the inbox's campaigns (InboxPolicy#campaigns?: administrators). */
  static Response ofInbox(Call call) {
    call.requireAdministrator();
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("id"));
    ArrayNode a = Json.array();
    for (ObjectNode c : call.account().ops.campaigns.values()) {
      if (c.get("_inbox_id").asLong() == inbox.id) {
        a.add(render(call, c));
      }
    }
    return Response.ok(a);
  }

  static Response show(Call call) {
    call.requireAdministrator();
    return Response.ok(render(call, find(call)));
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "campaign");
    Store.Account account = call.account();
    ObjectNode c = Json.object();
    c.put("title", (String) null);
    c.putNull("description");
    c.put("account_id", account.id);
    c.putNull("message");
    c.putNull("template_params");
    c.put("campaign_status", "active");
    c.put("enabled", true);
    c.put("trigger_only_during_business_hours", false);
    c.putObject("trigger_rules");
    c.putArray("audience");
    Admin.copy(p, c, FIELDS);
    c.put("_inbox_id", p.path("inbox_id").asLong(0));
    setSender(c, p);
    settle(call, c, p.has("inbox_id"));
    long id = ++account.ops.lastCampaignDisplayId;
    c.put("id", id);
    c.put("created_at", Views.iso(Store.now()));
    c.put("updated_at", Views.iso(Store.now()));
    account.ops.campaigns.put(id, c);
    return Response.ok(render(call, c));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode c = find(call);
    ObjectNode p = Admin.params(call, "campaign");
    ObjectNode changed = c.deepCopy();
    Admin.copy(p, changed, FIELDS);
    if (p.has("inbox_id")) {
      changed.put("_inbox_id", p.path("inbox_id").asLong(0));
    }
    setSender(changed, p);
    if ("completed".equals(c.path("campaign_status").asText())) {
      throw ApiError.invalid(List.of("Status The campaign is already completed"), List.of("status"));
    }
    settle(call, changed, true);
    changed.put("updated_at", Views.iso(Store.now()));
    c.setAll(changed);
    return Response.ok(render(call, c));
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    ObjectNode c = find(call);
    call.account().ops.campaigns.remove(c.get("id").asLong());
    return Response.empty(200);
  }

  private static ObjectNode find(Call call) {
    return Admin.find(call.account().ops.campaigns, call.path("id"));
  }

  private static void setSender(ObjectNode c, ObjectNode p) {
    if (p.has("sender_id")) {
      JsonNode s = p.get("sender_id");
      if (s.isNull() || s.asText().isEmpty()) {
        c.putNull("_sender_id");
      } else {
        c.put("_sender_id", s.asLong());
      }
    }
  }

  /** Campaign's validations and before_validation, in the model's order. */
  private static void settle(Call call, ObjectNode c, boolean inboxGiven) {
    Store.Account account = call.account();
    Store.Inbox inbox = account.inboxes.get(c.path("_inbox_id").asLong());
    if (inbox == null) {
      // belongs_to :inbox (required) and validates :inbox_id
      throw ApiError.invalid(List.of("Inbox must exist", "Inbox can't be blank"), List.of("inbox", "inbox_id"));
    }
    if (Admin.blank(Json.text(c, "title"))) {
      throw ApiError.invalid(List.of("Title can't be blank"), List.of("title"));
    }
    if (Admin.blank(Json.text(c, "message"))) {
      throw ApiError.invalid(List.of("Message can't be blank"), List.of("message"));
    }
    boolean website = "Channel::WebWidget".equals(inbox.channelType);
    if (!website) {
      // the sandbox has no SMS or WhatsApp channels: every other inbox is unsupported, as upstream
      throw ApiError.invalid(List.of("Inbox Unsupported Inbox type"), List.of("inbox"));
    }
    c.put("campaign_type", "ongoing");
    c.putNull("scheduled_at");
    JsonNode url = c.path("trigger_rules").path("url");
    if (url.isTextual() && !url.asText().startsWith("http://") && !url.asText().startsWith("https://")) {
      throw ApiError.invalid(List.of("Url invalid"), List.of("url"));
    }
    if (c.hasNonNull("_sender_id") && !account.members.containsKey(c.get("_sender_id").asLong())) {
      throw ApiError.invalid(List.of("Sender must belong to the same account as the campaign"),
          List.of("sender_id"));
    }
    if (c.hasNonNull("scheduled_at")) {
      try {
        Instant.parse(c.get("scheduled_at").asText());
      } catch (DateTimeParseException e) {
        c.putNull("scheduled_at");
      }
    }
  }

  /** {@code api/v1/models/_campaign}. */
  static ObjectNode render(Call call, ObjectNode c) {
    Store.Account account = call.account();
    ObjectNode o = Json.object();
    o.set("id", c.get("id"));
    o.set("title", c.get("title"));
    o.set("description", c.get("description"));
    o.put("account_id", account.id);
    Store.Inbox inbox = account.inboxes.get(c.get("_inbox_id").asLong());
    o.set("inbox", inbox == null ? Json.object() : InboxRoutes.render(call, inbox));
    o.set("sender", c.hasNonNull("_sender_id") && account.members.containsKey(c.get("_sender_id").asLong())
        ? Admin.agent(call.store(), account, c.get("_sender_id").asLong()) : Json.object());
    o.set("message", c.get("message"));
    o.set("template_params", c.get("template_params"));
    o.set("campaign_status", c.get("campaign_status"));
    o.set("enabled", c.get("enabled"));
    o.set("campaign_type", c.get("campaign_type"));
    if ("one_off".equals(c.path("campaign_type").asText())) {
      o.put("scheduled_at", c.hasNonNull("scheduled_at")
          ? Instant.parse(c.get("scheduled_at").asText()).getEpochSecond() : 0);
      o.set("audience", c.get("audience"));
    }
    o.set("trigger_rules", c.get("trigger_rules"));
    o.set("trigger_only_during_business_hours", c.get("trigger_only_during_business_hours"));
    o.set("created_at", c.get("created_at"));
    o.set("updated_at", c.get("updated_at"));
    return o;
  }
}
