package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Names where ids are taken, dashboard links where an id is expected, and 'api' as gh api works. */
class NamesLinksAndApiTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  private static List<String> sent(List<RecordedRequest> requests) {
    return requests.stream().map(r -> r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery()))
        .toList();
  }

  @Test
  void anInboxTeamOrAgentMayBeNamedExactlyOrInAnyCase() {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> requests = server.requestsDuring(
        () -> r[0] = server.run("conversations", "list", "--inbox", "Website", "-o", "ids"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].out()).isEqualTo("6\n");
    assertThat(sent(requests)).containsExactly("GET /api/v1/accounts/1/inboxes",
        "GET /api/v1/accounts/1/conversations?inbox_id=3&page=1");

    requests = server.requestsDuring(() -> r[0] = server.run("conversations", "list", "--team", "BILLING", "-o", "ids"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(sent(requests)).containsExactly("GET /api/v1/accounts/1/teams",
        "GET /api/v1/accounts/1/conversations?team_id=1&page=1");

    requests = server.requestsDuring(() -> r[0] = server.run("conversations", "create", "--inbox", "API Inbox",
        "--contact", "1", "--agent", "agent@acme.test", "--dry-run"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].out()).contains("\"inbox_id\": 1", "\"assignee_id\": 2");
    assertThat(sent(requests)).containsExactly("GET /api/v1/accounts/1/inboxes", "GET /api/v1/accounts/1/agents");

    // an id is an id: nothing is looked up
    requests = server.requestsDuring(() -> server.run("conversations", "list", "--inbox", "3", "-o", "ids"));
    assertThat(sent(requests)).containsExactly("GET /api/v1/accounts/1/conversations?inbox_id=3&page=1");
  }

  @Test
  void anUnknownOrAmbiguousNameIsExit2ListingTheCandidates() {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> requests = server.requestsDuring(
        () -> r[0] = server.run("conversations", "list", "--inbox", "Nope"));
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].err()).isEqualTo("error: no inbox named 'Nope' (--inbox); give its id or one of: 1 API Inbox, "
        + "2 Secure API Inbox, 3 Website, 4 WhatsApp\n");
    assertThat(sent(requests)).containsExactly("GET /api/v1/accounts/1/inboxes");

    assertThat(server.run("inboxes", "create", "--name", "Twin", "--channel", "api", "-o", "ids").code()).isZero();
    assertThat(server.run("inboxes", "create", "--name", "twin", "--channel", "api", "-o", "ids").code()).isZero();
    SandboxServer.Result exact = server.run("conversations", "list", "--inbox", "twin", "-o", "ids");
    assertThat(exact.code()).as("the exact name wins over a case-insensitive one: " + exact.err()).isZero();
    SandboxServer.Result twice = server.run("conversations", "list", "--inbox", "TWIN");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).matches("error: 2 inboxes are named 'TWIN' \\(--inbox\\); give the id of the one you "
        + "mean: \\d+ Twin, \\d+ twin\n");
  }

  @Test
  void aDashboardLinkIsTheIdAndTheAccount() {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> requests = server.requestsDuring(() -> r[0] = server.run("conversations", "show",
        server.sandbox().url() + "/app/accounts/1/conversations/4", "-o", "ids"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].out()).isEqualTo("4\n");
    assertThat(r[0].err()).isEmpty();
    assertThat(sent(requests)).containsExactly("GET /api/v1/accounts/1/conversations/4");

    // another host's link: the configured server is used, and the run says so
    SandboxServer.Result other = server.run("contacts", "show",
        "https://support.example.com/app/accounts/1/contacts/2", "-o", "ids");
    assertThat(other.code()).as(other.err()).isZero();
    assertThat(other.out()).isEqualTo("2\n");
    assertThat(other.err()).isEqualTo("warning: the link is for support.example.com, not the configured server "
        + "127.0.0.1: acting on the configured one (--server chooses)\n");

    // the link's account is the account
    requests = server.requestsDuring(() -> server.run("conversations", "show",
        server.sandbox().url() + "/app/accounts/7/inbox/3/conversations/6"));
    assertThat(sent(requests)).containsExactly("GET /api/v1/accounts/7/conversations/6");
  }

  @Test
  void apiTakesNoMethodAndData() {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> requests = server.requestsDuring(() -> r[0] = server.run("api",
        "/api/v1/accounts/{account_id}/labels", "--data", "{\"title\":\"from-data\",\"description\":\"d\"}",
        "-f", "title=from-flag", "--jq", ".title"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].out()).isEqualTo("from-flag\n");
    assertThat(requests).singleElement().satisfies(q -> {
      assertThat(q.method() + " " + q.path()).isEqualTo("POST /api/v1/accounts/1/labels");
      assertThat(new String(q.body(), StandardCharsets.UTF_8))
          .isEqualTo("{\"title\":\"from-flag\",\"description\":\"d\"}");
    });

    requests = server.requestsDuring(() -> r[0] = server.run("api", "/api/v1/profile", "--jq", ".name"));
    assertThat(r[0].out()).isEqualTo("Admin Ada\n");
    assertThat(sent(requests)).containsExactly("GET /api/v1/profile");

    SandboxServer.Result get = server.run("api", "GET", "/api/v1/profile", "--data", "{}");
    assertThat(get.code()).isEqualTo(2);
    assertThat(get.err()).isEqualTo("error: a GET request has no body: --data goes with POST, PUT or PATCH; use -f "
        + "KEY=VALUE for query parameters\n");
  }

  @Test
  void apiPrintsTablesWhenAsked() {
    SandboxServer.Result table = server.run("api", "/api/v1/accounts/{account_id}/labels", "-o", "csv",
        "--columns", "id,title");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).startsWith("id,title\r\n1,vip\r\n2,beta\r\n");
    SandboxServer.Result one = server.run("api", "/api/v1/profile", "-o", "csv", "--columns", "id,name");
    assertThat(one.out()).isEqualTo("id,name\r\n1,Admin Ada\r\n");
  }
}
