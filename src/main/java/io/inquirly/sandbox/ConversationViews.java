package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON of conversations, messages and teams, like Chatwoot's {@code _conversation}/{@code messages} views. */
final class ConversationViews {
  private ConversationViews() {}

  /** {@code api/v1/conversations/partials/_conversation}: id is the display id; times are epoch seconds. */
  static ObjectNode conversation(Store store, Store.Account account, Store.Conversation c) {
    ObjectNode o = Json.object();
    ObjectNode meta = o.putObject("meta");
    Store.Contact contact = account.contacts.get(c.contactId);
    if (contact != null) {
      meta.set("sender", contactEvent(contact));
    }
    Store.Inbox inbox = account.inboxes.get(c.inboxId);
    meta.put("channel", inbox == null ? null : inbox.channelType);
    Store.User assignee = c.assigneeId == null ? null : store.users.get(c.assigneeId);
    if (assignee != null && account.members.containsKey(assignee.id)) {
      meta.set("assignee", agent(assignee, account.members.get(assignee.id)));
    }
    Store.Team team = c.teamId == null ? null : account.teams.get(c.teamId);
    if (team != null) {
      meta.set("team", team(team, null));
    }
    meta.put("hmac_verified", false);
    o.put("id", c.displayId);
    ArrayNode messages = o.putArray("messages");
    for (int i = c.messages.size() - 1; i >= 0; i--) {
      Store.Message m = c.messages.get(i);
      if (m.type != Store.MessageType.ACTIVITY && m.type != Store.MessageType.TEMPLATE || i == c.messages.size() - 1) {
        messages.add(message(store, account, m));
        break;
      }
    }
    o.put("account_id", c.accountId);
    o.put("uuid", c.uuid);
    o.set("additional_attributes", c.additionalAttributes.deepCopy());
    o.put("agent_last_seen_at", c.agentLastSeenAt);
    o.put("assignee_last_seen_at", c.agentLastSeenAt);
    o.put("can_reply", true);
    o.put("contact_last_seen_at", c.contactLastSeenAt);
    o.set("custom_attributes", c.customAttributes.deepCopy());
    o.put("inbox_id", c.inboxId);
    ArrayNode labels = o.putArray("labels");
    c.labels.forEach(labels::add);
    o.put("muted", c.muted);
    if (c.snoozedUntil == null) {
      o.putNull("snoozed_until");
    } else {
      o.put("snoozed_until", Views.iso(c.snoozedUntil));
    }
    o.put("status", c.status);
    o.put("created_at", c.createdAt);
    o.put("updated_at", (double) c.lastActivityAt);
    o.put("timestamp", c.lastActivityAt);
    o.put("first_reply_created_at", c.firstReplyCreatedAt == null ? 0 : c.firstReplyCreatedAt);
    o.put("unread_count", 0);
    Store.Message last = null;
    for (Store.Message m : c.messages) {
      if (m.type != Store.MessageType.ACTIVITY) {
        last = m;
      }
    }
    if (last == null) {
      o.putNull("last_non_activity_message");
    } else {
      o.set("last_non_activity_message", message(store, account, last));
    }
    o.put("last_activity_at", c.lastActivityAt);
    o.put("priority", c.priority);
    o.put("waiting_since", c.waitingSince == null ? 0 : c.waitingSince);
    o.putNull("sla_policy_id");
    return o;
  }

  /** {@code messages/index} and {@code messages/create}: message_type as its integer. */
  static ObjectNode message(Store store, Store.Account account, Store.Message m) {
    ObjectNode o = Json.object();
    o.put("id", m.id);
    o.put("content", m.content);
    o.put("inbox_id", m.inboxId);
    if (m.echoId != null) {
      o.put("echo_id", m.echoId);
    }
    o.put("conversation_id", m.conversationDisplayId);
    o.put("message_type", m.type.ordinal());
    o.put("content_type", m.contentType);
    o.put("status", m.status);
    o.set("content_attributes", m.contentAttributes.deepCopy());
    o.put("created_at", m.createdAt);
    o.put("private", m.isPrivate);
    o.put("source_id", m.sourceId);
    ObjectNode sender = sender(store, account, m);
    if (sender != null) {
      o.set("sender", sender);
    }
    if (!m.attachments.isEmpty()) {
      ArrayNode list = o.putArray("attachments");
      for (Store.Attachment a : m.attachments) {
        ObjectNode x = list.addObject();
        x.put("id", a.id());
        x.put("message_id", a.messageId());
        x.put("file_type", a.fileType());
        x.put("account_id", m.accountId);
        x.putNull("extension");
        x.put("data_url", "/rails/active_storage/blobs/" + a.id() + "/"
            + java.net.URLEncoder.encode(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        x.put("thumb_url", "");
        x.put("file_size", a.size());
        x.put("width", (Integer) null);
        x.put("height", (Integer) null);
      }
    }
    return o;
  }

  private static ObjectNode sender(Store store, Store.Account account, Store.Message m) {
    if (m.senderType == null || m.senderId == null) {
      return null;
    }
    return switch (m.senderType) {
      case "User" -> {
        Store.User u = store.users.get(m.senderId);
        yield u == null ? null : userEvent(u);
      }
      case "Contact" -> {
        Store.Contact c = account.contacts.get(m.senderId);
        yield c == null ? null : contactEvent(c);
      }
      case "AgentBot" -> {
        Store.AgentBot b = store.bots.get(m.senderId);
        if (b == null) {
          yield null;
        }
        ObjectNode o = Json.object();
        o.put("id", b.id);
        o.put("name", b.name);
        o.put("avatar_url", "");
        o.put("type", "agent_bot");
        yield o;
      }
      default -> null;
    };
  }

  /** Contact#push_event_data. */
  static ObjectNode contactEvent(Store.Contact c) {
    ObjectNode o = Json.object();
    o.set("additional_attributes", c.additionalAttributes.deepCopy());
    o.set("custom_attributes", c.customAttributes.deepCopy());
    o.put("email", c.email);
    o.put("id", c.id);
    o.put("identifier", c.identifier);
    o.put("name", c.name);
    o.put("phone_number", c.phoneNumber);
    o.put("thumbnail", "");
    o.put("blocked", c.blocked);
    o.put("type", "contact");
    return o;
  }

  /** User#push_event_data. */
  static ObjectNode userEvent(Store.User u) {
    ObjectNode o = Json.object();
    o.put("id", u.id);
    o.put("name", u.name);
    o.put("available_name", u.displayName != null ? u.displayName : u.name);
    o.put("avatar_url", "");
    o.put("type", "user");
    o.put("availability_status", "online");
    o.put("thumbnail", "");
    return o;
  }

  /** {@code api/v1/models/_agent}. */
  static ObjectNode agent(Store.User u, Store.AccountUser au) {
    ObjectNode o = Json.object();
    o.put("id", u.id);
    o.put("account_id", au.accountId);
    o.put("availability_status", au.availability);
    o.put("auto_offline", au.autoOffline);
    o.put("confirmed", true);
    o.put("email", u.email);
    o.put("available_name", u.displayName != null ? u.displayName : u.name);
    o.put("name", u.name);
    o.put("role", au.role.json());
    o.put("thumbnail", "");
    o.putNull("custom_role_id");
    return o;
  }

  /** {@code api/v1/models/_team}; {@code as_json} of the model when {@code member} is null. */
  static ObjectNode team(Store.Team t, Boolean member) {
    ObjectNode o = Json.object();
    o.put("id", t.id);
    o.put("name", t.name);
    o.put("description", t.description);
    o.put("allow_auto_assign", t.allowAutoAssign);
    o.put("account_id", t.accountId);
    if (member != null) {
      o.put("is_member", member);
    }
    return o;
  }
}
