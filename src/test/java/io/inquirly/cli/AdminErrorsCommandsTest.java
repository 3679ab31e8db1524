package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Error paths of the administration groups on a plain (community, no demo records) sandbox. */
class AdminErrorsCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer();

  private SandboxServer.Result asAgent(String... args) {
    Map<String, String> env = server.env();
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    return server.run(env, "", args);
  }

  @Test
  void agentTokenOnAdminEndpointsExitsFive() {
    for (String[] args : List.of(
        new String[] {"labels", "create", "--title", "x"},
        new String[] {"webhooks", "list"},
        new String[] {"inboxes", "create", "--name", "X", "--channel", "api"},
        new String[] {"agents", "add", "--name", "A", "--email", "a@b.test"},
        new String[] {"teams", "create", "--name", "T"},
        new String[] {"automation-rules", "list"},
        new String[] {"custom-attributes", "create", "--model", "contact", "--key", "k", "--type", "text",
            "--name", "K"})) {
      SandboxServer.Result r = asAgent(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(5);
      assertThat(r.err()).contains("401 Unauthorized").contains("You are not authorized to do this action");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void missingRecordsExitFour() {
    SandboxServer.Result r = server.run("labels", "show", "999");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).contains("404 Not Found from GET /api/v1/accounts/1/labels/999: Resource could not be found");
    assertThat(server.run("teams", "update", "999", "--name", "x").code()).isEqualTo(4);
    assertThat(server.run("help-center", "categories", "list", "nope").code()).isEqualTo(4);
    assertThat(server.run("inboxes", "agent-bot", "set", "1", "999").code()).isEqualTo(4);
  }

  @Test
  void auditLogsOnACommunityServerSayWhy() {
    SandboxServer.Result r = server.run("audit-logs", "list");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err().lines().findFirst().orElse("")).isEqualTo("error: this server has no audit logs API: it "
        + "needs the Enterprise edition; the server answered 404; run it against an Enterprise server (a Community "
        + "server does not serve it)");
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/audit_logs");
  }

  @Test
  void validationErrorsExitTwoWithTheServerMessage() {
    assertThat(server.run("labels", "create", "--title", "dup").code()).isZero();
    SandboxServer.Result r = server.run("labels", "create", "--title", "DUP");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("422 Unprocessable Entity").contains("Title has already been taken (title)");

    r = server.run("custom-attributes", "create", "--model", "contact", "--key", "email", "--type", "text",
        "--name", "E");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Attribute key cannot be a standard attribute (attribute_key)");

    r = server.run("webhooks", "create", "--url", "ftp://x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Url is invalid (url)");

    r = server.run("inboxes", "members", "add", "1", "--user", "99");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Invalid User IDs");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    int before = server.requests().size();
    SandboxServer.Result r = server.run("webhooks", "create", "--url", "https://e.test", "--subscription",
        "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("invalid --subscription 'nope'");
    r = server.run("inboxes", "create", "--name", "W", "--channel", "website");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("a website inbox needs --website-url");
    r = server.run("inboxes", "create", "--name", "W", "--channel", "email");
    assertThat(r.code()).isEqualTo(2);
    r = server.run("teams", "members", "add", "1", "--user", "abc");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("invalid user id 'abc' in --user");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void agentLicenseLimitIsAPermissionError() {
    SandboxServer.Result r = null;
    for (int i = 0; i < 10; i++) {
      r = server.run("agents", "add", "--name", "A" + i, "--email", "a" + i + "@acme.test");
      if (r.code() != 0) {
        break;
      }
    }
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("402 Payment Required").contains("Account limit exceeded. Please purchase more "
        + "licenses");
  }

  @Test
  void dryRunSendsNothing() {
    int before = server.requests().size();
    SandboxServer.Result r = server.run("labels", "delete", "1", "--dry-run");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("DELETE " + server.sandbox().url().toString().replaceAll("/$", "")
        + "/api/v1/accounts/1/labels/1");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void deletesNeedYesAndBatchReportsPartialFailure() {
    SandboxServer.Result r = server.run("labels", "delete", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("without --yes");
    long a = server.run("labels", "create", "--title", "one", "-o", "json").json().get("id").asLong();
    long b = server.run("labels", "create", "--title", "two", "-o", "json").json().get("id").asLong();
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result batch = server.run(server.env(), a + "\n" + b + "\n999\n", "labels", "delete", "--ids",
          "-", "--yes");
      assertThat(batch.code()).isEqualTo(9);
    });
    assertThat(sent).extracting(RecordedRequest::path).containsExactlyInAnyOrder(
        "/api/v1/accounts/1/labels/" + a, "/api/v1/accounts/1/labels/" + b, "/api/v1/accounts/1/labels/999");
    assertThat(server.run("labels", "list", "-o", "ids").out()).doesNotContain(a + "\n");
  }

  @Test
  void automationRuleFromAYamlFileFlagsWin() throws Exception {
    Path file = server.home().resolve("rule.yaml");
    Files.writeString(file, """
        name: From file
        event_name: conversation_created
        conditions:
          - attribute_key: status
            filter_operator: equal_to
            values: [open]
            query_operator: null
        actions:
          - action_name: add_label
            action_params: [vip]
        """);
    SandboxServer.Result r = server.run("automation-rules", "create", "--file", file.toString(), "--name", "Flag",
        "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("name").asText()).isEqualTo("Flag");
    assertThat(r.json().get("event_name").asText()).isEqualTo("conversation_created");
    assertThat(r.json().at("/actions/0/action_name").asText()).isEqualTo("add_label");
    r = server.run("automation-rules", "create", "--file", server.home().resolve("none.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void customAttributeDeleteIs204AndJson() {
    long id = server.run("custom-attributes", "create", "--model", "conversation", "--key", "order_id", "--type",
        "number", "--name", "Order", "-o", "json").json().get("id").asLong();
    assertThat(server.lastRequest().contentType()).startsWith("application/json");
    SandboxServer.Result r = server.run("custom-attributes", "delete", String.valueOf(id), "--yes");
    assertThat(r.code()).isZero();
    assertThat(server.lastRequest().status()).isEqualTo(204);
    assertThat(r.err()).contains("Deleted custom attribute " + id);
  }

  @Test
  void profileUpdateSendsTheWrappedProfile() {
    SandboxServer.Result r = server.run("profile", "update", "--name", "Ada L", "--availability", "busy", "-o",
        "json");
    assertThat(r.code()).isZero();
    List<RecordedRequest> all = server.requests();
    RecordedRequest req = all.get(all.size() - 2);
    assertThat(req.method()).isEqualTo("PUT");
    assertThat(req.path()).isEqualTo("/api/v1/profile");
    assertThat(req.bodyText()).isEqualTo("{\"profile\":{\"name\":\"Ada L\"}}");
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/profile/availability");
    assertThat(r.json().get("name").asText()).isEqualTo("Ada L");
    assertThat(r.json().at("/accounts/0/availability").asText()).isEqualTo("busy");
  }
}
