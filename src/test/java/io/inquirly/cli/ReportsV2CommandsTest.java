package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The v2 reports added for issue 19: requests sent and tables printed (demo records). */
class ReportsV2CommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String V2 = "/api/v2/accounts/1";

  @Test
  void labelSummaryIsARowPerLabel() {
    SandboxServer.Result r = server.run("reports", "labels", "--since", "2020-01-01", "--until", "2100-01-01",
        "--columns", "name,conversations_count");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(V2 + "/summary_reports/label");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("since=1577836800&until=4102444800");
    assertThat(r.out()).isEqualTo("NAME\tCONVERSATIONS_COUNT\nvip\t1\nbeta\t0\n");
  }

  @Test
  void botSummaryAndMetrics() {
    SandboxServer.Result r = server.run("reports", "bot-summary", "--since", "2020-01-01", "--until", "2100-01-01");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().rawQuery()).isEqualTo("type=account&since=1577836800&until=4102444800");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nbot_resolutions_count\t0\nbot_handoffs_count\t0\n"
        + "previous.bot_resolutions_count\t0\nprevious.bot_handoffs_count\t0\n");
    r = server.run("reports", "bot-metrics");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(V2 + "/reports/bot_metrics");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nconversation_count\t0\nmessage_count\t0\nresolution_rate\t0\n"
        + "handoff_rate\t0\n");
  }

  @Test
  void csvReportsBecomeRows() {
    SandboxServer.Result r = server.run("reports", "conversations-summary", "--since", "2020-01-01", "--until",
        "2100-01-01", "--columns", "Conversations count,Resolution count");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(V2 + "/reports/conversations_summary");
    assertThat(r.out()).isEqualTo("CONVERSATIONS COUNT\tRESOLUTION COUNT\n6\t1\n");

    r = server.run("reports", "traffic", "--days", "2", "--utc-offset", "5.5", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().rawQuery()).isEqualTo("days_before=2&timezone_offset=5.5");
    assertThat(r.json().size()).isEqualTo(24);
    assertThat(r.json().get(0).path("Start of the hour").asText()).isEqualTo("00:00");
    assertThat(r.json().get(0).size()).isEqualTo(3);
  }

  @Test
  void csatDownloadNeedsSince() {
    SandboxServer.Result r = server.run("reports", "csat-download", "--since", "2020-01-01", "--columns",
        "Rating,Feedback");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/csat_survey_responses/download");
    assertThat(server.lastRequest().rawQuery()).matches("since=1577836800&until=\\d+");
    assertThat(r.out()).isEqualTo("RATING\tFEEDBACK\n5\tQuick fix, thanks!\n");
    int before = server.requests().size();
    SandboxServer.Result none = server.run("reports", "csat-download");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("error: --since is required: the server's report prints the period it covers; "
        + "add --since 30d (or a date such as 2026-11-01)\n");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void csatReviewNotesAreWrittenAndListed() {
    long id = server.run("reports", "csat", "-o", "ids").out().lines().mapToLong(Long::parseLong).min().orElseThrow();
    SandboxServer.Result r = server.run("reports", "csat-review", String.valueOf(id), "--notes", "Called back",
        "--columns", "id,csat_review_notes,review_notes_updated_by.name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().method()).isEqualTo("PATCH");
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/csat_survey_responses/" + id);
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"csat_review_notes\":\"Called back\"}");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nid\t" + id + "\ncsat_review_notes\tCalled back\n"
        + "review_notes_updated_by.name\tAdmin Ada\n");
    assertThat(server.run("reports", "csat", "--columns", "id,csat_review_notes").out())
        .contains(id + "\tCalled back\n");
    SandboxServer.Result missing = server.run("reports", "csat-review", "999", "--notes", "x");
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).contains("Resource could not be found");
  }

  @Test
  void liveMetricsWholeAndGrouped() {
    SandboxServer.Result r = server.run("reports", "live");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(V2 + "/live_reports/conversation_metrics");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nopen\t3\nunattended\t3\nunassigned\t2\npending\t1\n");
    r = server.run("reports", "live-grouped", "--by", "assignee_id", "--columns", "assignee_id,open");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().rawQuery()).isEqualTo("group_by=assignee_id");
    assertThat(r.out()).isEqualTo("ASSIGNEE_ID\tOPEN\n2\t1\n\t2\n");
    SandboxServer.Result bad = server.run("reports", "live-grouped", "--by", "inbox_id");
    assertThat(bad.code()).isEqualTo(2);
  }
}
