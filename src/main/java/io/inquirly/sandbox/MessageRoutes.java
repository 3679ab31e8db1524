package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Messages of a conversation (Chatwoot {@code messages_controller.rb}, {@code MessageFinder},
 * {@code Messages::MessageBuilder}).
 */
final class MessageRoutes {
  private static final String BASE = ConversationRoutes.ONE + "/messages";
  /** The localized {@code conversations.messages.deleted} text. */
  static final String DELETED = "This message was deleted";

  private MessageRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, MessageRoutes::list);
    r.add("POST", BASE, Router.Guard.APPLICATION_BOTS_ALLOWED, MessageRoutes::create);
    r.app("DELETE", BASE + "/{message_id}", MessageRoutes::delete);
  }

  /**
   * MessageFinder: no page; latest 20 by default; before=ID → the 20 before it; after=ID → up to 100 after
   * it; both → up to 1000 in [after, before). Always ascending.
   */
  static Response list(Call call) {
    Store.Conversation c = ConversationRoutes.find(call);
    Request req = call.request();
    String before = req.query("before");
    String after = req.query("after");
    List<Store.Message> all = c.messages; // ids grow with created_at
    List<Store.Message> out = new ArrayList<>();
    if (before != null && !before.isBlank() && after != null && !after.isBlank()) {
      long b = Ids.rubyToI(before);
      long a = Ids.rubyToI(after);
      all.stream().filter(m -> m.id >= a && m.id < b).limit(1000).forEach(out::add);
    } else if (after != null && !after.isBlank()) {
      long a = Ids.rubyToI(after);
      all.stream().filter(m -> m.id > a).limit(100).forEach(out::add);
    } else {
      long b = before != null && !before.isBlank() ? Ids.rubyToI(before) : Long.MAX_VALUE;
      List<Store.Message> older = all.stream().filter(m -> m.id < b).toList();
      out.addAll(older.subList(Math.max(0, older.size() - 20), older.size()));
    }
    ObjectNode body = Json.object();
    ObjectNode meta = body.putObject("meta");
    ArrayNode labels = meta.putArray("labels");
    c.labels.forEach(labels::add);
    meta.set("additional_attributes", c.additionalAttributes.deepCopy());
    Store.Contact contact = call.account().contacts.get(c.contactId);
    meta.set("contact", contact == null ? null : ConversationViews.contactEvent(contact));
    Store.User assignee = c.assigneeId == null ? null : call.store().users.get(c.assigneeId);
    if (assignee == null) {
      meta.putNull("assignee");
    } else {
      meta.set("assignee", ConversationViews.agent(assignee, call.account().members.get(assignee.id)));
    }
    meta.put("agent_last_seen_at", c.agentLastSeenAt);
    meta.put("assignee_last_seen_at", c.agentLastSeenAt);
    ArrayNode payload = body.putArray("payload");
    out.forEach(m -> payload.add(ConversationViews.message(call.store(), call.account(), m)));
    return Response.ok(body);
  }

  /** Any failure of the builder becomes 422 {@code {"error": message}}; answers the flat message. */
  static Response create(Call call) {
    Store.Conversation c = ConversationRoutes.find(call);
    ObjectNode params = call.request().body();
    Store.Message m = add(call, c, params);
    for (MultipartForm.FilePart f : call.request().files()) {
      if (f.name().equals("attachments[]") || f.name().equals("attachments")) {
        Store.Attachment a = new Store.Attachment(call.store().nextId("attachments"), m.id, f.fileName(),
            f.contentType(), f.data().length, fileType(f.contentType()));
        m.attachments.add(a);
        call.account().admin.blobs.put(a.id(), f.data());
      }
    }
    return Response.ok(ConversationViews.message(call.store(), call.account(), m));
  }

  /** Chatwoot's attachment file_type from the content type. */
  private static String fileType(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    if (t.startsWith("image/")) {
      return "image";
    }
    if (t.startsWith("audio/")) {
      return "audio";
    }
    if (t.startsWith("video/")) {
      return "video";
    }
    return "file";
  }

  /**
   * MessageBuilder: message_type outgoing (default) or incoming (API inboxes only), private notes, content
   * type and attributes, echo_id. Outgoing public replies set the first reply and record first_response and
   * reply_time events; incoming messages reopen resolved/snoozed conversations and start the waiting time.
   */
  static Store.Message add(Call call, Store.Conversation c, ObjectNode params) {
    Store store = call.store();
    Store.Account account = call.account();
    String typeText = Json.text(params, "message_type");
    Store.MessageType type;
    try {
      type = typeText == null || typeText.isBlank() ? Store.MessageType.OUTGOING
          : Store.MessageType.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.unprocessable("'" + typeText + "' is not a valid message_type");
    }
    Store.Inbox inbox = account.inboxes.get(c.inboxId);
    if (type == Store.MessageType.INCOMING && (inbox == null || !inbox.isApi())) {
      throw ApiError.unprocessable("Incoming messages are only allowed in Api inboxes");
    }
    boolean isPrivate = "true".equalsIgnoreCase(Json.text(params, "private"));
    String senderType;
    Long senderId;
    if (type == Store.MessageType.INCOMING) {
      senderType = "Contact";
      senderId = c.contactId;
    } else if (call.principal().isBot()) {
      senderType = "AgentBot";
      senderId = call.principal().bot().id;
    } else {
      senderType = "User";
      senderId = call.principal().user().id;
    }
    long now = Store.now();
    Store.Message m = new Store.Message(store.nextId("messages"), c, Json.text(params, "content"), type, isPrivate,
        senderType, senderId, now);
    String contentType = Json.text(params, "content_type");
    if (contentType != null) {
      m.contentType = contentType;
    }
    m.contentAttributes = Json.objectOrEmpty(params.get("content_attributes"));
    m.echoId = Json.text(params, "echo_id");
    c.messages.add(m);
    afterCreate(call.store(), call.account(), c, m);
    return m;
  }

  /** Conversation bookkeeping and reporting events of a new message. */
  static void afterCreate(Store store, Store.Account account, Store.Conversation c, Store.Message m) {
    c.lastActivityAt = m.createdAt;
    if (m.type == Store.MessageType.INCOMING) {
      if (c.waitingSince == null) {
        c.waitingSince = m.createdAt;
      }
      if (c.status.equals("resolved") || c.status.equals("snoozed")) {
        c.status = "open";
        c.snoozedUntil = null;
      }
    } else if (m.type == Store.MessageType.OUTGOING && !m.isPrivate && "User".equals(m.senderType)) {
      if (c.firstReplyCreatedAt == null) {
        c.firstReplyCreatedAt = m.createdAt;
        account.reportingEvents.add(new Store.ReportingEvent(store.nextId("reporting_events"), account.id,
            "first_response", m.createdAt - c.createdAt, c.inboxId, m.senderId, c.displayId, c.createdAt,
            m.createdAt, m.createdAt));
      }
      if (c.waitingSince != null) {
        account.reportingEvents.add(new Store.ReportingEvent(store.nextId("reporting_events"), account.id,
            "reply_time", m.createdAt - c.waitingSince, c.inboxId, m.senderId, c.displayId, c.waitingSince,
            m.createdAt, m.createdAt));
        c.waitingSince = null;
      }
    }
  }

  /** The message stays: content replaced, content_attributes.deleted = true, attachments destroyed. */
  static Response delete(Call call) {
    Store.Conversation c = ConversationRoutes.find(call);
    long id = call.pathId("message_id");
    Store.Message m = c.messages.stream().filter(x -> x.id == id).findFirst().orElseThrow(ApiError::notFound);
    m.content = DELETED;
    m.contentType = "text";
    m.contentAttributes = Json.object();
    m.contentAttributes.put("deleted", true);
    m.attachments.clear();
    return Response.ok(ConversationViews.message(call.store(), call.account(), m));
  }

}
