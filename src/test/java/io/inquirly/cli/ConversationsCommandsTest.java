package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** conversations commands against the demo sandbox: requests sent, output, exit codes. */
class ConversationsCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String CONV = "/api/v1/accounts/1/conversations";

  @Test
  void listSendsTheFiltersAndPrintsIds() {
    SandboxServer.Result r = server.run("conversations", "list", "--status", "all", "--assignee", "assigned",
        "--label", "billing,no-such-label", "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.path()).isEqualTo(CONV);
    assertThat(req.rawQuery()).isEqualTo("assignee_type=assigned&status=all&labels[]=billing&labels[]=no-such-label&page=1");
    assertThat(r.out()).isEqualTo("1\n");
  }

  @Test
  void listRejectsUnknownStatus() {
    SandboxServer.Result r = server.run("conversations", "list", "--status", "closed");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'closed' is not one of open, resolved, pending, snoozed, all");
  }

  @Test
  void designOneLinerAssignsUnassignedOpenConversationsToATeam() {
    SandboxServer.Result ids = server.run("conversations", "list", "--status", "open", "--assignee", "unassigned",
        "-q", "nonprofit", "-o", "ids");
    assertThat(ids.out()).isEqualTo("6\n");
    // a second one in the website inbox (3), like conversation 6; its id depends on what other tests created
    SandboxServer.Result created = server.run("conversations", "create", "--inbox", "3", "--contact", "3",
        "--message", "nonprofit pricing?", "-o", "ids");
    assertThat(created.code()).as(created.err()).isZero();
    String id = created.out().strip();
    assertThat(Long.parseLong(id)).isGreaterThan(6);
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(server.env(), "6\n" + id + "\n", "conversations", "assign", "--team",
          "2", "--ids", "-");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("ID\tSTATUS\tERROR\n6\tok\t\n" + id + "\tok\t\n");
    });
    assertThat(sent).hasSize(2);
    assertThat(sent).extracting(RecordedRequest::path)
        .containsExactlyInAnyOrder(CONV + "/6/assignments", CONV + "/" + id + "/assignments");
    assertThat(sent.get(0).bodyText()).isEqualTo("{\"team_id\":2}");
    assertThat(server.run("conversations", "show", "6", "-o", "json").json().at("/meta/team/name").asText())
        .isEqualTo("escalations");
  }

  @Test
  void countsShowTheMeta() {
    SandboxServer.Result r = server.run("conversations", "counts", "--inbox", "1", "-o", "json");
    assertThat(r.code()).isZero();
    assertThat(server.lastRequest().rawQuery()).isEqualTo("inbox_id=1");
    assertThat(r.json().has("all_count")).isTrue();
    assertThat(r.json().has("mine_count")).isTrue();
  }

  @Test
  void filterBuildsThePayload() {
    SandboxServer.Result r = server.run("conversations", "filter", "--where", "priority equal_to high,urgent",
        "--where", "labels = vip", "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.path()).isEqualTo(CONV + "/filter");
    assertThat(req.bodyText()).isEqualTo("{\"payload\":[{\"attribute_key\":\"priority\",\"filter_operator\":"
        + "\"equal_to\",\"values\":[\"high\",\"urgent\"],\"query_operator\":\"AND\"},{\"attribute_key\":\"labels\","
        + "\"filter_operator\":\"equal_to\",\"values\":[\"vip\"]}]}");
    assertThat(r.out()).isEqualTo("1\n");
  }

  @Test
  void createSendsInboxContactAndFirstMessage() {
    SandboxServer.Result r = server.run("conversations", "create", "--inbox", "1", "--contact", "2", "--message",
        "Hello", "--status", "pending", "--attr", "order=7", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"inbox_id\":2,\"contact_id\":2}".replace("2,", "1,")
        .replace("}", ",\"message\":{\"content\":\"Hello\"},\"status\":\"pending\",\"custom_attributes\":"
            + "{\"order\":\"7\"}}"));
    assertThat(r.json().get("status").asText()).isEqualTo("pending");
    assertThat(r.json().at("/messages/0/content").asText()).isEqualTo("Hello");
    SandboxServer.Result half = server.run("conversations", "create", "--inbox", "1");
    assertThat(half.code()).isEqualTo(2);
    assertThat(half.err()).contains("--inbox and --contact go together");
  }

  @Test
  void showPrintsAKeyValueTable() {
    SandboxServer.Result r = server.run("conversations", "show", "1", "--columns", "id,status,priority");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nid\t1\nstatus\topen\npriority\thigh\n");
    assertThat(server.lastRequest().path()).isEqualTo(CONV + "/1");
    SandboxServer.Result missing = server.run("conversations", "show", "999");
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).contains("Resource could not be found");
  }

  @Test
  void statusSnoozesUntilASpanAndBatches() {
    long before = Instant.now().getEpochSecond();
    SandboxServer.Result r = server.run("conversations", "status", "3", "--until", "2h", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode body = read(server.lastRequest().bodyText());
    assertThat(body.get("status").asText()).isEqualTo("snoozed");
    assertThat(body.get("snoozed_until").asLong()).isBetween(before + 7200, before + 7210);
    assertThat(r.json().get("current_status").asText()).isEqualTo("snoozed");

    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result b = server.run("conversations", "status", "3", "999", "--to", "open");
      assertThat(b.code()).isEqualTo(9);
      assertThat(b.out()).startsWith("ID\tSTATUS\tERROR\n3\tok\t\n999\tfailed\t404 Not Found");
      assertThat(b.err()).contains("1 of 2 failed.");
    });
    assertThat(sent).extracting(RecordedRequest::path)
        .containsExactlyInAnyOrder(CONV + "/3/toggle_status", CONV + "/999/toggle_status");
    assertThat(sent.get(0).bodyText()).isEqualTo("{\"status\":\"open\"}");
  }

  @Test
  void statusRejectsBadSpansAndUntilWithAnotherStatus() {
    SandboxServer.Result bad = server.run("conversations", "status", "3", "--until", "7x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid --until '7x': use 7d, 12h, 30m, 2w or a date like 2026-12-01");
    SandboxServer.Result clash = server.run("conversations", "status", "3", "--to", "open", "--until", "2h");
    assertThat(clash.code()).isEqualTo(2);
    assertThat(clash.err()).contains("--until only goes with --to snoozed");
  }

  @Test
  void statusDryRunSendsNothing() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "status", "1", "2", "--to", "resolved", "--dry-run");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("POST " + server.sandbox().url() + CONV + "/1/toggle_status")
          .contains("\"status\": \"resolved\"").contains("2\tdry-run");
    });
    assertThat(sent).isEmpty();
  }

  @Test
  void priorityNoneSendsNullThenShows() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "priority", "4", "--to", "none", "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.json().get("priority").isNull()).isTrue();
    });
    assertThat(sent).extracting(s -> s.method() + " " + s.path())
        .containsExactly("POST " + CONV + "/4/toggle_priority", "GET " + CONV + "/4");
    assertThat(sent.get(0).bodyText()).isEqualTo("{\"priority\":null}");
    SandboxServer.Result urgent = server.run("conversations", "priority", "4", "--to", "urgent", "-o", "json");
    assertThat(urgent.json().get("priority").asText()).isEqualTo("urgent");
  }

  @Test
  void updateClearsPriorityWithNull() {
    SandboxServer.Result r = server.run("conversations", "update", "5", "--priority", "low", "-o", "json");
    assertThat(r.code()).isZero();
    assertThat(server.lastRequest().method()).isEqualTo("PATCH");
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"priority\":\"low\"}");
    assertThat(r.json().get("priority").asText()).isEqualTo("low");
  }

  @Test
  void assignMeLooksUpTheProfileAndSetsTheTeamFirst() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "assign", "4", "--agent", "me", "--team", "1", "-o",
          "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.json().toString()).isEqualTo("{\"conversation_id\":4,\"team_id\":1,\"team\":\"billing\","
          + "\"assignee_id\":1,\"assignee\":\"Admin Ada\"}");
    });
    assertThat(sent).extracting(s -> s.method() + " " + s.path() + " " + s.bodyText()).containsExactly(
        "POST " + CONV + "/4/assignments {\"team_id\":1}",
        "GET /api/v1/profile ",
        "POST " + CONV + "/4/assignments {\"assignee_id\":1}");
  }

  @Test
  void assignNoneUnassignsAndNothingIsAnError() {
    SandboxServer.Result r = server.run("conversations", "assign", "5", "--agent", "none", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"assignee_id\":0}");
    assertThat(r.json().get("assignee").isNull()).isTrue();
    assertThat(r.json().get("assignee_id").isNull()).isTrue();
    SandboxServer.Result nothing = server.run("conversations", "assign", "5");
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("nothing to assign");
    SandboxServer.Result bad = server.run("conversations", "assign", "5", "--team", "x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid --team 'x'");
  }

  @Test
  void labelsAddReadsThenSendsTheUnion() {
    server.run("conversations", "labels", "set", "2", "--label", "bug");
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"labels\":[\"bug\"]}");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "labels", "add", "2", "--label", "vip", "--label", "bug");
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo("LABEL\nbug\nvip\n");
    });
    assertThat(sent).extracting(RecordedRequest::method).containsExactly("GET", "POST");
    assertThat(sent.get(1).bodyText()).isEqualTo("{\"labels\":[\"bug\",\"vip\"]}");
    SandboxServer.Result removed = server.run("conversations", "labels", "remove", "2", "--label", "bug");
    assertThat(removed.out()).isEqualTo("LABEL\nvip\n");
    assertThat(server.run("conversations", "labels", "list", "2").out()).isEqualTo("LABEL\nvip\n");
    server.run("conversations", "labels", "set", "2");
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"labels\":[]}");
  }

  @Test
  void attributesMergeUnlessReplace() {
    SandboxServer.Result r = server.run("conversations", "attributes", "1", "--attr", "refund:=true", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText())
        .isEqualTo("{\"custom_attributes\":{\"order_id\":\"A-1001\",\"refund\":true}}");
    assertThat(r.json().toString()).isEqualTo("{\"order_id\":\"A-1001\",\"refund\":true}");
    server.run("conversations", "attributes", "1", "--unset", "refund");
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"custom_attributes\":{\"order_id\":\"A-1001\"}}");
    server.run("conversations", "attributes", "1", "--attr", "x=1", "--replace");
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"custom_attributes\":{\"x\":\"1\"}}");
  }

  @Test
  void typingSendsTheStatus() {
    SandboxServer.Result r = server.run("conversations", "typing", "1", "on", "--private");
    assertThat(r.code()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(CONV + "/1/toggle_typing_status");
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"typing_status\":\"on\",\"is_private\":true}");
    assertThat(server.run("conversations", "typing", "1", "maybe").code()).isEqualTo(2);
  }

  @Test
  void deleteConfirmsAndBatches() {
    SandboxServer.Result refused = server.run("conversations", "delete", "2");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("without --yes");
    SandboxServer.Result created = server.run("conversations", "create", "--inbox", "1", "--contact", "1", "-o",
        "ids");
    String id = created.out().strip();
    SandboxServer.Result r = server.run("conversations", "delete", id, "--yes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().method()).isEqualTo("DELETE");
    assertThat(server.lastRequest().path()).isEqualTo(CONV + "/" + id);
    assertThat(r.err()).contains("Deleted conversation " + id);
  }

  @Test
  void conversationEventsAndTheEnterpriseMessage() {
    SandboxServer.Result r = server.run("conversations", "events", "2", "--columns", "name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("NAME\nfirst_response\n");
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("INQUIRLY_ACCOUNT_ID", "99");
    SandboxServer.Result missing = server.run(env, "", "conversations", "events", "2");
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).doesNotContain("Enterprise"); // the conversation lookup 404s on its own
    // a wrong account is Rails' RecordNotFound, not a missing route (EnterpriseCommandsTest has the Community answer)
    SandboxServer.Result wrongAccount = server.run(env, "", "reports", "events");
    assertThat(wrongAccount.code()).isEqualTo(4);
    assertThat(wrongAccount.err()).contains("Resource could not be found").doesNotContain("Enterprise");
  }

  private static JsonNode read(String json) {
    try {
      return SandboxServer.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
