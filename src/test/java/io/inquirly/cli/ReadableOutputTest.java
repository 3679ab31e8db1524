package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What people read on a terminal (and what pipes get instead), against the demo sandbox. */
class ReadableOutputTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  private static final Map<String, String> PLAIN = Map.of("NO_COLOR", "1");

  /** The demo's times are relative to the sandbox's start: masked. */
  private static String masked(String out) {
    return out.replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC", "<time UTC>")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "<iso>");
  }

  private static int screenWidth(String line) {
    return line.codePoints().map(cp -> Math.max(org.jline.utils.WCWidth.wcwidth(cp), 0)).sum();
  }

  @Test
  void contactsListFitsEightyColumnsCuttingNamesNotDates() {
    SandboxServer.Result r = server.runOnTerminal(80, PLAIN, "contacts", "list");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(masked(r.out())).isEqualTo("""
        ID  NAME           EMAIL          PHONE_NUMBER  IDENTIFIER  CREATED_AT
        1   Katherine Jo…  katherine@ex…  +17575550142  crm-1       <time UTC>
        2   Grace Hopper   grace@exampl…  +12025550123  crm-2       <time UTC>
        3   Alan Turing    alan@example…                crm-3       <time UTC>
        """);
    assertThat(r.out().lines()).allMatch(l -> screenWidth(l) <= 80);
  }

  @Test
  void conversationsListHasPeoplesHeadersFitsAndGivesNoFalseHint() {
    SandboxServer.Result r = server.runOnTerminal(80, PLAIN, "conversations", "list");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        ID  STATUS  PRIORITY  INBOX_ID  SENDER         ASSIGNEE    TEAM     LABELS
        6   open              3         Alan Turing                         sales
        3   open              1         Alan Turing
        1   open    high      1         Katherine Jo…  Agent Alan  billing  billing, vip
        """);
    // 3 conversations, all_count 3 (in data.meta): there is no next page
    assertThat(r.err()).isEmpty();
    // wide: every column, whole values
    SandboxServer.Result wide = server.runOnTerminal(80, PLAIN, "conversations", "list", "-o", "wide");
    assertThat(masked(wide.out())).startsWith(
        "ID  STATUS  PRIORITY  INBOX_ID  SENDER             ASSIGNEE    TEAM     LABELS        LAST_ACTIVITY_AT\n")
        .contains("\n1   open    high      1         Katherine Johnson  Agent Alan  billing  billing, vip  <time UTC>\n");
    // a wide terminal has room for all of them
    assertThat(server.runOnTerminal(200, PLAIN, "conversations", "list").out()).contains("LAST_ACTIVITY_AT");
    // piped: every column, nothing cut, ISO 8601 UTC times
    SandboxServer.Result piped = server.run("conversations", "list");
    assertThat(masked(piped.out())).isEqualTo("""
        ID\tSTATUS\tPRIORITY\tINBOX_ID\tSENDER\tASSIGNEE\tTEAM\tLABELS\tLAST_ACTIVITY_AT
        6\topen\t\t3\tAlan Turing\t\t\tsales\t<iso>
        3\topen\t\t1\tAlan Turing\t\t\t\t<iso>
        1\topen\thigh\t1\tKatherine Johnson\tAgent Alan\tbilling\tbilling;vip\t<iso>
        """);
  }

  @Test
  void theNextPagesHintOnlyWhenThereIsANextPage() {
    for (int i = 0; i < 16; i++) {
      assertThat(server.run("contacts", "create", "--name", "Paged " + i, "--email", "paged" + i + "@example.com",
          "-o", "ids").code()).isZero();
    }
    SandboxServer.Result first = server.runOnTerminal(80, PLAIN, "contacts", "list");
    assertThat(first.err()).startsWith("More contacts on the next pages").contains("--page 2");
    SandboxServer.Result second = server.runOnTerminal(80, PLAIN, "contacts", "list", "--page", "2");
    assertThat(second.err()).doesNotContain("More contacts");
  }

  @Test
  void aConversationShowsNestedFieldsIndentedWithinEightyColumns() {
    SandboxServer.Result r = server.runOnTerminal(80, PLAIN, "conversations", "show", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).allMatch(l -> screenWidth(l) <= 80);
    assertThat(masked(r.out()))
        .startsWith("KEY                        VALUE\nmeta\n  sender\n    additional_attributes\n"
            + "      company_name         NASA Langley\n")
        .contains("\nstatus                     open\n")
        .contains("\ncreated_at                 <time UTC>\n")
        .contains("\nagent_last_seen_at\n")
        .contains("\nwaiting_since              <time UTC>\n")
        .contains("\n  message_type             incoming\n");
  }

  @Test
  void messagesShowTheirTypeAsAWord() {
    SandboxServer.Result r = server.run("messages", "list", "1", "--limit", "2", "--columns", "id,message_type");
    assertThat(r.out()).isEqualTo("ID\tMESSAGE_TYPE\n25\toutgoing\n26\tincoming\n");
    assertThat(server.run("messages", "list", "1", "--limit", "1", "-o", "json").out())
        .contains("\"message_type\": 0");
  }

  @Test
  void reportDurationsHaveUnitsOnATerminal() {
    SandboxServer.Result r = server.runOnTerminal(80, PLAIN, "reports", "summary", "--since", "30d");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("\navg_first_response_time +\\d+(s|m \\d+s|h \\d+m|d \\d+h)\n")
        .contains("\nprevious\n  avg_first_response_time  ");
    assertThat(server.run("reports", "summary", "--since", "30d").out())
        .containsPattern("\navg_first_response_time\t\\d+(\\.\\d+)?\n");
  }

  @Test
  void boldHeaderOnlyOnATerminalThatShowsIt() {
    assertThat(server.runOnTerminal(80, Map.of(), "contacts", "list").out()).startsWith("\u001b[1mID  ");
    assertThat(server.runOnTerminal(80, Map.of("TERM", "dumb"), "contacts", "list").out())
        .startsWith("ID  ").doesNotContain("\u001b");
  }

  @Test
  void aColumnsPathThatMatchesNothingIsRefused() {
    SandboxServer.Result r = server.run("contacts", "list", "--columns", "id,nme");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: --columns: 'nme' matches nothing in any of the ")
        .contains("; its fields: ").contains("name");
    SandboxServer.Result csv = server.run("contacts", "list", "--columns", "id,nme", "-o", "csv");
    assertThat(csv.code()).isZero();
    assertThat(csv.err()).isEqualTo("warning: --columns: 'nme' matched nothing in any record: its column is empty\n");
  }

  @Test
  void confirmationsNameWhatTheyChangeInEnglish() {
    SandboxServer.Result merge = server.run("contacts", "merge", "4", "5");
    assertThat(merge.code()).isEqualTo(2);
    assertThat(merge.err()).isEqualTo(
        "error: refusing to merge contacts 4 and 5 without --yes (stdin is not a terminal); add --yes to confirm\n");
    assertThat(server.run("contacts", "delete", "4").err()).startsWith("error: refusing to delete contact 4 without");
  }

  @Test
  void chartsOfTimesSayTheirUnit() {
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("COLUMNS", "60");
    SandboxServer.Result bars = server.run(env, "", "reports", "timeseries", "--metric", "avg_first_response_time",
        "--since", "6d", "--chart");
    assertThat(bars.code()).as(bars.err()).isZero();
    assertThat(bars.out().lines().findFirst()).contains("avg_first_response_time (average time per day)");
    assertThat(bars.out().lines().skip(1)).hasSize(7)
        .allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2} │[█▏▎▍▌▋▊▉ ]* (\\d+s|\\d+m \\d+s|\\d+h \\d+m|\\d+d \\d+h)"));
    assertThat(bars.out()).contains("h ");
    SandboxServer.Result spark = server.run(env, "", "reports", "timeseries", "--metric", "avg_first_response_time",
        "--since", "6d", "--chart", "spark");
    assertThat(spark.out()).containsPattern("  min \\d+s · max \\d+h \\d+m\n");
    // counts stay numbers
    assertThat(server.run(env, "", "reports", "timeseries", "--metric", "conversations_count", "--since", "6d",
        "--chart", "spark", "--group-by", "week").out())
        .startsWith("conversations_count (count per week)\n").containsPattern("  min \\d+ · max \\d+\n");
  }
}
