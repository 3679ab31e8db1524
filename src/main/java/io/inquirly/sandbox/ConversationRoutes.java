package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Conversations of an account (Chatwoot {@code conversations_controller.rb}, {@code ConversationFinder},
 * {@code assignments_controller.rb}, {@code labels_controller.rb}). Paths and bodies use display ids.
 */
final class ConversationRoutes {
  static final String BASE = "/api/v1/accounts/{account_id}/conversations";
  static final String ONE = BASE + "/{conversation_id}";
  /** CONVERSATION_RESULTS_PER_PAGE. */
  static final int PER_PAGE = 25;
  static final List<String> STATUSES = List.of("open", "resolved", "pending", "snoozed");
  static final List<String> PRIORITIES = List.of("low", "medium", "high", "urgent");

  private ConversationRoutes() {}

  static void register(Router r) {
    Router.Guard bots = Router.Guard.APPLICATION_BOTS_ALLOWED;
    r.app("GET", BASE, ConversationRoutes::list);
    r.add("POST", BASE, bots, ConversationRoutes::create);
    r.app("GET", BASE + "/meta", ConversationRoutes::meta);
    r.app("POST", BASE + "/filter", ConversationRoutes::filter);
    r.app("GET", ONE, ConversationRoutes::show);
    r.add("PATCH", ONE, bots, ConversationRoutes::update);
    r.app("DELETE", ONE, ConversationRoutes::delete);
    r.add("POST", ONE + "/toggle_status", bots, ConversationRoutes::toggleStatus);
    r.add("POST", ONE + "/toggle_priority", bots, ConversationRoutes::togglePriority);
    // not bots: chatwoot-4.10's BOT_ACCESSIBLE_ENDPOINTS (access_token_auth_helper.rb) lists toggle_status,
    // toggle_priority, create, update, custom_attributes, messages create and assignments create only
    r.app("POST", ONE + "/toggle_typing_status", ConversationRoutes::toggleTyping);
    r.add("POST", ONE + "/custom_attributes", bots, ConversationRoutes::customAttributes);
    r.add("POST", ONE + "/assignments", bots, ConversationRoutes::assign);
    r.app("GET", ONE + "/labels", ConversationRoutes::labels);
    r.app("POST", ONE + "/labels", ConversationRoutes::setLabels);
  }

  // ---- finder ----

  /** The conversation of the path, if the caller may see its inbox (ConversationPolicy: 401 otherwise). */
  static Store.Conversation find(Call call) {
    Store.Conversation c = call.store().conversation(call.account(), call.pathId("conversation_id"));
    if (!visible(call, c)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    return c;
  }

  static boolean visible(Call call, Store.Conversation c) {
    Store.Inbox inbox = call.account().inboxes.get(c.inboxId);
    return inbox != null && InboxRoutes.canSee(call, inbox);
  }

  /** Status, inbox, team, labels (any of) and q (message content; disables the status filter). */
  static List<Store.Conversation> scoped(Call call) {
    Request req = call.request();
    String q = blank(req.query("q"));
    String status = blank(req.query("status"));
    status = status == null ? "open" : status;
    Long inboxId = number(req.query("inbox_id"));
    Long teamId = number(req.query("team_id"));
    List<String> labels = req.queryList("labels");
    List<Store.Conversation> out = new ArrayList<>();
    for (Store.Conversation c : call.account().conversations.values()) {
      if (!visible(call, c)) {
        continue;
      }
      if (q == null && !status.equals("all") && !status.equals(c.status)) {
        continue;
      }
      if (inboxId != null && c.inboxId != inboxId || teamId != null && !teamId.equals(c.teamId)) {
        continue;
      }
      if (!labels.isEmpty() && labels.stream().noneMatch(c.labels::contains)) {
        continue;
      }
      if (q != null && c.messages.stream().noneMatch(m -> m.content != null
          && m.content.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      out.add(c);
    }
    out.sort(Comparator.comparingLong((Store.Conversation c) -> c.lastActivityAt).reversed()
        .thenComparing(Comparator.comparingLong((Store.Conversation c) -> c.displayId).reversed()));
    return out;
  }

  private static Long currentUserId(Call call) {
    return call.principal().isUser() ? call.principal().user().id : null;
  }

  private static boolean assigneeMatches(Call call, Store.Conversation c, String type) {
    return switch (type == null ? "all" : type) {
      case "me" -> c.assigneeId != null && c.assigneeId.equals(currentUserId(call));
      case "unassigned" -> c.assigneeId == null;
      case "assigned" -> c.assigneeId != null;
      default -> true;
    };
  }

  static ObjectNode counts(Call call, List<Store.Conversation> scoped, boolean withAssigned) {
    ObjectNode meta = Json.object();
    meta.put("mine_count", scoped.stream().filter(c -> assigneeMatches(call, c, "me")).count());
    if (withAssigned) {
      meta.put("assigned_count", scoped.stream().filter(c -> c.assigneeId != null).count());
    }
    meta.put("unassigned_count", scoped.stream().filter(c -> c.assigneeId == null).count());
    meta.put("all_count", scoped.size());
    return meta;
  }

  static ArrayNode page(Call call, List<Store.Conversation> list, int page) {
    ArrayNode payload = Json.array();
    int from = (page - 1) * PER_PAGE;
    for (int i = from; i < Math.min(list.size(), from + PER_PAGE); i++) {
      payload.add(ConversationViews.conversation(call.store(), call.account(), list.get(i)));
    }
    return payload;
  }

  /** {@code {"data":{"meta":{counts},"payload":[...]}}}; counts ignore the assignee_type filter. */
  static Response list(Call call) {
    List<Store.Conversation> scoped = scoped(call);
    String type = call.request().query("assignee_type");
    List<Store.Conversation> shown = scoped.stream().filter(c -> assigneeMatches(call, c, type)).toList();
    ObjectNode body = Json.object();
    ObjectNode data = body.putObject("data");
    data.set("meta", counts(call, scoped, true));
    data.set("payload", page(call, shown, Ids.page(call.request().query("page"))));
    return Response.ok(body);
  }

  static Response meta(Call call) {
    ObjectNode body = Json.object();
    body.set("meta", counts(call, scoped(call), true));
    return Response.ok(body);
  }

  /** Not wrapped in data: {@code {"meta":{counts},"payload":[...]}}. */
  static Response filter(Call call) {
    List<Store.Conversation> visible = new ArrayList<>();
    for (Store.Conversation c : ConversationFilter.apply(call.account(), call.request().body().get("payload"))) {
      if (visible(call, c)) {
        visible.add(c);
      }
    }
    visible.sort(Comparator.comparingLong((Store.Conversation c) -> c.lastActivityAt).reversed());
    ObjectNode body = Json.object();
    body.set("meta", counts(call, visible, true));
    body.set("payload", page(call, visible, Ids.page(call.request().query("page"))));
    return Response.ok(body);
  }

  // ---- single conversation ----

  static Response show(Call call) {
    return Response.ok(ConversationViews.conversation(call.store(), call.account(), find(call)));
  }

  /**
   * Creates a conversation for inbox_id + contact_id (the contact inbox is found or built), or for the
   * contact inbox of source_id. Optional status, assignee_id, team_id, attributes and a first message
   * {@code message: {content}} sent as the caller (outgoing). Answers the full conversation.
   */
  static Response create(Call call) {
    Store store = call.store();
    Store.Account account = call.account();
    ObjectNode params = call.request().body();
    String sourceId = ContactRules.blankToNull(Json.text(params, "source_id"));
    String inboxParam = Json.text(params, "inbox_id");
    String contactParam = Json.text(params, "contact_id");
    Store.Inbox inbox;
    Store.Contact contact;
    if (inboxParam != null && contactParam != null) {
      inbox = store.inbox(account, Ids.parse(inboxParam));
      contact = store.contact(account, Ids.parse(contactParam));
      Store.ContactInbox ci = null;
      for (Store.ContactInbox x : contact.contactInboxes) {
        if (x.inboxId == inbox.id && (sourceId == null || sourceId.equals(x.sourceId))) {
          ci = x;
        }
      }
      if (ci == null) {
        for (Store.Contact other : account.contacts.values()) {
          for (Store.ContactInbox x : other.contactInboxes) {
            if (sourceId != null && x.inboxId == inbox.id && sourceId.equals(x.sourceId)) {
              throw ApiError.unprocessable("source_id should be unique");
            }
          }
        }
        ci = ContactRoutes.addContactInbox(store, contact, inbox, sourceId == null ? store.newUuid() : sourceId);
      }
      sourceId = ci.sourceId;
    } else if (sourceId != null) {
      Store.ContactInbox found = null;
      Store.Contact owner = null;
      for (Store.Contact c : account.contacts.values()) {
        for (Store.ContactInbox x : c.contactInboxes) {
          if (sourceId.equals(x.sourceId)) {
            found = x;
            owner = c;
          }
        }
      }
      if (found == null) {
        throw ApiError.notFound();
      }
      inbox = store.inbox(account, found.inboxId);
      contact = owner;
    } else {
      throw ApiError.unprocessable("param is missing or the value is empty: source_id");
    }
    if (!InboxRoutes.canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    String status = Json.text(params, "status");
    if (status != null && !STATUSES.contains(status)) {
      throw ApiError.unprocessable("'" + status + "' is not a valid status");
    }
    long now = Store.now();
    Store.Conversation c = new Store.Conversation(store.nextId("conversations"), account.nextDisplayId(), account.id,
        inbox.id, contact.id, now);
    c.contactInboxSourceId = sourceId;
    if (status != null) {
      c.status = status;
    }
    c.additionalAttributes = Json.objectOrEmpty(params.get("additional_attributes"));
    c.customAttributes = Json.objectOrEmpty(params.get("custom_attributes"));
    String assignee = Json.text(params, "assignee_id");
    if (assignee != null && account.members.containsKey(Ids.rubyToI(assignee))) {
      c.assigneeId = Ids.rubyToI(assignee);
    }
    String team = Json.text(params, "team_id");
    if (team != null && account.teams.containsKey(Ids.rubyToI(team))) {
      c.teamId = Ids.rubyToI(team);
    }
    JsonNode message = params.get("message");
    account.conversations.put(c.displayId, c);
    if (message != null && message.isObject() && message.hasNonNull("content")) {
      MessageRoutes.add(call, c, (ObjectNode) message);
    }
    return Response.ok(ConversationViews.conversation(store, account, c));
  }

  /** PATCH permits priority (and sla_policy_id, ignored); answers the conversation. */
  static Response update(Call call) {
    Store.Conversation c = find(call);
    ObjectNode params = call.request().body();
    if (params.has("priority")) {
      c.priority = priority(params.get("priority"));
    }
    return Response.ok(ConversationViews.conversation(call.store(), call.account(), c));
  }

  /** Administrators only; 200 with an empty body (the real server deletes in a job). */
  static Response delete(Call call) {
    Store.Conversation c = find(call);
    call.requireAdministrator();
    call.account().conversations.remove(c.displayId);
    return Response.empty(200);
  }

  /**
   * Without status: open↔resolved (anything else opens); with status: set it, snoozed_until (Unix seconds)
   * kept only while snoozed. {@code {"meta":{},"payload":{success, conversation_id, current_status,
   * snoozed_until}}}.
   */
  static Response toggleStatus(Call call) {
    Store.Conversation c = find(call);
    ObjectNode params = call.request().body();
    String status = ContactRules.blankToNull(Json.text(params, "status"));
    String next;
    if (status == null) {
      next = c.status.equals("open") ? "resolved" : "open";
    } else {
      next = status.equals("bot") ? "pending" : status;
      if (!STATUSES.contains(next)) {
        throw ApiError.unprocessable("'" + status + "' is not a valid status");
      }
    }
    Long snoozedUntil = c.snoozedUntil;
    if (status != null && params.hasNonNull("snoozed_until")) {
      snoozedUntil = parseTime(Json.text(params, "snoozed_until"));
    }
    setStatus(call, c, next);
    c.snoozedUntil = next.equals("snoozed") ? snoozedUntil : null;
    ObjectNode body = Json.object();
    body.putObject("meta");
    ObjectNode payload = body.putObject("payload");
    payload.put("success", true);
    payload.put("conversation_id", c.displayId);
    payload.put("current_status", c.status);
    if (c.snoozedUntil == null) {
      payload.putNull("snoozed_until");
    } else {
      payload.put("snoozed_until", c.snoozedUntil);
    }
    return Response.ok(body);
  }

  /** Status change with its reporting event (conversation_resolved: seconds from creation to resolution). */
  static void setStatus(Call call, Store.Conversation c, String next) {
    setStatus(call.store(), call.account(), c, next, Store.now());
  }

  static void setStatus(Store store, Store.Account account, Store.Conversation c, String next, long now) {
    if (next.equals("resolved") && !c.status.equals("resolved")) {
      account.reportingEvents.add(new Store.ReportingEvent(store.nextId("reporting_events"), account.id,
          "conversation_resolved", now - c.createdAt, c.inboxId, c.assigneeId, c.displayId, c.createdAt, now, now));
    }
    c.status = next;
    c.lastActivityAt = now;
  }

  /** Parses snoozed_until: Unix seconds, or a date/time text (parse_date_time). */
  private static Long parseTime(String raw) {
    if (raw.matches("\\d+(\\.\\d+)?")) {
      return (long) Double.parseDouble(raw);
    }
    try {
      return Instant.parse(raw).getEpochSecond();
    } catch (DateTimeParseException e) {
      throw ApiError.unprocessable("invalid date");
    }
  }

  /** {@code toggle_priority(params[:priority])}: priority.presence; head :ok. */
  static Response togglePriority(Call call) {
    Store.Conversation c = find(call);
    c.priority = priority(call.request().body().get("priority"));
    return Response.empty(200);
  }

  private static String priority(JsonNode node) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    String p = node.asText();
    if (!PRIORITIES.contains(p)) {
      throw ApiError.unprocessable("'" + p + "' is not a valid priority");
    }
    return p;
  }

  /** typing_status on|off (anything else is ignored); head :ok. */
  static Response toggleTyping(Call call) {
    Store.Conversation c = find(call);
    String status = Json.text(call.request().body(), "typing_status");
    if (currentUserId(call) != null && ("on".equals(status) || "off".equals(status))) {
      c.typing.put(currentUserId(call), status);
    }
    return Response.empty(200);
  }

  /** Assignment, not a merge: the given object REPLACES the custom attributes. */
  static Response customAttributes(Call call) {
    Store.Conversation c = find(call);
    c.customAttributes = Json.objectOrEmpty(call.request().body().get("custom_attributes"));
    ObjectNode body = Json.object();
    body.set("custom_attributes", c.customAttributes.deepCopy());
    return Response.ok(body);
  }

  /**
   * assignee_id present → that account member (null/unknown unassigns), answered as the agent or null;
   * else team_id → that team (unknown clears it), answered as the team model or null; else null.
   */
  static Response assign(Call call) {
    Store.Conversation c = find(call);
    ObjectNode params = call.request().body();
    Store.Account account = call.account();
    if (params.has("assignee_id")) {
      String raw = Json.text(params, "assignee_id");
      long id = raw == null ? 0 : Ids.rubyToI(raw);
      Store.AccountUser member = account.members.get(id);
      c.assigneeId = member == null ? null : id;
      if (member == null) {
        return Response.text(200, Response.JSON, "null");
      }
      return Response.ok(ConversationViews.agent(call.store().users.get(id), member));
    }
    if (params.has("team_id")) {
      String raw = Json.text(params, "team_id");
      Store.Team team = raw == null ? null : account.teams.get(Ids.rubyToI(raw));
      c.teamId = team == null ? null : team.id;
      if (team == null) {
        return Response.text(200, Response.JSON, "null");
      }
      return Response.ok(ConversationViews.team(team, null));
    }
    return Response.text(200, Response.JSON, "null");
  }

  static Response labels(Call call) {
    return Response.ok(labelsBody(find(call)));
  }

  /** POST {"labels":[...]} REPLACES the label list; answers the new list. */
  static Response setLabels(Call call) {
    Store.Conversation c = find(call);
    JsonNode labels = call.request().param("labels");
    Set<String> next = new LinkedHashSet<>();
    if (labels != null && labels.isArray()) {
      labels.forEach(l -> add(next, l.asText()));
    } else if (labels != null && !labels.isNull()) {
      for (String l : labels.asText().split(",")) {
        add(next, l);
      }
    }
    c.labels.clear();
    c.labels.addAll(next);
    return Response.ok(labelsBody(c));
  }

  private static void add(Set<String> labels, String raw) {
    String l = raw == null ? "" : raw.strip();
    if (!l.isEmpty()) {
      labels.add(l);
    }
  }

  private static ObjectNode labelsBody(Store.Conversation c) {
    ObjectNode body = Json.object();
    ArrayNode payload = body.putArray("payload");
    c.labels.forEach(payload::add);
    return body;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Long number(String s) {
    return s == null || s.isBlank() ? null : Ids.rubyToI(s);
  }
}
