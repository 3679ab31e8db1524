package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** reports commands: the query sent (type, metric, epoch since/until), the tables and the chart. */
class ReportsCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String V2 = "/api/v2/accounts/1";

  @Test
  void timeseriesSendsEpochSecondsAndTheDefaultType() {
    long now = Instant.now().getEpochSecond();
    SandboxServer.Result r = server.run("reports", "timeseries", "--metric", "conversations_count", "--since", "7d",
        "--until", "2026-12-01", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.path()).isEqualTo(V2 + "/reports");
    Matcher m = Pattern.compile("metric=conversations_count&type=account&since=(\\d+)&until=1796083200")
        .matcher(req.rawQuery());
    assertThat(m.matches()).as(req.rawQuery()).isTrue();
    assertThat(Long.parseLong(m.group(1))).isBetween(now - 7 * 86400 - 5, now - 7 * 86400 + 5);
    assertThat(r.json().isArray()).isTrue();
  }

  @Test
  void chartDrawsBarsWithDateLabels() {
    Map<String, String> env = new HashMap<>(server.env());
    env.put("COLUMNS", "40");
    SandboxServer.Result r = server.run(env, "", "reports", "timeseries", "--metric", "conversations_count",
        "--since", "6d", "--chart");
    assertThat(r.code()).as(r.err()).isZero();
    String[] all = r.out().split("\n");
    assertThat(all[0]).isEqualTo("conversations_count (count per day)");
    String[] lines = java.util.Arrays.copyOfRange(all, 1, all.length);
    assertThat(lines).hasSize(7);
    for (String line : lines) {
      assertThat(line).matches("\\d{4}-\\d{2}-\\d{2} │[█▏▎▍▌▋▊▉ ]* \\d+");
      assertThat(line.length()).isLessThanOrEqualTo(40);
    }
    assertThat(r.out()).contains("█");
    SandboxServer.Result spark = server.run(env, "", "reports", "timeseries", "--metric", "conversations_count",
        "--since", "6d", "--chart", "spark");
    assertThat(spark.out()).matches("conversations_count \\(count per day\\)\n"
        + "\\d{4}-\\d{2}-\\d{2} [▁▂▃▄▅▆▇█]+ \\d{4}-\\d{2}-\\d{2}  min \\d+ · max \\d+\n");
    SandboxServer.Result bad = server.run("reports", "timeseries", "--metric", "conversations_count", "--chart",
        "pie");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid --chart 'pie'");
  }

  @Test
  void badSinceIsAUsageError() {
    SandboxServer.Result r = server.run("reports", "summary", "--since", "7x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("invalid --since '7x': use 7d, 12h, 30m, 2w or a date like 2026-12-01");
  }

  @Test
  void summaryIsAKeyValueTable() {
    SandboxServer.Result r = server.run("reports", "summary", "--type", "inbox", "--id", "1", "--since", "30d",
        "--columns", "conversations_count,resolutions_count");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().rawQuery()).startsWith("type=inbox&id=1&since=");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nconversations_count\t5\nresolutions_count\t1\n");
    // a label is addressed by its id (label 1 is vip, on conversation 1 only)
    SandboxServer.Result label = server.run("reports", "summary", "--type", "label", "--id", "1", "--since", "30d",
        "--columns", "conversations_count");
    assertThat(label.out()).isEqualTo("KEY\tVALUE\nconversations_count\t1\n");
    assertThat(server.run("reports", "summary", "--type", "label", "--id", "99").code()).isEqualTo(4);
  }

  @Test
  void conversationMetricsAccountAndAgent() {
    SandboxServer.Result account = server.run("reports", "conversations", "-o", "json");
    assertThat(server.lastRequest().path()).isEqualTo(V2 + "/reports/conversations");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("type=account");
    assertThat(account.json().get("open").asLong()).isEqualTo(3);
    SandboxServer.Result agents = server.run("reports", "agent-conversations", "--agent", "2");
    assertThat(agents.code()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(V2 + "/reports/conversations"); // no trailing slash
    assertThat(server.lastRequest().rawQuery()).isEqualTo("type=agent&page=1"); // user_id is ignored: filtered here
    assertThat(agents.out()).isEqualTo("ID\tNAME\tEMAIL\tAVAILABILITY\tOPEN\tUNATTENDED\n"
        + "2\tAgent Alan\tagent@acme.test\tonline\t1\t1\n");
  }

  @Test
  void channelAndDistributionObjectsBecomeRows() {
    SandboxServer.Result channels = server.run("reports", "channels", "--since", "30d");
    assertThat(channels.code()).isZero();
    assertThat(channels.out()).isEqualTo("CHANNEL_TYPE\tOPEN\tRESOLVED\tPENDING\tSNOOZED\tTOTAL\n"
        + "Channel::Api\t2\t1\t1\t1\t5\nChannel::WebWidget\t1\t0\t0\t0\t1\n");
    SandboxServer.Result dist = server.run("reports", "first-response", "--since", "30d");
    assertThat(dist.out()).isEqualTo("CHANNEL_TYPE\t0-1H\t1-4H\t4-8H\t8-24H\t24H+\nChannel::Api\t2\t1\t1\t0\t0\n");
  }

  @Test
  void groupSummariesMatrixAndOutgoing() {
    SandboxServer.Result agents = server.run("reports", "agents", "--since", "30d", "--columns",
        "id,conversations_count,avg_first_response_time");
    assertThat(agents.out()).isEqualTo("ID\tCONVERSATIONS_COUNT\tAVG_FIRST_RESPONSE_TIME\n1\t1\t12600.0\n2\t2\t1500.0\n");
    SandboxServer.Result inboxes = server.run("reports", "inboxes", "--since", "30d", "--business-hours", "-o", "ids");
    assertThat(server.lastRequest().rawQuery()).endsWith("&business_hours=true");
    assertThat(inboxes.out()).isEqualTo("1\n2\n3\n4\n"); // 4: the demo's WhatsApp inbox
    SandboxServer.Result teams = server.run("reports", "teams", "--since", "30d", "-o", "ids");
    assertThat(teams.out()).isEqualTo("1\n2\n");
    // inboxes 1 API Inbox, 2 Secure API Inbox, 3 Website; label records 1 vip, 2 beta (by title: beta, vip)
    SandboxServer.Result matrix = server.run("reports", "inbox-labels", "--since", "30d", "--inbox", "1");
    assertThat(server.lastRequest().rawQuery()).endsWith("&inbox_ids[]=1");
    assertThat(matrix.out()).isEqualTo("INBOX_ID\tINBOX\tLABEL_ID\tLABEL\tCONVERSATIONS\n"
        + "1\tAPI Inbox\t2\tbeta\t0\n1\tAPI Inbox\t1\tvip\t1\n");
    SandboxServer.Result out = server.run("reports", "outgoing-messages", "--by", "agent", "--since", "30d");
    assertThat(server.lastRequest().rawQuery()).startsWith("group_by=agent&since=");
    assertThat(out.out()).isEqualTo("ID\tNAME\tOUTGOING_MESSAGES_COUNT\n2\tAgent Alan\t13\n1\tAdmin Ada\t2\n");
  }

  @Test
  void eventsPageAndFilter() {
    SandboxServer.Result r = server.run("reports", "events", "--name", "conversation_resolved", "--page", "1",
        "--columns", "name,conversation_id");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().rawQuery()).isEqualTo("name=conversation_resolved&page=1");
    assertThat(r.out()).isEqualTo("NAME\tCONVERSATION_ID\nconversation_resolved\t2\n");
  }

  @Test
  void agentsMayNotReadReports() {
    Map<String, String> env = new HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    SandboxServer.Result r = server.run(env, "", "reports", "summary");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("You are not authorized to do this action");
  }
}
