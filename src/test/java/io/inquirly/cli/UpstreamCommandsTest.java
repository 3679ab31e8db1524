package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #14's missing commands outside the help center, from chatwoot-4.10's routes: inboxes delete, the public
 * JSON CSAT survey (show, rate) and the account's CSAT responses (list, metrics). Demo sandbox: conversation 2
 * (uuid below) carries the CSAT survey, message 35, rated 5 (response 1).
 */
class UpstreamCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String A = "/api/v1/accounts/1";
  static final String RATED = "9b7e4d21-3c5a-4f08-8e6d-2a1c0b9f7e53";

  static String sent(RecordedRequest r) {
    return r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery())
        + (r.bodyText().isEmpty() ? "" : " " + r.bodyText());
  }

  static Map<String, String> publicEnv() {
    Map<String, String> env = new HashMap<>(server.env());
    env.remove("INQUIRLY_TOKEN");
    return env;
  }

  @Test
  void inboxDeletePrintsTheServersMessage() {
    SandboxServer.Result created = server.run("inboxes", "create", "--name", "Temp", "--channel", "api", "-o", "ids");
    assertThat(created.code()).as(created.err()).isZero();
    String id = created.out().strip();
    SandboxServer.Result r = server.run("inboxes", "delete", id, "--yes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("DELETE " + A + "/inboxes/" + id);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Inbox " + id + ": Your inbox deletion request will be processed in some time.\n");
    assertThat(server.run("inboxes", "show", id).code()).isEqualTo(4);
  }

  @Test
  void inboxDeleteNeedsAnAdministrator() {
    Map<String, String> env = new HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    SandboxServer.Result r = server.run(env, "", "inboxes", "delete", "1", "--yes");
    assertThat(r.code()).isEqualTo(5);
    assertThat(server.run("inboxes", "show", "1").code()).isZero();
  }

  @Test
  void publicCsatShowNeedsNoToken() {
    SandboxServer.Result r = server.run(publicEnv(), "", "public", "csat", "show", RATED, "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(sent(req)).isEqualTo("GET /public/api/v1/csat_survey/" + RATED);
    assertThat(req.header("api-access-token")).isNull();
    assertThat(r.json().path("id").asLong()).isEqualTo(35);
    assertThat(r.json().at("/csat_survey_response/rating").asInt()).isEqualTo(5);
    assertThat(r.json().path("inbox_name").asText()).isEqualTo("API Inbox");

    SandboxServer.Result none = server.run(publicEnv(), "", "public", "csat", "show",
        "5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17");
    assertThat(none.code()).isEqualTo(4);
  }

  @Test
  void publicCsatRateSendsTheSubmittedValues() {
    SandboxServer.Result r = server.run(publicEnv(), "", "public", "csat", "rate", RATED, "--rating", "3",
        "--feedback", "Slow at first", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("PUT /public/api/v1/csat_survey/" + RATED
        + " {\"message\":{\"submitted_values\":{\"csat_survey_response\":{\"rating\":3,"
        + "\"feedback_message\":\"Slow at first\"}}}}");
    assertThat(r.json().at("/csat_survey_response/rating").asInt()).isEqualTo(3);
    SandboxServer.Result bad = server.run(publicEnv(), "", "public", "csat", "rate", RATED, "--rating", "6");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid --rating '6'").contains("1 to 5");
    // back to the demo's 5 for the other tests
    assertThat(server.run(publicEnv(), "", "public", "csat", "rate", RATED, "--rating", "5", "--feedback",
        "Quick fix, thanks!").code()).isZero();
  }

  @Test
  void csatResponsesListAndMetrics() {
    SandboxServer.Result list = server.run("reports", "csat", "--rating", "5", "--since", "30d", "-o", "json");
    assertThat(list.code()).as(list.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.path()).isEqualTo(A + "/csat_survey_responses");
    assertThat(req.rawQuery()).matches("since=\\d+&until=\\d+&rating\\[]=5&page=1");
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().at("/0/conversation_id").asLong()).isEqualTo(2);
    assertThat(list.json().at("/0/contact/name").asText()).isEqualTo("Grace Hopper");

    SandboxServer.Result metrics = server.run("reports", "csat-metrics", "-o", "json");
    assertThat(metrics.code()).as(metrics.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/csat_survey_responses/metrics");
    assertThat(metrics.json().toString())
        .isEqualTo("{\"total_count\":1,\"ratings_count\":{\"5\":1},\"total_sent_messages_count\":1}");

    Map<String, String> env = new HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    assertThat(server.run(env, "", "reports", "csat").code()).isEqualTo(5);
  }

  /** public messages_controller.rb pages with MessageFinder (before=ID, 20 a page): --all walks back. */
  @Test
  void publicMessagesListWalksBackWithAll() {
    Map<String, String> env = publicEnv();
    env.put("INQUIRLY_INBOX_IDENTIFIER", server.sandbox().apiInboxIdentifier());
    java.util.List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(env, "", "public", "messages", "list", "1", "--contact-identifier",
          "demo-visitor", "--all", "-o", "ids");
      assertThat(r.code()).as(r.err()).isZero();
      java.util.List<String> ids = r.out().lines().toList();
      assertThat(ids).hasSize(25).doesNotContain("3").startsWith("1", "2", "4");
    });
    String base = "/public/api/v1/inboxes/" + server.sandbox().apiInboxIdentifier()
        + "/contacts/demo-visitor/conversations/1/messages";
    assertThat(sent).extracting(UpstreamCommandsTest::sent).containsExactly("GET " + base,
        "GET " + base + "?before=7", "GET " + base + "?before=1");
  }

  /** inboxes_controller.rb permits portal_id; _inbox.json.jbuilder shows help_center {name, slug}. */
  @Test
  void inboxLinksAPortal() {
    SandboxServer.Result r = server.run("inboxes", "update", "1", "--portal", "1", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("PATCH " + A + "/inboxes/1 {\"portal_id\":1}");
    assertThat(r.json().path("help_center").toString()).isEqualTo("{\"name\":\"Acme Help\",\"slug\":\"help\"}");
    assertThat(server.run("inboxes", "update", "1", "--portal", "999").code()).isEqualTo(2);
    SandboxServer.Result created = server.run("inboxes", "create", "--name", "Docs chat", "--channel", "api",
        "--portal", "1", "-o", "json");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.json().at("/help_center/slug").asText()).isEqualTo("help");
  }
}
