package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Conversation and message routes beyond the swagger file (chatwoot-4.10 config/routes.rb): search, mute,
 * unmute, transcript, unread, attachments ({@code conversations_controller.rb}), participants
 * ({@code conversations/participants_controller.rb}), message update, translate and retry
 * ({@code conversations/messages_controller.rb}), and the attachments' files themselves.
 */
final class ConversationExtraRoutes {
  private static final String ONE = ConversationRoutes.ONE;
  private static final String MESSAGE = ONE + "/messages/{message_id}";
  static final String BLOBS = "/rails/active_storage/blobs";
  /** ATTACHMENT_RESULTS_PER_PAGE of conversations_controller.rb. */
  static final int ATTACHMENTS_PER_PAGE = 100;

  private ConversationExtraRoutes() {}

  static void register(Router r) {
    r.app("GET", ConversationRoutes.BASE + "/search", ConversationExtraRoutes::search);
    r.app("POST", ONE + "/mute", call -> mute(call, true));
    r.app("POST", ONE + "/unmute", call -> mute(call, false));
    r.app("POST", ONE + "/transcript", ConversationExtraRoutes::transcript);
    r.app("POST", ONE + "/unread", ConversationExtraRoutes::unread);
    r.app("GET", ONE + "/attachments", ConversationExtraRoutes::attachments);
    r.app("GET", ONE + "/participants", ConversationExtraRoutes::participants);
    r.app("POST", ONE + "/participants", ConversationExtraRoutes::addParticipants);
    r.app("PATCH", ONE + "/participants", ConversationExtraRoutes::setParticipants);
    r.app("PUT", ONE + "/participants", ConversationExtraRoutes::setParticipants);
    r.app("DELETE", ONE + "/participants", ConversationExtraRoutes::removeParticipants);
    r.app("PATCH", MESSAGE, ConversationExtraRoutes::updateMessage);
    r.app("PUT", MESSAGE, ConversationExtraRoutes::updateMessage);
    r.app("POST", MESSAGE + "/translate", ConversationExtraRoutes::translate);
    r.app("POST", MESSAGE + "/retry", ConversationExtraRoutes::retry);
    r.add("GET", BLOBS + "/{id}/{filename}", Router.Guard.PUBLIC, ConversationExtraRoutes::blob);
  }

  /** ConversationFinder with q: {@code search.json.jbuilder} is meta (mine, unassigned, all) and a bare payload. */
  static Response search(Call call) {
    List<Store.Conversation> scoped = ConversationRoutes.scoped(call);
    ObjectNode body = Json.object();
    body.set("meta", ConversationRoutes.counts(call, scoped, false));
    body.set("payload", ConversationRoutes.page(call, scoped, Ids.page(call.request().query("page"))));
    return Response.ok(body);
  }

  static Response mute(Call call, boolean muted) {
    ConversationRoutes.find(call).muted = muted;
    return Response.empty(200);
  }

  /** The mailer takes any address; a missing one is 422 {@code {"error":"email param missing"}}. */
  static Response transcript(Call call) {
    ConversationRoutes.find(call);
    if (Admin.blank(call.request().paramText("email"))) {
      throw ApiError.unprocessable("email param missing");
    }
    return Response.empty(200);
  }

  /** Last seen moves to a second before the last incoming message; answers the conversation. */
  static Response unread(Call call) {
    Store.Conversation c = ConversationRoutes.find(call);
    for (int i = c.messages.size() - 1; i >= 0; i--) {
      if (c.messages.get(i).type == Store.MessageType.INCOMING) {
        c.agentLastSeenAt = c.messages.get(i).createdAt - 1;
        break;
      }
    }
    return Response.ok(ConversationViews.conversation(call.store(), call.account(), c));
  }

  /** Newest first, 100 a page: {@code {"meta":{"total_count":n},"payload":[...]}}. */
  static Response attachments(Call call) {
    Store.Conversation c = ConversationRoutes.find(call);
    List<Store.Message> messages = new ArrayList<>(c.messages);
    java.util.Collections.reverse(messages);
    List<ObjectNode> all = new ArrayList<>();
    for (Store.Message m : messages) {
      JsonNode view = ConversationViews.message(call.store(), call.account(), m);
      List<JsonNode> files = new ArrayList<>();
      view.path("attachments").forEach(files::add);
      java.util.Collections.reverse(files);
      for (JsonNode a : files) {
        ObjectNode o = Json.object();
        o.put("message_id", m.id);
        o.set("thumb_url", a.get("thumb_url"));
        o.set("data_url", a.get("data_url"));
        o.set("file_size", a.get("file_size"));
        o.set("file_type", a.get("file_type"));
        o.set("extension", a.get("extension"));
        o.set("width", a.get("width"));
        o.set("height", a.get("height"));
        o.put("created_at", m.createdAt);
        if (view.has("sender")) {
          o.set("sender", view.get("sender"));
        }
        all.add(o);
      }
    }
    int page = Ids.page(call.request().query("page"));
    ObjectNode body = Json.object();
    body.putObject("meta").put("total_count", all.size());
    ArrayNode payload = body.putArray("payload");
    int from = (page - 1) * ATTACHMENTS_PER_PAGE;
    for (int i = from; i < Math.min(all.size(), from + ATTACHMENTS_PER_PAGE); i++) {
      payload.add(all.get(i));
    }
    return Response.ok(body);
  }

  /** The stored bytes of an attachment, as Active Storage serves them (no token needed). */
  static Response blob(Call call) {
    long id = Ids.parse(call.path("id"));
    for (Store.Account account : call.store().accounts.values()) {
      byte[] data = account.admin.blobs.get(id);
      if (data != null) {
        return new Response(200, "application/octet-stream", data);
      }
    }
    throw ApiError.notFound();
  }

  // ---- participants ----

  private static Set<Long> participantsOf(Call call, Store.Conversation c) {
    return call.account().admin.participants.computeIfAbsent(c.displayId, k -> new LinkedHashSet<>());
  }

  private static ArrayNode agents(Call call, Iterable<Long> ids) {
    ArrayNode a = Json.array();
    ids.forEach(id -> a.add(Admin.agent(call.store(), call.account(), id)));
    return a;
  }

  static Response participants(Call call) {
    return Response.ok(agents(call, participantsOf(call, ConversationRoutes.find(call))));
  }

  /** find_or_create_by for the ids not yet participating; answers those new participants only. */
  static Response addParticipants(Call call) {
    Set<Long> current = participantsOf(call, ConversationRoutes.find(call));
    List<Long> added = new ArrayList<>();
    for (long id : Admin.userIds(call, call.request().body())) {
      if (current.add(id)) {
        added.add(id);
      }
    }
    return Response.ok(agents(call, added));
  }

  /** Exactly these participants; answers them all. */
  static Response setParticipants(Call call) {
    Set<Long> current = participantsOf(call, ConversationRoutes.find(call));
    List<Long> wanted = Admin.userIds(call, call.request().body());
    current.retainAll(wanted);
    current.addAll(wanted);
    return Response.ok(agents(call, current));
  }

  static Response removeParticipants(Call call) {
    Set<Long> current = participantsOf(call, ConversationRoutes.find(call));
    for (JsonNode id : call.request().body().path("user_ids")) {
      current.remove(id.isNumber() ? id.asLong() : Ids.rubyToI(id.asText()));
    }
    return Response.empty(200);
  }

  // ---- messages ----

  private static Store.Message message(Call call, Store.Conversation c) {
    long id = call.pathId("message_id");
    return c.messages.stream().filter(x -> x.id == id).findFirst().orElseThrow(ApiError::notFound);
  }

  private static final Set<String> STATUSES = Set.of("sent", "delivered", "read", "failed");

  /**
   * API inboxes only (403 otherwise). Messages::StatusUpdateService: an unknown status, or read → delivered,
   * changes nothing; external_error is kept only for failed.
   */
  static Response updateMessage(Call call) {
    Store.Conversation c = ConversationRoutes.find(call);
    Store.Inbox inbox = call.account().inboxes.get(c.inboxId);
    if (inbox == null || !inbox.isApi()) {
      throw ApiError.error(403, "Message status update is only allowed for API inboxes");
    }
    Store.Message m = message(call, c);
    String status = call.request().paramText("status");
    if (status != null && STATUSES.contains(status) && !(m.status.equals("read") && status.equals("delivered"))) {
      m.status = status;
      String error = call.request().paramText("external_error");
      if (status.equals("failed") && error != null) {
        m.contentAttributes.put("external_error", error);
      } else {
        m.contentAttributes.remove("external_error");
      }
    }
    return Response.ok(ConversationViews.message(call.store(), call.account(), m));
  }

  /**
   * Google Translate needs the account's Google Translate integration, which the sandbox has not: the processor
   * gives nothing and the answer is {@code {"content": null}}.
   */
  static Response translate(Call call) {
    message(call, ConversationRoutes.find(call));
    ObjectNode o = Json.object();
    o.putNull("content");
    return Response.ok(o);
  }

  /** Status back to sent, content_attributes cleared, the reply job queued; answers the message. */
  static Response retry(Call call) {
    Store.Message m = message(call, ConversationRoutes.find(call));
    m.status = "sent";
    m.contentAttributes = Json.object();
    return Response.ok(ConversationViews.message(call.store(), call.account(), m));
  }
}
