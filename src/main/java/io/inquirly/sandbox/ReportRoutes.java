package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * v2 reports and the enterprise reporting events, computed from the sandbox's own records (administrators
 * only, like ReportPolicy). Definitions, over the range {@code [since, until)} (epoch seconds; defaults: the
 * 7 days before now):
 * <ul>
 *   <li>conversations_count: conversations created in the range;
 *   <li>incoming/outgoing_messages_count: non-private incoming/outgoing messages created in the range;
 *   <li>avg_first_response_time: mean of first_response events (first public agent reply − creation);
 *   <li>avg_resolution_time / resolutions_count: mean / count of conversation_resolved events (resolution −
 *       creation);
 *   <li>reply_time: mean of reply_time events (agent reply − the contact's first unanswered message).
 * </ul>
 * Events are recorded as they happen (see {@link MessageRoutes#afterCreate}, {@link ConversationRoutes#setStatus}).
 * Scopes ({@code type}/{@code id}): agent = assignee (events: user_id), inbox, team, label (the label record's id;
 * conversations tagged with its title).
 */
final class ReportRoutes {
  private static final String V2 = "/api/v2/accounts/{account_id}";
  private static final long DAY = 86_400;

  private ReportRoutes() {}

  static void register(Router r) {
    r.app("GET", V2 + "/reports", ReportRoutes::timeseries);
    r.app("GET", V2 + "/reports/summary", ReportRoutes::summary);
    r.app("GET", V2 + "/reports/conversations", ReportRoutes::conversationMetrics);
    r.app("GET", V2 + "/summary_reports/channel", ReportRoutes::channelSummary);
    r.app("GET", V2 + "/summary_reports/inbox", call -> groupSummary(call, "inbox"));
    r.app("GET", V2 + "/summary_reports/agent", call -> groupSummary(call, "agent"));
    r.app("GET", V2 + "/summary_reports/team", call -> groupSummary(call, "team"));
    r.app("GET", V2 + "/reports/first_response_time_distribution", ReportRoutes::firstResponseDistribution);
    r.app("GET", V2 + "/reports/inbox_label_matrix", ReportRoutes::inboxLabelMatrix);
    r.app("GET", V2 + "/reports/outgoing_messages_count", ReportRoutes::outgoingMessages);
    // Enterprise-only routes: the sandbox behaves as an enterprise server.
    r.app("GET", "/api/v1/accounts/{account_id}/reporting_events", ReportRoutes::events);
    r.app("GET", ConversationRoutes.ONE + "/reporting_events", ReportRoutes::conversationEvents);
  }

  /** The time range and scope of one report request. */
  record Range(long since, long until) {
    boolean has(long t) {
      return t >= since && t < until;
    }

    Range previous() {
      return new Range(since - (until - since), since);
    }
  }

  static Range range(Request req) {
    long until = req.query("until") == null || req.query("until").isBlank() ? Store.now() + 1
        : Ids.rubyToI(req.query("until"));
    long since = req.query("since") == null || req.query("since").isBlank() ? until - 7 * DAY
        : Ids.rubyToI(req.query("since"));
    return new Range(since, until);
  }

  /** Conversations in the scope of type/id (account when absent). */
  static Predicate<Store.Conversation> scope(Call call) {
    Request req = call.request();
    String type = req.query("type");
    String id = req.query("id");
    if (type == null || type.equals("account") || id == null || id.isBlank()) {
      return c -> true;
    }
    long n = Ids.rubyToI(id);
    return switch (type) {
      case "agent" -> c -> c.assigneeId != null && c.assigneeId == n;
      case "inbox" -> c -> c.inboxId == n;
      case "team" -> c -> c.teamId != null && c.teamId == n;
      case "label" -> {
        // account.labels.find(params[:id]): a label id; its conversations are those tagged with its title
        var label = call.account().admin.labels.get(n);
        if (label == null) {
          throw ApiError.notFound();
        }
        String title = label.get("title").asText();
        yield c -> c.labels.contains(title);
      }
      default -> throw ApiError.unprocessable("Invalid type");
    };
  }

  static Predicate<Store.ReportingEvent> eventScope(Call call, Request req) {
    String type = req.query("type");
    String id = req.query("id");
    if ("agent".equals(type) && id != null && !id.isBlank()) {
      long n = Ids.rubyToI(id);
      return e -> e.userId() != null && e.userId() == n;
    }
    Predicate<Store.Conversation> conv = scope(call);
    return e -> {
      Store.Conversation c = call.account().conversations.get(e.conversationId());
      return c != null && conv.test(c);
    };
  }

  /** The value of one metric over a range. */
  static double metric(Call call, String metric, Range r, Predicate<Store.Conversation> scope,
      Predicate<Store.ReportingEvent> events) {
    Store.Account a = call.account();
    return switch (metric) {
      case "conversations_count" -> a.conversations.values().stream()
          .filter(c -> scope.test(c) && r.has(c.createdAt)).count();
      case "incoming_messages_count" -> messages(a, r, scope, Store.MessageType.INCOMING);
      case "outgoing_messages_count" -> messages(a, r, scope, Store.MessageType.OUTGOING);
      case "avg_first_response_time" -> average(a, r, events, "first_response");
      case "avg_resolution_time" -> average(a, r, events, "conversation_resolved");
      case "reply_time", "avg_reply_time" -> average(a, r, events, "reply_time");
      case "resolutions_count" -> a.reportingEvents.stream()
          .filter(e -> e.name().equals("conversation_resolved") && events.test(e) && r.has(e.createdAt())).count();
      // count_report_builder.rb: bot resolutions count events; bot hand-offs count distinct conversations
      case "bot_resolutions_count" -> a.reportingEvents.stream()
          .filter(e -> e.name().equals("conversation_bot_resolved") && events.test(e) && r.has(e.createdAt()))
          .count();
      case "bot_handoffs_count" -> a.reportingEvents.stream()
          .filter(e -> e.name().equals("conversation_bot_handoff") && events.test(e) && r.has(e.createdAt()))
          .map(Store.ReportingEvent::conversationId).distinct().count();
      default -> throw ApiError.unprocessable("invalid metric");
    };
  }

  private static long messages(Store.Account a, Range r, Predicate<Store.Conversation> scope,
      Store.MessageType type) {
    long n = 0;
    for (Store.Conversation c : a.conversations.values()) {
      if (scope.test(c)) {
        n += c.messages.stream().filter(m -> m.type == type && !m.isPrivate && r.has(m.createdAt)).count();
      }
    }
    return n;
  }

  private static double average(Store.Account a, Range r, Predicate<Store.ReportingEvent> events, String name) {
    return a.reportingEvents.stream()
        .filter(e -> e.name().equals(name) && events.test(e) && r.has(e.createdAt()))
        .mapToDouble(Store.ReportingEvent::value).average().orElse(0);
  }

  /** AVG_METRICS + COUNT_METRICS of chatwoot-4.10/app/builders/v2/reports/conversations/base_report_builder.rb. */
  private static final List<String> METRICS = List.of("conversations_count", "incoming_messages_count",
      "outgoing_messages_count", "avg_first_response_time", "avg_resolution_time", "reply_time",
      "resolutions_count", "bot_resolutions_count", "bot_handoffs_count");

  /** {@code [{value, timestamp}]}: one point per day (or group_by week|month|year), bucket start in UTC. */
  static Response timeseries(Call call) {
    call.requireAdministrator();
    Request req = call.request();
    String metric = req.query("metric");
    if (metric == null || !METRICS.contains(metric)) {
      // ReportBuilder#perform_action logs the invalid metric and the controller renders its {} (200)
      return Response.ok(Json.object());
    }
    Range r = range(req);
    String groupBy = req.query("group_by") == null ? "day" : req.query("group_by");
    ArrayNode out = Json.array();
    LocalDate day = start(Instant.ofEpochSecond(r.since()).atZone(ZoneOffset.UTC).toLocalDate(), groupBy);
    Predicate<Store.Conversation> scope = scope(call);
    Predicate<Store.ReportingEvent> events = eventScope(call, req);
    while (day.atStartOfDay(ZoneOffset.UTC).toEpochSecond() < r.until()) {
      LocalDate next = switch (groupBy) {
        case "week" -> day.plusWeeks(1);
        case "month" -> day.plusMonths(1);
        case "year" -> day.plusYears(1);
        default -> day.plusDays(1);
      };
      long from = Math.max(r.since(), day.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
      long to = Math.min(r.until(), next.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
      double v = metric(call, metric, new Range(from, to), scope, events);
      ObjectNode point = out.addObject();
      if (metric.startsWith("avg_") || metric.equals("reply_time")) {
        point.put("value", v);
      } else {
        point.put("value", (long) v);
      }
      point.put("timestamp", day.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
      day = next;
    }
    return Response.ok(out);
  }

  private static LocalDate start(LocalDate d, String groupBy) {
    return switch (groupBy) {
      case "week" -> d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
      case "month" -> d.withDayOfMonth(1);
      case "year" -> d.withDayOfYear(1);
      default -> d;
    };
  }

  private static ObjectNode summaryOf(Call call, Range r, Request req) {
    Predicate<Store.Conversation> scope = scope(call);
    Predicate<Store.ReportingEvent> events = eventScope(call, req);
    ObjectNode o = Json.object();
    o.put("avg_first_response_time", metric(call, "avg_first_response_time", r, scope, events));
    o.put("avg_resolution_time", metric(call, "avg_resolution_time", r, scope, events));
    o.put("conversations_count", (long) metric(call, "conversations_count", r, scope, events));
    o.put("incoming_messages_count", (long) metric(call, "incoming_messages_count", r, scope, events));
    o.put("outgoing_messages_count", (long) metric(call, "outgoing_messages_count", r, scope, events));
    o.put("reply_time", metric(call, "reply_time", r, scope, events));
    o.put("resolutions_count", (long) metric(call, "resolutions_count", r, scope, events));
    return o;
  }

  /** The metrics over the range, plus {@code previous}: the same metrics over the range just before. */
  static Response summary(Call call) {
    call.requireAdministrator();
    Range r = range(call.request());
    ObjectNode o = summaryOf(call, r, call.request());
    o.set("previous", summaryOf(call, r.previous(), call.request()));
    return Response.ok(o);
  }

  private static boolean unattended(Store.Conversation c) {
    return c.firstReplyCreatedAt == null || c.waitingSince != null;
  }

  /**
   * type=account → {@code {open, unattended, unassigned, pending}} of the current open conversations;
   * type=agent → one row per agent with {@code metric: {open, unattended}}: 25 memberships a page ({@code page}),
   * each page sorted by open conversations, most first; user_id is ignored
   * (chatwoot-4.10/app/builders/v2/report_builder.rb agent_metrics, AGENT_RESULTS_PER_PAGE).
   */
  static final int AGENTS_PER_PAGE = 25;

  static Response conversationMetrics(Call call) {
    call.requireAdministrator();
    Store.Account a = call.account();
    List<Store.Conversation> open = a.conversations.values().stream().filter(c -> c.status.equals("open")).toList();
    if ("agent".equals(call.request().query("type"))) {
      int page = Ids.page(call.request().query("page"));
      List<ObjectNode> rows = new ArrayList<>();
      for (Store.AccountUser au : a.members.values().stream().skip((long) (page - 1) * AGENTS_PER_PAGE)
          .limit(AGENTS_PER_PAGE).toList()) {
        Store.User u = call.store().users.get(au.userId);
        ObjectNode row = Json.object();
        rows.add(row);
        row.put("id", u.id);
        row.put("name", u.name);
        row.put("email", u.email);
        row.put("thumbnail", "");
        row.put("availability", au.availability);
        ObjectNode m = row.putObject("metric");
        m.put("open", open.stream().filter(c -> Long.valueOf(u.id).equals(c.assigneeId)).count());
        m.put("unattended", open.stream().filter(c -> Long.valueOf(u.id).equals(c.assigneeId) && unattended(c))
            .count());
      }
      ArrayNode out = Json.array();
      rows.stream().sorted(java.util.Comparator.comparingLong((ObjectNode row) -> row.path("metric").path("open")
          .asLong()).reversed()).forEach(out::add);
      return Response.ok(out);
    }
    ObjectNode o = Json.object();
    o.put("open", open.size());
    o.put("unattended", open.stream().filter(ReportRoutes::unattended).count());
    o.put("unassigned", open.stream().filter(c -> c.assigneeId == null).count());
    o.put("pending", a.conversations.values().stream().filter(c -> c.status.equals("pending")).count());
    return Response.ok(o);
  }

  /** {@code {"Channel::Api":{"open":..,"resolved":..,"pending":..,"snoozed":..,"total":..}}}. */
  static Response channelSummary(Call call) {
    call.requireAdministrator();
    Range r = range(call.request());
    ObjectNode out = Json.object();
    for (Store.Conversation c : call.account().conversations.values()) {
      Store.Inbox inbox = call.account().inboxes.get(c.inboxId);
      if (inbox == null || !r.has(c.createdAt)) {
        continue;
      }
      ObjectNode row = out.has(inbox.channelType) ? (ObjectNode) out.get(inbox.channelType) : newRow(out,
          inbox.channelType, List.of("open", "resolved", "pending", "snoozed", "total"));
      row.put(c.status, row.get(c.status).asLong() + 1);
      row.put("total", row.get("total").asLong() + 1);
    }
    return Response.ok(out);
  }

  private static ObjectNode newRow(ObjectNode parent, String key, List<String> fields) {
    ObjectNode row = parent.putObject(key);
    fields.forEach(f -> row.put(f, 0));
    return row;
  }

  /** One row per inbox, agent or team: counts and average times (null without data) in the range. */
  static Response groupSummary(Call call, String by) {
    call.requireAdministrator();
    Store.Account a = call.account();
    Range r = range(call.request());
    List<Long> ids = switch (by) {
      case "inbox" -> new ArrayList<>(a.inboxes.keySet());
      case "agent" -> new ArrayList<>(a.members.keySet());
      default -> new ArrayList<>(a.teams.keySet());
    };
    ArrayNode out = Json.array();
    for (long id : ids) {
      Predicate<Store.Conversation> scope = switch (by) {
        case "inbox" -> c -> c.inboxId == id;
        case "agent" -> c -> Long.valueOf(id).equals(c.assigneeId);
        default -> c -> Long.valueOf(id).equals(c.teamId);
      };
      Predicate<Store.ReportingEvent> events = by.equals("agent")
          ? e -> Long.valueOf(id).equals(e.userId())
          : e -> {
            Store.Conversation c = a.conversations.get(e.conversationId());
            return c != null && scope.test(c);
          };
      ObjectNode row = out.addObject();
      row.put("id", id);
      row.put("conversations_count", (long) metric(call, "conversations_count", r, scope, events));
      row.put("resolved_conversations_count", (long) metric(call, "resolutions_count", r, scope, events));
      putAverage(row, "avg_resolution_time", a, r, events, "conversation_resolved");
      putAverage(row, "avg_first_response_time", a, r, events, "first_response");
      putAverage(row, "avg_reply_time", a, r, events, "reply_time");
    }
    return Response.ok(out);
  }

  private static void putAverage(ObjectNode row, String field, Store.Account a, Range r,
      Predicate<Store.ReportingEvent> events, String name) {
    var avg = a.reportingEvents.stream().filter(e -> e.name().equals(name) && events.test(e) && r.has(e.createdAt()))
        .mapToDouble(Store.ReportingEvent::value).average();
    if (avg.isPresent()) {
      row.put(field, avg.getAsDouble());
    } else {
      row.putNull(field);
    }
  }

  /** first_response events of the range in buckets 0-1h, 1-4h, 4-8h, 8-24h, 24h+, per channel type. */
  static Response firstResponseDistribution(Call call) {
    call.requireAdministrator();
    Range r = range(call.request());
    ObjectNode out = Json.object();
    List<String> buckets = List.of("0-1h", "1-4h", "4-8h", "8-24h", "24h+");
    for (Store.ReportingEvent e : call.account().reportingEvents) {
      Store.Inbox inbox = call.account().inboxes.get(e.inboxId());
      if (!e.name().equals("first_response") || inbox == null || !r.has(e.createdAt())) {
        continue;
      }
      ObjectNode row = out.has(inbox.channelType) ? (ObjectNode) out.get(inbox.channelType)
          : newRow(out, inbox.channelType, buckets);
      double h = e.value() / 3600.0;
      String b = h < 1 ? "0-1h" : h < 4 ? "1-4h" : h < 8 ? "4-8h" : h < 24 ? "8-24h" : "24h+";
      row.put(b, row.get(b).asLong() + 1);
    }
    return Response.ok(out);
  }

  /**
   * Conversations created in the range per inbox × label (InboxLabelMatrixBuilder): the account's inboxes by
   * name and its label records by title, each optionally narrowed to inbox_ids[] / label_ids[]; a cell counts
   * the inbox's conversations tagged with the label's title.
   */
  static Response inboxLabelMatrix(Call call) {
    call.requireAdministrator();
    Store.Account a = call.account();
    Range r = range(call.request());
    List<String> inboxFilter = call.request().queryList("inbox_ids");
    List<String> labelFilter = call.request().queryList("label_ids");
    ObjectNode out = Json.object();
    ArrayNode inboxes = out.putArray("inboxes");
    ArrayNode labels = out.putArray("labels");
    List<Store.Inbox> shownInboxes = a.inboxes.values().stream()
        .filter(i -> inboxFilter.isEmpty() || inboxFilter.contains(String.valueOf(i.id)))
        .sorted(Comparator.comparing((Store.Inbox i) -> i.name)).toList();
    List<String> labelTitles = new ArrayList<>();
    a.admin.labels.values().stream()
        .filter(l -> labelFilter.isEmpty() || labelFilter.contains(l.get("id").asText()))
        .sorted(Comparator.comparing((ObjectNode l) -> l.get("title").asText()))
        .forEach(l -> {
          labels.addObject().put("id", l.get("id").asLong()).put("title", l.get("title").asText());
          labelTitles.add(l.get("title").asText());
        });
    ArrayNode matrix = out.putArray("matrix");
    for (Store.Inbox inbox : shownInboxes) {
      ObjectNode x = inboxes.addObject();
      x.put("id", inbox.id);
      x.put("name", inbox.name);
      ArrayNode row = matrix.addArray();
      for (String title : labelTitles) {
        row.add(a.conversations.values().stream()
            .filter(c -> c.inboxId == inbox.id && c.labels.contains(title) && r.has(c.createdAt)).count());
      }
    }
    return Response.ok(out);
  }

  /** {@code [{id, name, outgoing_messages_count}]} grouped by agent (sender; bots excluded), team, inbox, label. */
  static Response outgoingMessages(Call call) {
    call.requireAdministrator();
    Store.Account a = call.account();
    Range r = range(call.request());
    String by = call.request().query("group_by");
    if (by == null || !List.of("agent", "team", "inbox", "label").contains(by)) {
      throw ApiError.unprocessable("group_by must be one of agent, team, inbox, label");
    }
    Map<String, long[]> counts = new java.util.LinkedHashMap<>();
    Map<String, String> names = new java.util.LinkedHashMap<>();
    for (Store.Conversation c : a.conversations.values()) {
      for (Store.Message m : c.messages) {
        if (m.type != Store.MessageType.OUTGOING || m.isPrivate || !r.has(m.createdAt)) {
          continue;
        }
        List<String[]> keys = new ArrayList<>();
        switch (by) {
          case "agent" -> {
            if ("User".equals(m.senderType)) {
              Store.User u = call.store().users.get(m.senderId);
              keys.add(new String[] {String.valueOf(m.senderId), u == null ? null : u.name});
            }
          }
          case "team" -> {
            Store.Team t = c.teamId == null ? null : a.teams.get(c.teamId);
            if (t != null) {
              keys.add(new String[] {String.valueOf(t.id), t.name});
            }
          }
          case "inbox" -> {
            Store.Inbox i = a.inboxes.get(c.inboxId);
            keys.add(new String[] {String.valueOf(c.inboxId), i == null ? null : i.name});
          }
          default -> c.labels.forEach(l -> keys.add(new String[] {l, l}));
        }
        for (String[] k : keys) {
          counts.computeIfAbsent(k[0], x -> new long[1])[0]++;
          names.put(k[0], k[1]);
        }
      }
    }
    ArrayNode out = Json.array();
    counts.forEach((id, n) -> {
      ObjectNode row = out.addObject();
      if (id.matches("\\d+")) {
        row.put("id", Long.parseLong(id));
      } else {
        row.put("id", id);
      }
      row.put("name", names.get(id));
      row.put("outgoing_messages_count", n[0]);
    });
    return Response.ok(out);
  }

  private static ObjectNode event(Store.ReportingEvent e) {
    ObjectNode o = Json.object();
    o.put("id", e.id());
    o.put("name", e.name());
    o.put("value", e.value());
    o.put("value_in_business_hours", e.value());
    o.put("event_start_time", Views.iso(e.eventStartTime()));
    o.put("event_end_time", Views.iso(e.eventEndTime()));
    o.put("account_id", e.accountId());
    o.put("conversation_id", e.conversationId());
    o.put("inbox_id", e.inboxId());
    if (e.userId() == null) {
      o.putNull("user_id");
    } else {
      o.put("user_id", e.userId());
    }
    o.put("created_at", Views.iso(e.createdAt()));
    o.put("updated_at", Views.iso(e.createdAt()));
    return o;
  }

  /** Enterprise: 25 per page, newest first, filters since/until (Unix seconds), inbox_id, user_id, name. */
  static Response events(Call call) {
    call.requireAdministrator();
    Request req = call.request();
    Range r = new Range(req.query("since") == null ? 0 : Ids.rubyToI(req.query("since")),
        req.query("until") == null ? Long.MAX_VALUE : Ids.rubyToI(req.query("until")));
    String inbox = req.query("inbox_id");
    String user = req.query("user_id");
    String name = req.query("name");
    List<Store.ReportingEvent> matching = new ArrayList<>();
    for (Store.ReportingEvent e : call.account().reportingEvents) {
      if (r.has(e.createdAt()) && (inbox == null || e.inboxId() == Ids.rubyToI(inbox))
          && (user == null || e.userId() != null && e.userId() == Ids.rubyToI(user))
          && (name == null || name.equals(e.name()))) {
        matching.add(e);
      }
    }
    matching.sort((x, y) -> Long.compare(y.createdAt(), x.createdAt()) != 0
        ? Long.compare(y.createdAt(), x.createdAt()) : Long.compare(y.id(), x.id()));
    int page = Ids.page(req.query("page"));
    ObjectNode body = Json.object();
    ObjectNode meta = body.putObject("meta");
    meta.put("count", matching.size());
    meta.put("current_page", page);
    meta.put("total_pages", (matching.size() + 24) / 25);
    ArrayNode payload = body.putArray("payload");
    matching.stream().skip((page - 1L) * 25).limit(25).forEach(e -> payload.add(event(e)));
    return Response.ok(body);
  }

  /** Enterprise: the conversation's events as a bare array, oldest first. */
  static Response conversationEvents(Call call) {
    Store.Conversation c = ConversationRoutes.find(call);
    call.requireAdministrator();
    ArrayNode out = Json.array();
    call.account().reportingEvents.stream().filter(e -> e.conversationId() == c.displayId)
        .forEach(e -> out.add(event(e)));
    return Response.ok(out);
  }

}
