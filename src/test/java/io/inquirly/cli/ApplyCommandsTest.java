package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** apply, diff and export against a fresh sandbox: plans, request order, idempotency, failures and round trips. */
class ApplyCommandsTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private static List<String> writes(List<RecordedRequest> requests) {
    List<String> out = new ArrayList<>();
    for (RecordedRequest r : requests) {
      if (!r.method().equals("GET")) {
        out.add(r.method() + " " + r.path());
      }
    }
    return out;
  }

  private static Path file(String name, String yaml) throws Exception {
    Path f = server.home().resolve(name);
    Files.writeString(f, yaml);
    return f;
  }

  /** apply runs an operation as its command does: agents add's default role is the operation's, not apply's. */
  @Test
  void applyUsesTheOperationsDeclaredDefaults() throws Exception {
    Path f = file("agent-default-role.yaml", "kind: Agent\nemail: dora@acme.test\nname: Dora Default\n");
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("apply", "-f", f.toString()));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    List<String> bodies = new ArrayList<>();
    for (RecordedRequest q : sent) {
      if (q.method().equals("POST") && q.path().equals("/api/v1/accounts/1/agents")) {
        bodies.add(q.bodyText());
      }
    }
    assertThat(bodies).containsExactly("{\"name\":\"Dora Default\",\"email\":\"dora@acme.test\",\"role\":\"agent\"}");
  }

  @Test
  void sampleStackAppliesInDependencyOrderReappliesWithNoWriteAndRoundTrips() {
    SandboxServer.Result[] first = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(
        () -> first[0] = server.run("apply", "-f", "samples/support-stack.yaml"));
    assertThat(first[0].code()).as(first[0].err()).isZero();
    assertThat(first[0].out()).contains("+ create Agent ada@acme.test\n", "+ create Inbox API\n",
        "+ create Team escalations\n", "+ create Webhook https://hooks.acme.test/events\n")
        .endsWith("Plan: 18 to create, 0 to update, 0 to delete, 1 unchanged.\n");
    assertThat(first[0].err()).endsWith("Applied: 18 created, 0 updated, 0 deleted.\n");
    List<String> w = writes(sent);
    // agents and the bot exist before the inboxes and teams that name them
    // (a subsequence: a missing request fails, where comparing indexOf results would pass with -1)
    assertThat(w).containsSubsequence("POST /api/v1/accounts/1/agents", "POST /api/v1/accounts/1/inboxes");
    assertThat(w).containsSubsequence("POST /api/v1/accounts/1/agent_bots", "POST /api/v1/accounts/1/inboxes");
    assertThat(w).contains("POST /api/v1/accounts/1/inbox_members", "POST /api/v1/accounts/1/custom_attribute_definitions");
    assertThat(w.get(w.size() - 1)).isEqualTo("POST /api/v1/accounts/1/webhooks");

    // references were resolved to ids: the API inbox's members and bot
    JsonNode inboxes = server.run("inboxes", "list", "-o", "json").json();
    String apiInbox = null;
    for (JsonNode i : inboxes) {
      if (i.path("name").asText().equals("API")) {
        apiInbox = i.path("id").asText();
      }
    }
    JsonNode members = server.run("inboxes", "members", "list", apiInbox, "-o", "json").json();
    assertThat(members.findValuesAsText("email")).containsExactlyInAnyOrder("margaret@acme.test", "alan@acme.test");
    assertThat(server.run("inboxes", "agent-bot", "show", apiInbox, "-o", "json").json().path("name").asText())
        .isEqualTo("Triage Bot");

    SandboxServer.Result[] again = new SandboxServer.Result[1];
    List<RecordedRequest> second = server.requestsDuring(
        () -> again[0] = server.run("apply", "-f", "samples/support-stack.yaml"));
    assertThat(again[0].code()).as(again[0].err()).isZero();
    assertThat(again[0].out()).isEqualTo("No changes: 19 resources up to date.\n");
    assertThat(writes(second)).isEmpty();

    SandboxServer.Result export = server.run("export");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).startsWith("---\nkind: Account\nname: Acme Support\n")
        .contains("---\nkind: Team\nname: tier-1\ndescription: First line\nallow_auto_assign: true\nmembers:\n"
            + "- grace@acme.test\n- linus@acme.test\n- alan@acme.test\n");
    SandboxServer.Result[] back = new SandboxServer.Result[1];
    List<RecordedRequest> roundTrip = server.requestsDuring(
        () -> back[0] = server.run(server.env(), export.out(), "apply", "-f", "-"));
    assertThat(back[0].code()).as(back[0].err()).isZero();
    assertThat(back[0].out()).startsWith("No changes: ");
    assertThat(writes(roundTrip)).isEmpty();
  }

  @Test
  void updatesSendOnlyChangedFieldsAndDryRunSendsNothing() throws Exception {
    Path f = file("labels.yaml", "kind: Label\ntitle: dry-a\ncolor: '#111111'\ndescription: A\n");
    assertThat(server.run("apply", "-f", f.toString()).code()).isZero();
    Files.writeString(f, "kind: Label\ntitle: dry-a\ncolor: '#222222'\ndescription: A\n---\nkind: Label\ntitle: dry-b\n");

    SandboxServer.Result[] dry = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(
        () -> dry[0] = server.run("apply", "-f", f.toString(), "--dry-run"));
    assertThat(dry[0].code()).isZero();
    assertThat(dry[0].out()).isEqualTo("~ update Label dry-a: color \"#111111\" → \"#222222\"\n"
        + "+ create Label dry-b\nPlan: 1 to create, 1 to update, 0 to delete, 0 unchanged.\n");
    assertThat(dry[0].err()).isEqualTo("Dry run: nothing was changed.\n");
    assertThat(writes(sent)).isEmpty();

    SandboxServer.Result diff = server.run("diff", "-f", f.toString(), "-o", "json");
    assertThat(diff.code()).isEqualTo(1);
    assertThat(diff.json().path("summary").toString())
        .isEqualTo("{\"create\":1,\"update\":1,\"delete\":0,\"unchanged\":0}");
    assertThat(diff.json().path("steps").get(0).path("changes").toString())
        .isEqualTo("{\"color\":{\"from\":\"#111111\",\"to\":\"#222222\"}}");

    List<RecordedRequest> applied = server.requestsDuring(() -> server.run("apply", "-f", f.toString()));
    assertThat(writes(applied)).hasSize(2);
    RecordedRequest patch = applied.stream().filter(r -> r.method().equals("PATCH")).findFirst().orElseThrow();
    assertThat(patch.bodyText()).isEqualTo("{\"color\":\"#222222\"}");
    assertThat(server.run("diff", "-f", f.toString()).code()).isZero();
  }

  @Test
  void diffShowsCreatedFieldsAndExitsTwoOnABadFile() throws Exception {
    Path f = file("diff.yaml", "kind: CannedResponse\nshort_code: diff-hi\ncontent: Hello ${WHO:-there}\n");
    SandboxServer.Result diff = server.run("diff", "-f", f.toString());
    assertThat(diff.code()).isEqualTo(1);
    assertThat(diff.out()).isEqualTo("+ create CannedResponse diff-hi\n    + short_code: \"diff-hi\"\n"
        + "    + content: \"Hello there\"\nPlan: 1 to create, 0 to update, 0 to delete, 0 unchanged.\n");

    Path bad = file("bad.yaml", "kind: Label\ntitle: x\ncolour: red\n");
    SandboxServer.Result r = server.run("diff", "-f", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":3:1: unknown key 'colour' for Label");
    SandboxServer.Result a = server.run("apply", "-f", bad.toString());
    assertThat(a.code()).isEqualTo(2);
    assertThat(a.out()).isEmpty();

    Path dangling = file("dangling.yaml", "kind: Team\nname: ghosts\nmembers: [casper@acme.test]\n");
    SandboxServer.Result d = server.run("apply", "-f", dangling.toString());
    assertThat(d.code()).isEqualTo(2);
    assertThat(d.err()).contains(dangling + ":3:1: Team ghosts: members names Agent 'casper@acme.test'");
  }

  @Test
  void aFailureMidwayStopsReportsAndARerunFinishes() throws Exception {
    Path f = file("midway.yaml", "kind: Label\ntitle: midway\n---\nkind: CannedResponse\nshort_code: midway\n"
        + "content: Hi\n---\nkind: Webhook\nurl: not-a-url\n");
    SandboxServer.Result failed = server.runOffContract("apply", "-f", f.toString());
    assertThat(failed.code()).isEqualTo(2);
    assertThat(failed.err()).contains("created Label midway\ncreated CannedResponse midway\n"
        + "failed: create Webhook not-a-url: 422 Unprocessable Entity from POST /api/v1/accounts/1/webhooks: "
        + "Url is invalid (url)\n"
        + "done: 2 of 3 changes; not done: 1 (Webhook not-a-url).");

    Files.writeString(f, Files.readString(f).replace("not-a-url", "https://midway.test/hook"));
    SandboxServer.Result[] rerun = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> rerun[0] = server.run("apply", "-f", f.toString()));
    assertThat(rerun[0].code()).as(rerun[0].err()).isZero();
    assertThat(rerun[0].out()).isEqualTo("+ create Webhook https://midway.test/hook\n"
        + "Plan: 1 to create, 0 to update, 0 to delete, 2 unchanged.\n");
    assertThat(writes(sent)).containsExactly("POST /api/v1/accounts/1/webhooks");
  }

  @Test
  void applyJsonIsTheMachinePlan() throws Exception {
    Path f = file("json.yaml", "kind: Label\ntitle: json-a\n");
    SandboxServer.Result r = server.run("apply", "-f", f.toString(), "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().path("steps").toString())
        .isEqualTo("[{\"action\":\"create\",\"kind\":\"Label\",\"name\":\"json-a\",\"fields\":{\"title\":\"json-a\"}}]");
    assertThat(r.json().path("applied").asBoolean()).isTrue();
  }

  @Test
  void exportKindsAndUnknownKind() {
    SandboxServer.Result r = server.run("export", "--kinds", "AgentBot", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get(0).toString()).isEqualTo("{\"kind\":\"AgentBot\",\"name\":\"Sandbox Bot\","
        + "\"description\":\"Pre-created account agent bot\",\"outgoing_url\":\"http://127.0.0.1:9/bot\"}");
    SandboxServer.Result bad = server.run("export", "--kinds", "Mailbox");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown kind 'Mailbox'");
  }

  @Test
  void unsetVariableIsAFileError() throws Exception {
    Path f = file("env.yaml", "kind: Webhook\nurl: ${EVENTS_HOOK}\n");
    SandboxServer.Result r = server.run("apply", "-f", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(f + ":2:6: environment variable EVENTS_HOOK is not set");
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("EVENTS_HOOK", "https://env.test/hook");
    assertThat(server.run(env, "", "diff", "-f", f.toString()).out()).startsWith("+ create Webhook https://env.test/hook\n");
  }
}
