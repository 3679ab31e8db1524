package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Batch verbs over a selection (--where, --label, --status, --inbox, --all-matching): the snapshot of ids, the
 * bulk_actions request and its verification, the per-id fallback, --dry-run, confirmation and exit codes.
 */
class SelectionCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.defaults(), Duration.ofMinutes(1));

  static final String A = "/api/v1/accounts/1";

  @AfterEach
  void jobsBackToNormal() {
    server.sandbox().bulkActionJobs(1, Set.of(), false);
  }

  /** {@code n} new open conversations with the custom attribute tag=TAG (a selection no other test touches). */
  private static List<Long> conversations(String tag, int n) {
    SandboxServer.Result contact = server.run("contacts", "create", "--name", "Sel " + tag, "--email",
        tag + "@sel.test", "-o", "ids");
    assertThat(contact.code()).as(contact.err()).isZero();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SandboxServer.Result r = server.run("conversations", "create", "--inbox", "1", "--contact",
          contact.out().strip(), "--attr", "tag=" + tag, "-o", "ids");
      assertThat(r.code()).as(r.err()).isZero();
      ids.add(Long.parseLong(r.out().strip()));
    }
    return ids;
  }

  private static String joined(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** The selection's ids in the server's order, read as a user would. */
  private static List<Long> selected(String... where) {
    List<String> args = new ArrayList<>(List.of("conversations", "filter", "--all", "-o", "ids"));
    for (String w : where) {
      args.add("--where");
      args.add(w);
    }
    SandboxServer.Result r = server.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().lines().map(Long::parseLong).toList();
  }

  private static String okLines(List<Long> ids) {
    return ids.stream().map(id -> id + "\tok\t\n").collect(Collectors.joining("", "ID\tSTATUS\tERROR\n", ""));
  }

  @Test
  void aLabelChangeOverAFilterReadsEveryPageSendsOneBulkActionAndReadsTheRecordsBack() {
    conversations("lab", 30);
    List<Long> ids = selected("tag equal_to lab");
    assertThat(ids).hasSize(30);
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "labels", "add", "--where", "tag equal_to lab",
          "--label", "urgent", "--yes");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(okLines(ids));
      assertThat(r.err()).isEmpty();
    });
    String filter = "{\"payload\":[{\"attribute_key\":\"tag\",\"filter_operator\":\"equal_to\",\"values\":[\"lab\"]}]}";
    String quoted = ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
    String verify = "{\"payload\":[{\"attribute_key\":\"display_id\",\"filter_operator\":\"equal_to\",\"values\":["
        + quoted + "],\"query_operator\":\"AND\"},{\"attribute_key\":\"status\",\"filter_operator\":\"equal_to\","
        + "\"values\":[\"all\"]}]}";
    assertThat(sent).extracting(q -> q.method() + " " + q.path() + " " + q.rawQuery() + " " + q.bodyText())
        .containsExactly(
            "POST " + A + "/conversations/filter page=1 " + filter,
            "POST " + A + "/conversations/filter page=2 " + filter,
            "POST " + A + "/bulk_actions null {\"labels\":{\"add\":[\"urgent\"]},\"type\":\"Conversation\",\"ids\":["
                + joined(ids) + "]}",
            "POST " + A + "/conversations/filter page=1 " + verify,
            "POST " + A + "/conversations/filter page=2 " + verify);
    assertThat(selected("tag equal_to lab", "labels equal_to urgent")).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void theSnapshotIsTakenBeforeActingSoRecordsLeavingTheFilterAreNeitherSkippedNorDoneTwice() {
    conversations("pri", 30);
    List<Long> ids = selected("tag equal_to pri");
    // labels set has no bulk form: one request per id, and each one takes its record out of the filter
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "labels", "set", "--where", "tag equal_to pri",
          "--where", "labels is_not_present", "--label", "triaged", "--yes", "--concurrency", "1");
      assertThat(r.code()).as(r.err()).isZero();
    });
    List<String> toggles = sent.stream().filter(q -> q.path().endsWith("/labels"))
        .map(RecordedRequest::path).toList();
    assertThat(toggles).hasSize(30).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> A + "/conversations/" + id + "/labels")
            .toList());
    assertThat(selected("tag equal_to pri", "labels equal_to triaged")).hasSize(30);
  }

  @Test
  void idsTheJobLeftAsTheyWereAreReportedWithExitNine() {
    conversations("unch", 3);
    List<Long> ids = selected("tag equal_to unch");
    long stuck = ids.get(1);
    server.sandbox().bulkActionJobs(1, Set.of(stuck), false);
    SandboxServer.Result r = server.run("conversations", "status", "--where", "tag equal_to unch", "--to",
        "resolved", "--yes");
    assertThat(r.code()).isEqualTo(ExitCode.PARTIAL);
    assertThat(r.out()).isEqualTo("ID\tSTATUS\tERROR\n" + ids.get(0) + "\tok\t\n" + stuck
        + "\tunchanged\tstatus is open\n" + ids.get(2) + "\tok\t\n");
    assertThat(r.err()).isEqualTo("1 of 3 unchanged after the server's job.\n");
    assertThat(server.lastRequest().path()).isEqualTo(A + "/conversations/filter");
  }

  @Test
  void aJobThatRunsLateIsReadAgainUntilItHasRun() {
    conversations("late", 2);
    List<Long> ids = selected("tag equal_to late");
    server.sandbox().bulkActionJobs(2, Set.of(), false); // the first read back comes before the job
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "assign", "--where", "tag equal_to late", "--agent",
          "1", "--yes");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(okLines(ids));
    });
    assertThat(sent).extracting(RecordedRequest::path).containsExactly(A + "/conversations/filter",
        A + "/bulk_actions", A + "/conversations/filter", A + "/conversations/filter");
    assertThat(sent.get(1).bodyText()).isEqualTo("{\"fields\":{\"assignee_id\":1},\"type\":\"Conversation\","
        + "\"ids\":[" + joined(ids) + "]}");
  }

  @Test
  void aServerWithoutBulkActionsGetsOneRequestPerId() {
    conversations("old", 2);
    List<Long> ids = selected("tag equal_to old");
    server.sandbox().bulkActionJobs(1, Set.of(), true);
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "status", "--where", "tag equal_to old", "--to",
          "pending", "--yes", "--concurrency", "1");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(okLines(ids));
      assertThat(r.err()).startsWith("The server refused bulk_actions (").endsWith("): one request per "
          + "conversation instead.\n");
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path()).containsExactly(
        "POST " + A + "/conversations/filter", "POST " + A + "/bulk_actions",
        "POST " + A + "/conversations/" + ids.get(0) + "/toggle_status",
        "POST " + A + "/conversations/" + ids.get(1) + "/toggle_status");
    assertThat(sent.get(2).bodyText()).isEqualTo("{\"status\":\"pending\"}");
  }

  @Test
  void aDryRunPrintsTheCountTheFirstIdsAndTheRequestsAndSendsNothing() {
    conversations("dry", 12);
    List<Long> ids = selected("tag equal_to dry");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "status", "--where", "tag equal_to dry", "--to",
          "resolved", "--dry-run");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("Selection: 12 conversations: "
          + ids.subList(0, 10).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", …\n"
          + "POST " + server.sandbox().url() + A + "/bulk_actions\n{\n");
      assertThat(r.err()).isEqualTo("Dry run: nothing was sent.\n");
      SandboxServer.Result json = server.run("conversations", "status", "--where", "tag equal_to dry", "--to",
          "resolved", "--dry-run", "-o", "json");
      assertThat(json.out()).isEqualTo("{\"selected\":12,\"first_ids\":[" + joined(ids.subList(0, 10)) + "]}\n"
          + "{\"method\":\"POST\",\"url\":\"" + server.sandbox().url() + A + "/bulk_actions\",\"body\":"
          + "{\"fields\":{\"status\":\"resolved\"},\"type\":\"Conversation\",\"ids\":[" + joined(ids) + "]}}\n");
    });
    assertThat(sent).extracting(RecordedRequest::path).containsExactly(A + "/conversations/filter",
        A + "/conversations/filter");
  }

  @Test
  void aSelectionAsksOnceOnATerminalAndScriptsNeedYes() {
    conversations("ask", 2);
    SandboxServer.Result script = server.run("conversations", "labels", "add", "--where", "tag equal_to ask",
        "--label", "vip");
    assertThat(script.code()).isEqualTo(ExitCode.USAGE);
    assertThat(script.err()).isEqualTo("error: refusing to label 2 conversations without --yes (stdin is not a "
        + "terminal); add --yes to confirm\n");

    Map<String, String> env = server.env();
    SandboxServer.Result no = SandboxServer.Cli.run(server.tuning(), env, "n\n", true, "conversations", "labels",
        "add", "--where", "tag equal_to ask", "--label", "vip");
    assertThat(no.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(no.err()).startsWith("Label 2 conversations? [y/N] ");
    assertThat(selected("tag equal_to ask", "labels equal_to vip")).isEmpty();

    SandboxServer.Result yes = SandboxServer.Cli.run(server.tuning(), env, "y\n", true, "conversations", "labels",
        "add", "--where", "tag equal_to ask", "--label", "vip");
    assertThat(yes.code()).as(yes.err()).isZero();
    assertThat(selected("tag equal_to ask", "labels equal_to vip")).hasSize(2);
  }

  @Test
  void idsAndASelectionTogetherAreAUsageError() {
    SandboxServer.Result r = server.run("conversations", "status", "1", "--status", "open", "--to", "resolved");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("error: give ids or a selection (--where, --label, ...), not both; drop the ids, "
        + "or the selection\n");
    SandboxServer.Result every = server.run("conversations", "status", "--all-matching", "--inbox", "1", "--to",
        "resolved");
    assertThat(every.code()).isEqualTo(ExitCode.USAGE);
    assertThat(every.err()).isEqualTo("error: --all-matching selects every conversation: it takes no --where, "
        + "--label, --status or --inbox; drop --all-matching, or the conditions\n");
  }

  @Test
  void anEmptySelectionDoesNothing() {
    SandboxServer.Result r = server.run("conversations", "status", "--where", "tag equal_to nobody-has-this",
        "--to", "resolved");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE); // no conversation has the custom attribute
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result none = server.run("conversations", "status", "--status", "snoozed", "--inbox", "1",
          "--to", "resolved");
      assertThat(none.code()).as(none.err()).isZero();
      assertThat(none.out()).isEmpty();
      assertThat(none.err()).isEqualTo("No conversations match the selection: nothing to do.\n");
    });
    assertThat(sent).extracting(RecordedRequest::bodyText).containsExactly("{\"payload\":[{\"attribute_key\":"
        + "\"status\",\"filter_operator\":\"equal_to\",\"values\":[\"snoozed\"],\"query_operator\":\"AND\"},"
        + "{\"attribute_key\":\"inbox_id\",\"filter_operator\":\"equal_to\",\"values\":[\"1\"]}]}");
  }

  @Test
  void contactsDeleteOverALabelUsesTheBulkDeleteAndChecksTheyAreGone() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      SandboxServer.Result c = server.run("contacts", "create", "--name", "Gone " + i, "--email", "gone" + i
          + "@sel.test", "-o", "ids");
      ids.add(Long.parseLong(c.out().strip()));
      assertThat(server.run("contacts", "labels", "set", c.out().strip(), "spam").code()).isZero();
    }
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("contacts", "delete", "--label", "spam", "--yes");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out().lines().skip(1).map(l -> l.split("\t")[0]).map(Long::parseLong).toList())
          .containsExactlyInAnyOrderElementsOf(ids);
      assertThat(r.out()).doesNotContain("unchanged");
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path()).containsExactly("POST " + A + "/contacts/filter",
        "POST " + A + "/bulk_actions", "POST " + A + "/contacts/filter");
    assertThat(sent.get(0).bodyText()).isEqualTo("{\"payload\":[{\"attribute_key\":\"labels\",\"filter_operator\":"
        + "\"equal_to\",\"values\":[\"spam\"]}]}");
    assertThat(sent.get(1).bodyText()).startsWith("{\"type\":\"Contact\",\"ids\":[").endsWith("],"
        + "\"action_name\":\"delete\"}");
    assertThat(server.run("contacts", "show", String.valueOf(ids.get(0))).code()).isEqualTo(ExitCode.NOT_FOUND);
  }

  @Test
  void contactsAttributesRemoveTakesASelectionAndSendsTheKeys() {
    SandboxServer.Result c = server.run("contacts", "create", "--name", "Attr", "--email", "attr@sel.test",
        "--attr", "plan=pro", "--attr", "seats:=3", "-o", "ids");
    String id = c.out().strip();
    assertThat(server.run("contacts", "labels", "set", id, "trial-ended").code()).isZero();
    SandboxServer.Result r = server.run("contacts", "attributes", "remove", "--label", "trial-ended", "--key", "plan",
        "--yes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("ID\tSTATUS\tERROR\n" + id + "\tok\t\n");
    RecordedRequest last = server.lastRequest();
    assertThat(last.method() + " " + last.path()).isEqualTo("POST " + A + "/contacts/" + id
        + "/destroy_custom_attributes");
    assertThat(last.bodyText()).isEqualTo("{\"custom_attributes\":[\"plan\"]}");
    assertThat(server.run("contacts", "show", id, "-o", "json").json().path("custom_attributes").toString())
        .isEqualTo("{\"seats\":3}");
  }

  @Test
  void contactsUpdateSetsACustomAttributeOnASelectionOneRequestPerContact() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ids.add(server.run("contacts", "create", "--name", "Upd " + i, "--email", "upd" + i + "@upd.test", "-o", "ids")
          .out().strip());
    }
    SandboxServer.Result dry = server.run("contacts", "update", "--where", "email contains @upd.test", "--attr",
        "plan=gold", "--dry-run", "--concurrency", "1");
    assertThat(dry.code()).as(dry.err()).isZero();
    String url = server.sandbox().url() + A + "/contacts/";
    assertThat(dry.out()).isEqualTo("Selection: 2 contacts: " + String.join(", ", ids) + "\n"
        + "PUT " + url + ids.get(0) + "\n{\n  \"custom_attributes\": {\n    \"plan\": \"gold\"\n  }\n}\n"
        + "PUT " + url + ids.get(1) + "\n{\n  \"custom_attributes\": {\n    \"plan\": \"gold\"\n  }\n}\n"
        + "ID\tSTATUS\tERROR\n" + ids.get(0) + "\tdry-run\t\n" + ids.get(1) + "\tdry-run\t\n");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("contacts", "update", "--where", "email contains @upd.test", "--attr",
          "plan=gold", "--yes", "--concurrency", "1");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("ID\tSTATUS\tERROR\n" + ids.get(0) + "\tok\t\n" + ids.get(1) + "\tok\t\n");
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path() + " " + q.bodyText()).containsExactly(
        "POST " + A + "/contacts/filter {\"payload\":[{\"attribute_key\":\"email\",\"filter_operator\":"
            + "\"contains\",\"values\":[\"@upd.test\"]}]}",
        "PUT " + A + "/contacts/" + ids.get(0) + " {\"custom_attributes\":{\"plan\":\"gold\"}}",
        "PUT " + A + "/contacts/" + ids.get(1) + " {\"custom_attributes\":{\"plan\":\"gold\"}}");
  }

  @Test
  void theBulkCommandsSendTheServersFields() {
    SandboxServer.Result r = server.run("conversations", "bulk", "1", "2", "--status", "snoozed", "--until",
        "2030-01-01", "--team", "7", "--remove-label", "old", "--dry-run", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("{\"method\":\"POST\",\"url\":\"" + server.sandbox().url() + A + "/bulk_actions\","
        + "\"body\":{\"fields\":{\"status\":\"snoozed\",\"team_id\":7},\"snoozed_until\":1893456000,"
        + "\"labels\":{\"remove\":[\"old\"]},\"type\":\"Conversation\",\"ids\":[1,2]}}\n");
    SandboxServer.Result sent = server.run("conversations", "bulk", "1", "--add-label", "seen");
    assertThat(sent.code()).as(sent.err()).isZero();
    assertThat(sent.err()).isEqualTo("Queued: the server changes 1 in the background (the answer does not say "
        + "whether it worked).\n");
    SandboxServer.Result nothing = server.run("contacts", "bulk", "1", "--yes");
    assertThat(nothing.code()).isEqualTo(ExitCode.USAGE);
    assertThat(nothing.err()).isEqualTo("error: nothing to change; give --add-label or --delete\n");
  }

  @Test
  void everySelectionExampleOfTheHelpRuns() {
    conversations("ex", 1);
    int seen = 0;
    for (String group : List.of("contacts", "conversations")) {
      for (io.inquirly.api.Operation op : io.inquirly.api.Catalogue.entry(group).build().get().operations()) {
        if (!op.batch() || op.positionals().size() != 1) {
          continue;
        }
        String usage = server.run(concat(op.command(), "--help")).out().replaceAll("\\s+", " ");
        String example = Selection.example(op, group);
        assertThat(usage).contains(" " + example + " ");
        List<String> split = io.inquirly.testing.ShellWords.split(example);
        List<String> words = new ArrayList<>(split.subList(1, split.size()));
        words.add("--dry-run");
        SandboxServer.Result r = server.run(words.toArray(String[]::new));
        assertThat(r.code()).as(example + "\n" + r.err()).isZero();
        seen++;
      }
    }
    assertThat(seen).isEqualTo(14); // 11 batch verbs, and conversations mute, unmute and unread (issue 19)
  }

  private static String[] concat(List<String> words, String last) {
    List<String> all = new ArrayList<>(words);
    all.add(last);
    return all.toArray(String[]::new);
  }
}
