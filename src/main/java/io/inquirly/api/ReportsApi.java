package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.inquirly.api.Param.Type;
import java.util.Map;

/**
 * v2 reports (administrators): time series, summaries, live conversation metrics, per inbox/agent/team/
 * channel summaries, first response distribution, inbox × label matrix, outgoing message counts; and the
 * enterprise reporting events. {@code --since}/{@code --until} take spans back from now (7d, 12h, 30m, 2w) or
 * dates (2026-11-01, UTC) and are sent as Unix seconds.
 */
public final class ReportsApi {
  private ReportsApi() {}

  static final String V2 = "/api/v2/accounts/{account_id}";
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String[] GROUP_COLUMNS = {"id", "conversations_count", "resolved_conversations_count",
      "avg_first_response_time", "avg_resolution_time", "avg_reply_time"};

  static Param since() {
    return Param.query("since", "--since", "start: a span back from now (7d, 12h, 30m, 2w) or a date (2026-11-01)")
        .labelled("WHEN").convert(Spans.agoConverter("--since"));
  }

  static Param until() {
    return Param.query("until", "--until", "end (default now): a span back from now or a date").labelled("WHEN")
        .convert(Spans.agoConverter("--until"));
  }

  static Param[] scope() {
    return new Param[] {
      Param.query("type", "--type", "what to report on (default account)")
          .choices("account", "agent", "inbox", "label", "team"),
      Param.query("id", "--id", "the agent, inbox, label or team id"),
    };
  }

  static Param businessHours() {
    return Param.query("business_hours", "--business-hours", "count only business hours").type(Type.BOOLEAN);
  }

  public static Group group() {
    return Group.named("reports")
        .source("app/controllers/api/v2/accounts/summary_reports_controller.rb", "app/builders/v2/reports/")
        .of(
        op("reports timeseries", "GET", V2 + "/reports")
            .id("list-all-conversation-statistics")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/builders/v2/reports/conversations/base_report_builder.rb", "app/builders/v2/reports/timeseries/")
            .summary("One metric over time, a point per day (or --group-by); --chart draws it")
            .params(Param.query("metric", "--metric", "the metric").mandatory()
                    // the server's list: V2::Reports::Conversations::BaseReportBuilder AVG_METRICS + COUNT_METRICS
                    // (chatwoot-4.10/app/builders/v2/reports/conversations/base_report_builder.rb); the spec has 6
                    .choices("conversations_count", "incoming_messages_count", "outgoing_messages_count",
                        "avg_first_response_time", "avg_resolution_time", "reply_time", "resolutions_count",
                        "bot_resolutions_count", "bot_handoffs_count"))
            .params(scope())
            .params(since(), until(),
                Param.query("group_by", "--group-by", "bucket size (default day)").choices("day", "week", "month",
                    "year"),
                businessHours())
            .prepare(ReportsApi::defaultType)
            .list("").series("timestamp", "value").columns("timestamp", "value").noun("point")
            .example("inquirly reports timeseries --metric conversations_count --since 7d --chart"),
        op("reports summary", "GET", V2 + "/reports/summary")
            .id("list-all-conversation-statistics-summary")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/builders/v2/reports/conversations/metric_builder.rb")
            .summary("Totals and averages over a range, with the previous range of the same length")
            .params(scope())
            .params(since(), until(), businessHours())
            .prepare(ReportsApi::defaultType)
            .one("").noun("summary")
            .example("inquirly reports summary --since 7d"),
        op("reports conversations", "GET", V2 + "/reports/conversations")
            .id("get-account-conversation-metrics")
            .source("app/controllers/api/v2/accounts/reports_controller.rb", "app/builders/v2/report_builder.rb")
            .summary("Open, unattended, unassigned and pending conversations right now")
            .handler(call -> call.invoker().send(call.request().withQuery("type", "account")))
            .one("").columns("open", "unattended", "unassigned", "pending").noun("metric")
            .example("inquirly reports conversations"),
        op("reports csat", "GET", CSAT)
            .id("list-csat-survey-responses")
            .source("app/controllers/api/v1/accounts/csat_survey_responses_controller.rb",
                "app/views/api/v1/accounts/csat_survey_responses/", "app/policies/csat_survey_response_policy.rb")
            .summary("List the CSAT survey responses (administrators; 25 per page)")
            .description("GET /api/v1/accounts/{id}/csat_survey_responses: ratings (1-5) and feedback, with the "
                + "contact, the conversation (display id) and its assigned agent "
                + "(chatwoot-4.10/app/controllers/api/v1/accounts/csat_survey_responses_controller.rb).")
            .params(csatFilters())
            .params(Param.query("sort", "--sort", "created_at, or -created_at for newest first")
                .choices("created_at", "-created_at").labelled("KEY"))
            .prepare(ReportsApi::bothEnds)
            .list("").paged().columns("id", "rating", "feedback_message", "conversation_id", "contact.name",
                "assigned_agent.name", "created_at").noun("CSAT response")
            .example("inquirly reports csat --since 30d --rating 1 --rating 2"),
        op("reports csat-metrics", "GET", CSAT + "/metrics")
            .id("get-csat-metrics")
            .source("app/controllers/api/v1/accounts/csat_survey_responses_controller.rb",
                "app/views/api/v1/accounts/csat_survey_responses/", "app/policies/csat_survey_response_policy.rb")
            .summary("Count CSAT responses by rating, and the surveys sent (administrators)")
            .params(csatFilters())
            .prepare(ReportsApi::bothEnds)
            .one("").columns("total_count", "total_sent_messages_count", "ratings_count").noun("CSAT metrics")
            .example("inquirly reports csat-metrics --since 30d"),
        op("reports agent-conversations", "GET", V2 + "/reports/conversations")
            .id("get-agent-conversation-metrics")
            .source("app/controllers/api/v2/accounts/reports_controller.rb", "app/builders/v2/report_builder.rb")
            .summary("Open and unattended conversations per agent right now")
            .description("The server answers 25 agents a page (page=N) and ignores user_id "
                + "(chatwoot-4.10/app/builders/v2/report_builder.rb agent_metrics), so this reads every page and "
                + "--agent picks the agent from them.")
            .params(Param.local("agent", "--agent", "only this agent").integer().labelled("ID"))
            .handler(new AgentPages())
            .list("").columns("id", "name", "email", "availability", "metric.open", "metric.unattended")
            .noun("agent")
            .example("inquirly reports agent-conversations"),
        op("reports channels", "GET", V2 + "/summary_reports/channel")
            .id("get-channel-summary-report")
            .summary("Conversations per channel type and status")
            .params(since(), until())
            .handler(call -> ReportRows.rows(call.send(), "channel_type"))
            .list("").columns("channel_type", "open", "resolved", "pending", "snoozed", "total")
            .noun("channel")
            .example("inquirly reports channels --since 30d"),
        op("reports inboxes", "GET", V2 + "/summary_reports/inbox")
            .id("get-inbox-summary-report")
            .summary("Conversation counts and average times per inbox (seconds)")
            .params(since(), until(), businessHours())
            .list("").columns(GROUP_COLUMNS).noun("inbox")
            .example("inquirly reports inboxes --since 7d"),
        op("reports agents", "GET", V2 + "/summary_reports/agent")
            .id("get-agent-summary-report")
            .summary("Conversation counts and average times per agent (seconds)")
            .params(since(), until(), businessHours())
            .list("").columns(GROUP_COLUMNS).noun("agent")
            .example("inquirly reports agents --since 7d"),
        op("reports teams", "GET", V2 + "/summary_reports/team")
            .id("get-team-summary-report")
            .summary("Conversation counts and average times per team (seconds)")
            .params(since(), until(), businessHours())
            .list("").columns(GROUP_COLUMNS).noun("team")
            .example("inquirly reports teams --since 7d"),
        op("reports first-response", "GET", V2 + "/reports/first_response_time_distribution")
            .id("get-first-response-time-distribution")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/helpers/api/v2/accounts/reports_helper.rb")
            .summary("How many conversations got a first response within 1h, 4h, 8h, 24h or later, per channel")
            .params(since(), until())
            .handler(call -> ReportRows.rows(call.send(), "channel_type"))
            .list("").columns("channel_type", "0-1h", "1-4h", "4-8h", "8-24h", "24h+").noun("channel")
            .example("inquirly reports first-response --since 30d"),
        op("reports inbox-labels", "GET", V2 + "/reports/inbox_label_matrix")
            .id("get-inbox-label-matrix")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/helpers/api/v2/accounts/reports_helper.rb")
            .summary("Conversations per inbox and label (one row per pair)")
            .params(since(), until(),
                Param.query("inbox_ids", "--inbox", "only this inbox (repeatable)").type(Type.LIST).labelled("ID"),
                Param.query("label_ids", "--label-id", "only this label id (repeatable)").type(Type.LIST)
                    .labelled("ID"))
            .handler(call -> ReportRows.matrix(call.send()))
            .list("").columns("inbox_id", "inbox", "label_id", "label", "conversations").noun("pair")
            .example("inquirly reports inbox-labels --since 30d"),
        op("reports outgoing-messages", "GET", V2 + "/reports/outgoing_messages_count")
            .id("get-outgoing-messages-count")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/helpers/api/v2/accounts/reports_helper.rb")
            .summary("Outgoing messages per agent, team, inbox or label")
            .params(Param.query("group_by", "--by", "group by").mandatory().choices("agent", "team", "inbox", "label"),
                since(), until())
            .list("").columns("id", "name", "outgoing_messages_count").noun("group")
            .example("inquirly reports outgoing-messages --by agent --since 7d"),
        op("reports csat-review", "PATCH", CSAT + "/{id}")
            .id("update-csat-survey-response")
            .source("enterprise/app/controllers/enterprise/api/v1/accounts/csat_survey_responses_controller.rb",
                "app/views/api/v1/accounts/csat_survey_responses/update.json.jbuilder",
                "app/views/api/v1/models/_csat_survey_response.json.jbuilder")
            .summary("Write the review notes of a CSAT response (Enterprise; replaces the notes)")
            .params(Param.path("id", "ID", "the CSAT response's id"),
                Param.body("csat_review_notes", "--notes", "the review notes (empty to clear)").mandatory()
                    .labelled("TEXT"))
            .one("").columns("id", "rating", "csat_review_notes", "review_notes_updated_at",
                "review_notes_updated_by.name").noun("CSAT response")
            .enterprise("CSAT review notes")
            .example("inquirly reports csat-review 1 --notes 'Called the customer back'"),
        op("reports csat-download", "GET", CSAT + "/download")
            .id("download-csat-survey-responses")
            .source("app/controllers/api/v1/accounts/csat_survey_responses_controller.rb",
                "app/views/api/v1/accounts/csat_survey_responses/download.csv.erb")
            .summary("The CSAT responses as the server's CSV report (rows; -o csv writes CSV)")
            .description("The server's report needs both ends of the range (its last line prints the period), so "
                + "--since is required and --until defaults to now.")
            .params(csatFilters())
            .prepare(values -> bothEnds(requireSince(values)))
            .handler(CsvRows::rows)
            .list("").columns().noun("row")
            .example("inquirly reports csat-download --since 30d -o csv"),
        op("reports labels", "GET", V2 + "/summary_reports/label")
            .id("get-label-summary-report")
            .source("app/controllers/api/v2/accounts/summary_reports_controller.rb",
                "app/builders/v2/reports/label_summary_builder.rb")
            .summary("Conversation counts and average times per label (seconds)")
            .params(since(), until(), businessHours())
            .list("").columns("id", "name", "conversations_count", "resolved_conversations_count",
                "avg_first_response_time", "avg_resolution_time", "avg_reply_time").noun("label")
            .recent("label summary report")
            .example("inquirly reports labels --since 7d"),
        op("reports bot-summary", "GET", V2 + "/reports/bot_summary")
            .id("get-bot-summary")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/builders/v2/reports/conversations/metric_builder.rb")
            .summary("Conversations the bot resolved and handed off, with the previous range of the same length")
            .params(scope())
            .params(since(), until(), businessHours())
            .prepare(ReportsApi::defaultType)
            .one("").columns("bot_resolutions_count", "bot_handoffs_count", "previous.bot_resolutions_count",
                "previous.bot_handoffs_count").noun("summary")
            .example("inquirly reports bot-summary --since 7d"),
        op("reports bot-metrics", "GET", V2 + "/reports/bot_metrics")
            .id("get-bot-metrics")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/builders/v2/reports/bot_metrics_builder.rb")
            .summary("Conversations and messages of bot inboxes, resolution and handoff rates in percent")
            .params(since(), until())
            .one("").columns("conversation_count", "message_count", "resolution_rate", "handoff_rate")
            .noun("bot metrics")
            .example("inquirly reports bot-metrics --since 30d"),
        op("reports conversations-summary", "GET", V2 + "/reports/conversations_summary")
            .id("get-conversations-summary-report")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/helpers/api/v2/accounts/reports_helper.rb",
                "app/views/api/v2/accounts/reports/conversations_summary.csv.erb")
            .summary("The account's conversation totals as the server's CSV report (one row)")
            .description("The server's report prints its period from both ends of the range, so --since is "
                + "required and --until defaults to now.")
            .params(since(), until(), businessHours())
            .prepare(values -> bothEnds(requireSince(values)))
            .handler(CsvRows::rows)
            .list("").columns().noun("row")
            .example("inquirly reports conversations-summary --since 7d"),
        op("reports traffic", "GET", V2 + "/reports/conversation_traffic")
            .id("get-conversation-traffic-report")
            .source("app/controllers/api/v2/accounts/reports_controller.rb",
                "app/helpers/api/v2/accounts/heatmap_helper.rb",
                "app/views/api/v2/accounts/reports/conversation_traffic.erb")
            .summary("Conversations started per hour of the last days (a heatmap: a row per hour, a column per day)")
            .description("The server ignores since/until here: it reports the --days days before today "
                + "(default 6), today excluded, in the time zone of --utc-offset "
                + "(chatwoot-4.10/app/helpers/api/v2/accounts/heatmap_helper.rb).")
            .params(Param.query("days_before", "--days", "how many days before today (default 6)").integer()
                    .labelled("N"),
                Param.query("timezone_offset", "--utc-offset", "hours from UTC of the days and hours (e.g. -5, 5.5)")
                    .type(Type.NUMBER).labelled("HOURS"))
            .handler(CsvRows::rows)
            .list("").columns().noun("hour")
            .example("inquirly reports traffic --days 6"),
        op("reports live", "GET", V2 + "/live_reports/conversation_metrics")
            .id("get-live-conversation-metrics")
            .source("app/controllers/api/v2/accounts/live_reports_controller.rb")
            .summary("Open, unattended, unassigned and pending conversations right now (--team for one team)")
            .params(Param.query("team_id", "--team", "only this team's conversations").integer().labelled("ID"))
            .one("").columns("open", "unattended", "unassigned", "pending").noun("metric")
            .recent("live reports")
            .example("inquirly reports live"),
        op("reports live-grouped", "GET", V2 + "/live_reports/grouped_conversation_metrics")
            .id("get-grouped-live-conversation-metrics")
            .source("app/controllers/api/v2/accounts/live_reports_controller.rb")
            .summary("Open, unattended and unassigned conversations right now, per team or per assignee")
            .params(Param.query("group_by", "--by", "group by").mandatory().choices("team_id", "assignee_id")
                    .labelled("FIELD"),
                Param.query("team_id", "--team", "only this team's conversations").integer().labelled("ID"))
            .list("").columns("team_id", "assignee_id", "open", "unattended", "unassigned").noun("group")
            .recent("live reports")
            .example("inquirly reports live-grouped --by assignee_id"),
        op("reports events", "GET", "/api/v1/accounts/{account_id}/reporting_events")
            .id("get-account-reporting-events")
            .source("config/routes.rb", "enterprise/app/controllers/api/v1/accounts/reporting_events_controller.rb")
            .summary("List reporting events, newest first, 25 per page (Inquirly Enterprise servers)")
            .params(
                Param.query("since", "--since", "from: a span back from now or a date").labelled("WHEN")
                    .convert(Spans.agoConverter("--since")),
                Param.query("until", "--until", "until: a span back from now or a date").labelled("WHEN")
                    .convert(Spans.agoConverter("--until")),
                Param.query("inbox_id", "--inbox", "only this inbox").integer().labelled("ID"),
                Param.query("user_id", "--agent", "only this agent").integer().labelled("ID"),
                Param.query("name", "--name", "only events with this name (first_response, reply_time, "
                    + "conversation_resolved, ...)"),
                Param.query("page", "--page", "page number (default 1)").integer().labelled("N"))
            .enterprise("reporting events")
            .list("payload").columns("id", "name", "value", "conversation_id", "user_id", "created_at")
            .noun("reporting event")
            .example("inquirly reports events --name first_response"));
  }

  /** The report endpoints need a type; account unless --type says otherwise. */
  static final String CSAT = "/api/v1/accounts/{account_id}/csat_survey_responses";

  /** The filters of csat_survey_responses (index and metrics), csat_survey_responses_controller.rb. */
  static Param[] csatFilters() {
    return new Param[] {
      since(), until(),
      Param.query("user_ids", "--agent", "only responses of conversations assigned to this agent (repeatable)")
          .type(Type.LIST).labelled("ID"),
      Param.query("inbox_id", "--inbox", "only this inbox").integer().labelled("ID"),
      Param.query("team_id", "--team", "only this team").integer().labelled("ID"),
      Param.query("rating", "--rating", "only these ratings, 1 to 5 (repeatable)").type(Type.LIST).labelled("N"),
    };
  }

  /**
   * DateRangeHelper#range applies since and until only together: one given alone gets the other (until: now,
   * since: the epoch), so that the range the user asked for is applied.
   */
  static Map<String, Object> bothEnds(Map<String, Object> values) {
    if (values.get("since") != null && values.get("until") == null) {
      values.put("until", java.time.Instant.now().getEpochSecond());
    } else if (values.get("until") != null && values.get("since") == null) {
      values.put("since", 0L);
    }
    return values;
  }

  /** Reports whose CSV prints the period need --since (the server fails on a missing end). */
  static Map<String, Object> requireSince(Map<String, Object> values) {
    if (values.get("since") == null) {
      throw new InvalidInput("--since is required: the server's report prints the period it covers",
          "add --since 30d (or a date such as 2026-11-01)");
    }
    return values;
  }

  static Map<String, Object> defaultType(Map<String, Object> values) {
    values.putIfAbsent("type", "account");
    return values;
  }
}
