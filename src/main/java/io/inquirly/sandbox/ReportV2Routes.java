package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The v2 reports added after the first report routes ({@link ReportRoutes}): label summary, bot summary and bot
 * metrics, the conversations summary and traffic CSV reports, live conversation metrics (grouped or not), and the
 * CSAT CSV download. Reference: chatwoot-4.10/app/controllers/api/v2/accounts/reports_controller.rb,
 * summary_reports_controller.rb, live_reports_controller.rb, app/helpers/api/v2/accounts/ and
 * app/views/api/v2/accounts/reports/; app/controllers/api/v1/accounts/csat_survey_responses_controller.rb.
 */
final class ReportV2Routes {
  private static final String V2 = "/api/v2/accounts/{account_id}";
  private static final long HOUR = 3600;
  private static final long DAY = 86_400;

  private ReportV2Routes() {}

  static void register(Router r) {
    r.app("GET", V2 + "/summary_reports/label", ReportV2Routes::labelSummary);
    r.app("GET", V2 + "/reports/bot_summary", ReportV2Routes::botSummary);
    r.app("GET", V2 + "/reports/bot_metrics", ReportV2Routes::botMetrics);
    r.app("GET", V2 + "/reports/conversations_summary", ReportV2Routes::conversationsSummary);
    r.app("GET", V2 + "/reports/conversation_traffic", ReportV2Routes::traffic);
    r.app("GET", V2 + "/live_reports/conversation_metrics", ReportV2Routes::live);
    r.app("GET", V2 + "/live_reports/grouped_conversation_metrics", ReportV2Routes::liveGrouped);
    r.app("GET", Admin.A + "/csat_survey_responses/download", ReportV2Routes::csatDownload);
  }

  /** label_summary_builder.rb: one row per label (by title), averages 0 without data. */
  static Response labelSummary(Call call) {
    call.requireAdministrator();
    Store.Account a = call.account();
    ReportRoutes.Range r = ReportRoutes.range(call.request());
    ArrayNode out = Json.array();
    for (ObjectNode label : a.admin.labels.values()) {
      String title = label.get("title").asText();
      Predicate<Store.Conversation> scope = c -> c.labels.contains(title);
      Predicate<Store.ReportingEvent> events = e -> {
        Store.Conversation c = a.conversations.get(e.conversationId());
        return c != null && scope.test(c);
      };
      ObjectNode row = out.addObject();
      row.put("id", label.get("id").asLong());
      row.put("name", title);
      row.put("conversations_count", (long) ReportRoutes.metric(call, "conversations_count", r, scope, events));
      row.put("avg_resolution_time", ReportRoutes.metric(call, "avg_resolution_time", r, scope, events));
      row.put("avg_first_response_time", ReportRoutes.metric(call, "avg_first_response_time", r, scope, events));
      row.put("avg_reply_time", ReportRoutes.metric(call, "avg_reply_time", r, scope, events));
      row.put("resolved_conversations_count", (long) ReportRoutes.metric(call, "resolutions_count", r, scope,
          events));
    }
    return Response.ok(out);
  }

  private static ObjectNode botSummaryOf(Call call, ReportRoutes.Range r) {
    Predicate<Store.Conversation> scope = ReportRoutes.scope(call);
    Predicate<Store.ReportingEvent> events = ReportRoutes.eventScope(call, call.request());
    ObjectNode o = Json.object();
    o.put("bot_resolutions_count", (long) ReportRoutes.metric(call, "bot_resolutions_count", r, scope, events));
    o.put("bot_handoffs_count", (long) ReportRoutes.metric(call, "bot_handoffs_count", r, scope, events));
    return o;
  }

  /** MetricBuilder#bot_summary over the range, plus {@code previous}. */
  static Response botSummary(Call call) {
    call.requireAdministrator();
    ReportRoutes.Range r = ReportRoutes.range(call.request());
    ObjectNode o = botSummaryOf(call, r);
    o.set("previous", botSummaryOf(call, r.previous()));
    return Response.ok(o);
  }

  /** bot_metrics_builder.rb: conversations of inboxes with an active bot, their outgoing messages, rates in %. */
  static Response botMetrics(Call call) {
    call.requireAdministrator();
    Store.Account a = call.account();
    ReportRoutes.Range r = ReportRoutes.range(call.request());
    List<Store.Conversation> bot = a.conversations.values().stream()
        .filter(c -> a.admin.inboxBots.containsKey(c.inboxId) && r.has(c.createdAt)).toList();
    long messages = bot.stream().mapToLong(c -> c.messages.stream()
        .filter(m -> m.type == Store.MessageType.OUTGOING && r.has(m.createdAt)).count()).sum();
    long resolved = a.reportingEvents.stream().filter(e -> e.name().equals("conversation_bot_resolved")
        && r.has(e.createdAt())).map(Store.ReportingEvent::conversationId).distinct().count();
    long handoffs = a.reportingEvents.stream().filter(e -> e.name().equals("conversation_bot_handoff")
        && r.has(e.createdAt())).map(Store.ReportingEvent::conversationId).distinct().count();
    ObjectNode o = Json.object();
    o.put("conversation_count", bot.size());
    o.put("message_count", messages);
    o.put("resolution_rate", bot.isEmpty() ? 0 : (int) (resolved * 100 / bot.size()));
    o.put("handoff_rate", bot.isEmpty() ? 0 : (int) (handoffs * 100 / bot.size()));
    return Response.ok(o);
  }

  /** The report's period line (reports.period): both ends are required, as Date.strptime fails without them. */
  private static String period(Request req) {
    String since = req.query("since");
    String until = req.query("until");
    if (Admin.blank(since) || Admin.blank(until)) {
      throw ApiError.error(500, "Internal Server Error"); // Date.strptime(nil) raises TypeError
    }
    return "Reporting period " + LocalDate.ofInstant(Instant.ofEpochSecond(Ids.rubyToI(since)), ZoneOffset.UTC)
        + " to " + LocalDate.ofInstant(Instant.ofEpochSecond(Ids.rubyToI(until)), ZoneOffset.UTC);
  }

  /** conversations_summary.csv.erb: period, blank line, header, one row of account totals. */
  static Response conversationsSummary(Call call) {
    call.requireAdministrator();
    String period = period(call.request());
    ReportRoutes.Range r = ReportRoutes.range(call.request());
    Predicate<Store.Conversation> all = c -> true;
    Predicate<Store.ReportingEvent> events = e -> true;
    StringBuilder csv = new StringBuilder(CsvCells.line(List.of(period))).append('\n');
    csv.append(CsvCells.line(List.of("Conversations count", "Incoming messages", "Outgoing messages",
        "Avg first response time", "Avg resolution time", "Resolution count", "Avg customer waiting time")));
    csv.append(CsvCells.line(List.of(
        count(call, "conversations_count", r, all, events), count(call, "incoming_messages_count", r, all, events),
        count(call, "outgoing_messages_count", r, all, events),
        duration(ReportRoutes.metric(call, "avg_first_response_time", r, all, events)),
        duration(ReportRoutes.metric(call, "avg_resolution_time", r, all, events)),
        count(call, "resolutions_count", r, all, events),
        duration(ReportRoutes.metric(call, "reply_time", r, all, events)))));
    return Response.text(200, "text/csv", csv.toString());
  }

  private static String count(Call call, String metric, ReportRoutes.Range r, Predicate<Store.Conversation> scope,
      Predicate<Store.ReportingEvent> events) {
    return String.valueOf((long) ReportRoutes.metric(call, metric, r, scope, events));
  }

  /** Reports::TimeFormatPresenter: the largest units, e.g. "1 hr 5 mins", "45 secs". */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    long d = s / DAY;
    long h = s % DAY / HOUR;
    long m = s % HOUR / 60;
    List<String> parts = new ArrayList<>();
    if (d > 0) {
      parts.add(d + (d == 1 ? " day" : " days"));
    }
    if (h > 0) {
      parts.add(h + (h == 1 ? " hr" : " hrs"));
    }
    if (m > 0 && d == 0) {
      parts.add(m + (m == 1 ? " min" : " mins"));
    }
    if (parts.isEmpty()) {
      parts.add(s % 60 + (s % 60 == 1 ? " sec" : " secs"));
    }
    return String.join(" ", parts);
  }

  /**
   * conversation_traffic.erb (heatmap_helper.rb): a time zone line, a blank line, then "Start of the hour" and one
   * column per day, a row per hour: conversations created, the {@code days_before} days (default 6) before today.
   */
  static Response traffic(Call call) {
    call.requireAdministrator();
    Request q = call.request();
    double offsetHours = Admin.blank(q.query("timezone_offset")) ? 0 : Double.parseDouble(q.query("timezone_offset"));
    long offset = Math.round(offsetHours * HOUR);
    int days = Admin.blank(q.query("days_before")) ? 6 : (int) Ids.rubyToI(q.query("days_before"));
    long todayLocal = Math.floorDiv(Store.now() + offset, DAY) * DAY;
    long since = todayLocal - days * DAY;
    Map<String, long[]> byDay = new LinkedHashMap<>();
    for (long d = since; d < todayLocal; d += DAY) {
      byDay.put(LocalDate.ofEpochDay(d / DAY).toString(), new long[24]);
    }
    for (Store.Conversation c : call.account().conversations.values()) {
      long local = c.createdAt + offset;
      if (local >= since && local < todayLocal) {
        byDay.get(LocalDate.ofEpochDay(Math.floorDiv(local, DAY)).toString())[(int) (Math.floorMod(local, DAY)
            / HOUR)]++;
      }
    }
    String zone = String.format("(GMT%s%02d:%02d)", offset < 0 ? "-" : "+", Math.abs(offset) / HOUR,
        Math.abs(offset) % HOUR / 60);
    StringBuilder csv = new StringBuilder(CsvCells.line(List.of("Timezone", zone))).append('\n');
    List<String> header = new ArrayList<>(List.of("Start of the hour"));
    header.addAll(byDay.keySet());
    csv.append(CsvCells.line(header));
    for (int h = 0; h < 24; h++) {
      List<String> row = new ArrayList<>(List.of(String.format("%02d:00", h)));
      for (long[] counts : byDay.values()) {
        row.add(String.valueOf(counts[h]));
      }
      csv.append(CsvCells.line(row));
    }
    return Response.text(200, "text/csv", csv.toString());
  }

  private static List<Store.Conversation> liveScope(Call call) {
    call.requireAdministrator();
    String team = call.request().query("team_id");
    List<Store.Conversation> all = new ArrayList<>(call.account().conversations.values());
    if (!Admin.blank(team)) {
      long id = Ids.rubyToI(team);
      if (!call.account().teams.containsKey(id)) {
        throw ApiError.notFound();
      }
      all.removeIf(c -> !Long.valueOf(id).equals(c.teamId));
    }
    return all;
  }

  private static boolean unattended(Store.Conversation c) {
    return c.firstReplyCreatedAt == null || c.waitingSince != null;
  }

  /** live_reports_controller.rb#conversation_metrics. */
  static Response live(Call call) {
    List<Store.Conversation> all = liveScope(call);
    List<Store.Conversation> open = all.stream().filter(c -> c.status.equals("open")).toList();
    ObjectNode o = Json.object();
    o.put("open", open.size());
    o.put("unattended", open.stream().filter(ReportV2Routes::unattended).count());
    o.put("unassigned", open.stream().filter(c -> c.assigneeId == null).count());
    o.put("pending", all.stream().filter(c -> c.status.equals("pending")).count());
    return Response.ok(o);
  }

  /** grouped_conversation_metrics: open conversations per team_id or assignee_id (null is a group too). */
  static Response liveGrouped(Call call) {
    String by = call.request().query("group_by");
    if (!"team_id".equals(by) && !"assignee_id".equals(by)) {
      throw ApiError.unprocessable("invalid group_by");
    }
    Map<Long, long[]> groups = new LinkedHashMap<>();
    for (Store.Conversation c : liveScope(call)) {
      if (!c.status.equals("open")) {
        continue;
      }
      long[] m = groups.computeIfAbsent(by.equals("team_id") ? c.teamId : c.assigneeId, k -> new long[3]);
      m[0]++;
      m[1] += unattended(c) ? 1 : 0;
      m[2] += c.assigneeId == null ? 1 : 0;
    }
    ArrayNode out = Json.array();
    groups.forEach((id, m) -> {
      ObjectNode o = out.addObject();
      o.put("open", m[0]);
      o.put("unattended", m[1]);
      o.put("unassigned", m[2]);
      if (id == null) {
        o.putNull(by);
      } else {
        o.put(by, id);
      }
    });
    return Response.ok(out);
  }

  /** download.csv.erb of csat_survey_responses: header, a row per response, the period line. */
  static Response csatDownload(Call call) {
    List<Store.CsatResponse> all = CsatRoutes.filtered(call);
    String period = period(call.request());
    Store.Account account = call.account();
    StringBuilder csv = new StringBuilder(CsvCells.line(List.of("Agent name", "Rating", "Feedback",
        "Contact name", "Contact email", "Contact phone number", "Link to the conversation", "Recorded at",
        "Review notes")));
    for (Store.CsatResponse r : all) {
      Store.User agent = r.assignedAgentId == null ? null : call.store().users.get(r.assignedAgentId);
      Store.Contact contact = account.contacts.get(r.contactId);
      csv.append(CsvCells.line(java.util.Arrays.asList(
          agent == null ? null : agent.name + " (" + agent.email + ")", String.valueOf(r.rating),
          r.feedbackMessage, contact == null ? null : contact.name, contact == null ? null : contact.email,
          contact == null ? null : contact.phoneNumber,
          "http://localhost/app/accounts/" + account.id + "/conversations/" + r.conversationDisplayId,
          Instant.ofEpochSecond(r.createdAt).toString().replace("T", " ").replace("Z", " UTC"), null)));
    }
    csv.append(CsvCells.line(List.of(period)));
    return Response.text(200, "text/csv", csv.toString());
  }
}
