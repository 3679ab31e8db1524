package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** JSON renderings of the stored records, field for field like Chatwoot's jbuilder partials. */
final class Views {
  private Views() {}

  static String iso(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).toString();
  }

  /** {@code api/v1/models/_contact}: last_activity_at is omitted while null, contact_inboxes on request. */
  static ObjectNode contact(Store.Contact c, Store.Account account, boolean withContactInboxes) {
    ObjectNode o = Json.object();
    o.set("additional_attributes", c.additionalAttributes.deepCopy());
    o.put("availability_status", "offline");
    o.put("email", c.email);
    o.put("id", c.id);
    o.put("name", c.name);
    o.put("phone_number", c.phoneNumber);
    o.put("blocked", c.blocked);
    o.put("identifier", c.identifier);
    o.put("thumbnail", "");
    o.set("custom_attributes", c.customAttributes.deepCopy());
    if (c.lastActivityAt != null) {
      o.put("last_activity_at", c.lastActivityAt);
    }
    o.put("created_at", c.createdAt);
    if (withContactInboxes) {
      ArrayNode list = o.putArray("contact_inboxes");
      for (Store.ContactInbox ci : c.contactInboxes) {
        Store.Inbox inbox = account.inboxes.get(ci.inboxId);
        if (inbox != null) {
          list.add(contactInbox(ci, inbox));
        }
      }
    }
    return o;
  }

  /** {@code api/v1/models/_contact_inbox}: source_id + slim inbox. */
  static ObjectNode contactInbox(Store.ContactInbox ci, Store.Inbox inbox) {
    ObjectNode o = Json.object();
    o.put("source_id", ci.sourceId);
    o.set("inbox", inboxSlim(inbox));
    return o;
  }

  static ObjectNode inboxSlim(Store.Inbox inbox) {
    ObjectNode o = Json.object();
    o.put("id", inbox.id);
    o.put("avatar_url", "");
    o.put("channel_id", inbox.channelId);
    o.put("name", inbox.name);
    o.put("channel_type", inbox.channelType);
    o.putNull("provider");
    return o;
  }

  /** {@code api/v1/models/_inbox}; the API channel's hmac_token is shown to administrators only. */
  static ObjectNode inbox(Store.Inbox inbox, boolean administrator) {
    ObjectNode o = Json.object();
    o.put("id", inbox.id);
    o.put("avatar_url", "");
    o.put("channel_id", inbox.channelId);
    o.put("name", inbox.name);
    o.put("channel_type", inbox.channelType);
    o.put("greeting_enabled", inbox.greetingEnabled);
    o.put("greeting_message", inbox.greetingMessage);
    o.put("working_hours_enabled", inbox.workingHoursEnabled);
    o.put("enable_email_collect", inbox.enableEmailCollect);
    o.put("csat_survey_enabled", inbox.csatSurveyEnabled);
    o.put("enable_auto_assignment", inbox.enableAutoAssignment);
    o.putObject("auto_assignment_config");
    o.put("out_of_office_message", inbox.outOfOfficeMessage);
    o.set("working_hours", inbox.workingHours.deepCopy());
    o.put("timezone", inbox.timezone);
    o.putNull("callback_webhook_url");
    o.put("allow_messages_after_resolved", inbox.allowMessagesAfterResolved);
    o.put("lock_to_single_conversation", inbox.lockToSingleConversation);
    o.put("sender_name_type", inbox.senderNameType);
    o.put("business_name", inbox.businessName);
    o.putNull("widget_color");
    o.putNull("website_url");
    o.put("hmac_mandatory", inbox.hmacMandatory);
    o.putNull("selected_feature_flags");
    o.put("reply_time", "in_a_few_minutes");
    o.putNull("messaging_service_sid");
    o.putNull("phone_number");
    o.putNull("medium");
    o.putNull("provider");
    if (inbox.isApi()) {
      if (administrator) {
        o.put("hmac_token", inbox.hmacToken);
      }
      o.put("webhook_url", inbox.webhookUrl);
      o.put("inbox_identifier", inbox.identifier);
      o.putObject("additional_attributes");
    }
    return o;
  }

  /**
   * The inbox as ActiveRecord's {@code as_json} renders it (raw columns, ISO timestamps): what
   * {@code POST contacts} puts under {@code contact_inbox.inbox}.
   */
  static ObjectNode inboxModel(Store.Inbox inbox) {
    ObjectNode o = Json.object();
    o.put("id", inbox.id);
    o.put("channel_id", inbox.channelId);
    o.put("account_id", inbox.accountId);
    o.put("name", inbox.name);
    o.put("created_at", iso(inbox.createdAt));
    o.put("updated_at", iso(inbox.createdAt));
    o.put("channel_type", inbox.channelType);
    o.put("enable_auto_assignment", inbox.enableAutoAssignment);
    o.put("greeting_enabled", inbox.greetingEnabled);
    o.put("greeting_message", inbox.greetingMessage);
    o.putNull("email_address");
    o.put("working_hours_enabled", inbox.workingHoursEnabled);
    o.put("out_of_office_message", inbox.outOfOfficeMessage);
    o.put("timezone", inbox.timezone);
    o.put("enable_email_collect", inbox.enableEmailCollect);
    o.put("csat_survey_enabled", inbox.csatSurveyEnabled);
    o.put("allow_messages_after_resolved", inbox.allowMessagesAfterResolved);
    o.putObject("auto_assignment_config");
    o.put("lock_to_single_conversation", inbox.lockToSingleConversation);
    o.putNull("portal_id");
    o.put("sender_name_type", inbox.senderNameType);
    o.put("business_name", inbox.businessName);
    return o;
  }

  /**
   * The user fields profile and platform views share (Chatwoot's {@code _user} partial), with the account of
   * {@code active} (the first membership, or null).
   */
  static ObjectNode user(Store.User user, Store.AccountUser active) {
    ObjectNode o = Json.object();
    o.put("access_token", user.accessToken);
    if (active == null) {
      o.putNull("account_id");
    } else {
      o.put("account_id", active.accountId);
    }
    o.put("available_name", user.displayName != null ? user.displayName : user.name);
    o.put("avatar_url", "");
    o.put("confirmed", true);
    o.put("display_name", user.displayName);
    o.put("message_signature", user.messageSignature);
    o.put("email", user.email);
    o.put("id", user.id);
    o.putNull("inviter_id");
    o.put("name", user.name);
    o.put("provider", "email");
    o.put("pubsub_token", user.pubsubToken);
    if (!user.customAttributes.isEmpty()) {
      o.set("custom_attributes", user.customAttributes.deepCopy());
    }
    if (active == null) {
      o.putNull("role");
    } else {
      o.put("role", active.role.json());
    }
    o.set("ui_settings", user.uiSettings.deepCopy());
    o.put("uid", user.email);
    return o;
  }

  /** {@code api/v1/models/_user} as {@code GET /api/v1/profile} renders it. */
  static ObjectNode profile(Store.User user, Store store) {
    Store.AccountUser active = null;
    for (Store.Account a : store.accounts.values()) {
      Store.AccountUser au = a.members.get(user.id);
      if (au != null) {
        active = au;
        break;
      }
    }
    ObjectNode o = user(user, active);
    o.put("type", user.type);
    ArrayNode accounts = o.putArray("accounts");
    for (Store.Account a : store.accounts.values()) {
      Store.AccountUser au = a.members.get(user.id);
      if (au == null) {
        continue;
      }
      ObjectNode entry = accounts.addObject();
      entry.put("id", a.id);
      entry.put("name", a.name);
      entry.put("status", a.status);
      if (au.activeAt == null) {
        entry.putNull("active_at");
      } else {
        entry.put("active_at", iso(au.activeAt));
      }
      entry.put("role", au.role.json());
      entry.putArray("permissions").add(au.role.json());
      entry.put("availability", au.availability);
      entry.put("availability_status", au.availability);
      entry.put("auto_offline", au.autoOffline);
      entry.putNull("custom_role_id");
      entry.putNull("custom_role");
    }
    return o;
  }

  /** {@code api/v1/models/_account} (GET/PATCH accounts/{id}). */
  static ObjectNode account(Store.Account a) {
    ObjectNode o = Json.object();
    o.put("id", a.id);
    o.put("name", a.name);
    o.put("locale", a.locale);
    o.put("domain", a.domain);
    o.put("support_email", a.supportEmail);
    o.put("status", a.status);
    o.put("created_at", iso(a.createdAt));
    ObjectNode cacheKeys = o.putObject("cache_keys");
    cacheKeys.put("label", a.createdAt);
    cacheKeys.put("inbox", a.createdAt);
    cacheKeys.put("team", a.createdAt);
    ObjectNode features = o.putObject("features");
    for (String f : new String[] {"agent_bots", "api", "custom_attributes", "labels", "reports", "webhooks"}) {
      features.put(f, true);
    }
    o.set("settings", a.settings.deepCopy());
    o.set("custom_attributes", a.customAttributes.deepCopy());
    o.putNull("latest_inquirly_version");
    o.putArray("subscribed_features");
    return o;
  }
}
