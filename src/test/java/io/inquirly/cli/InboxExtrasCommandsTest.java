package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inbox routes of issue #19 beyond the CRUD (avatar delete, the account-level assignable agents) against the demo
 * sandbox: the exact request, output and exit code. Demo: agent 2 is a member of inbox 1 only; agent 1 is the
 * administrator.
 */
class InboxExtrasCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  private static final String A = "/api/v1/accounts/1";

  private SandboxServer.Result runAndRecord(List<RecordedRequest> into, String... args) {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    into.addAll(server.requestsDuring(() -> r[0] = server.run(args)));
    return r[0];
  }

  private SandboxServer.Result asAgent(String... args) {
    Map<String, String> env = server.env();
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    return server.run(env, "", args);
  }

  @Test
  void avatarDeleteSendsDeleteAndSaysSo() {
    List<RecordedRequest> sent = new java.util.ArrayList<>();
    SandboxServer.Result r = runAndRecord(sent, "inboxes", "avatar", "delete", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Removed the picture of inbox 1.\n");
    assertThat(sent).singleElement().satisfies(req -> {
      assertThat(req.method()).isEqualTo("DELETE");
      assertThat(req.path()).isEqualTo(A + "/inboxes/1/avatar");
      assertThat(req.rawQuery()).isNull();
      assertThat(req.bodyText()).isEmpty();
    });
  }

  @Test
  void avatarDeleteNeedsAnAdministratorAndAnInbox() {
    SandboxServer.Result agent = asAgent("inboxes", "avatar", "delete", "1");
    assertThat(agent.code()).isEqualTo(5);
    assertThat(agent.err()).contains("401 Unauthorized").contains("You are not authorized to do this action");
    SandboxServer.Result missing = server.run("inboxes", "avatar", "delete", "99");
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).contains("404 Not Found from DELETE " + A + "/inboxes/99/avatar");
  }

  @Test
  void assignableKeepsCommonAgentsAndAddsAdministrators() {
    List<RecordedRequest> sent = new java.util.ArrayList<>();
    SandboxServer.Result one = runAndRecord(sent, "agents", "assignable", "--inbox", "1");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).isEqualTo("ID\tNAME\tEMAIL\tROLE\tAVAILABILITY_STATUS\n"
        + "2\tAgent Alan\tagent@acme.test\tagent\tonline\n"
        + "1\tAdmin Ada\tadmin@acme.test\tadministrator\tonline\n");
    SandboxServer.Result both = runAndRecord(sent, "agents", "assignable", "--inbox", "1", "--inbox", "2", "-o",
        "ids");
    assertThat(both.code()).as(both.err()).isZero();
    assertThat(both.out()).isEqualTo("1\n");
    assertThat(sent).extracting(RecordedRequest::method).containsExactly("GET", "GET");
    assertThat(sent).extracting(RecordedRequest::path).containsOnly(A + "/assignable_agents");
    assertThat(sent).extracting(RecordedRequest::rawQuery)
        .containsExactly("inbox_ids[]=1", "inbox_ids[]=1&inbox_ids[]=2");
  }

  @Test
  void assignableWithAnUnknownInboxIsNotFound() {
    SandboxServer.Result r = server.run("agents", "assignable", "--inbox", "99");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: 404 Not Found from GET " + A
        + "/assignable_agents?inbox_ids[]=99: Resource could not be found; check the id, and the account"
        + " (--account)\n");
  }
}
