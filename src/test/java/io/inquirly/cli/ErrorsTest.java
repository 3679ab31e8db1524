package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input and failing servers: one clear line on stderr, the documented exit code, nothing on stdout. */
class ErrorsTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private static Result run(Map<String, String> env, String... args) {
    return server.run(env, "", args);
  }

  private static Map<String, String> env(String key, String value) {
    Map<String, String> env = new HashMap<>(server.env());
    if (value == null) {
      env.remove(key);
    } else {
      env.put(key, value);
    }
    return env;
  }

  private static void assertOneLine(Result r, int code, String error) {
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: " + error + "\n");
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void wrongTokenIsExit3() {
    assertOneLine(run(env("INQUIRLY_TOKEN", "wrong-token-123"), "contacts", "list"), 3,
        "401 Unauthorized from GET /api/v1/accounts/1/contacts?page=1: Invalid Access Token; check the token: "
            + "run 'inquirly auth login' or set INQUIRLY_TOKEN");
  }

  @Test
  void missingTokenIsExit3BeforeAnyRequest() {
    int before = server.requests().size();
    assertOneLine(run(env("INQUIRLY_TOKEN", null), "contacts", "list"), 3,
        "no access token for contacts list; run 'inquirly auth login', or set INQUIRLY_TOKEN or --token");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void unknownIdIsExit4AndUnknownAccountToo() {
    assertOneLine(server.run("contacts", "show", "424242"), 4,
        "404 Not Found from GET /api/v1/accounts/1/contacts/424242: Resource could not be found; "
            + "check the id, and the account (--account)");
    assertThat(server.run("contacts", "list", "--account", "77").code()).isEqualTo(4);
  }

  @Test
  void agentOnAnAdministratorActionIsExit5() {
    Result created = server.run("contacts", "create", "--name", "Kept", "--email", "kept@example.com", "-o", "ids");
    assertOneLine(run(env("INQUIRLY_TOKEN", server.sandbox().agentToken()), "contacts", "delete",
            created.out().strip(), "--yes"), 5,
        "401 Unauthorized from DELETE /api/v1/accounts/1/contacts/" + created.out().strip()
            + ": You are not authorized to do this action; this needs a token with more rights (often an administrator's)");
  }

  @Test
  void refusedConnectionIsExit8() {
    Result r = run(env("INQUIRLY_URL", "http://127.0.0.1:9"), "contacts", "list", "--max-retries", "0");
    assertThat(r.code()).isEqualTo(8);
    assertThat(r.err()).startsWith("error: GET http://127.0.0.1:9/api/v1/accounts/1/contacts?page=1 failed: ");
    assertThat(r.err()).endsWith("; check --server / INQUIRLY_URL and that the server is running\n");
  }

  @Test
  void unknownHostIsExit8() {
    Result r = run(env("INQUIRLY_URL", "http://no-such-host.invalid"), "contacts", "list", "--max-retries", "0");
    assertThat(r.code()).isEqualTo(8);
    assertThat(r.err()).startsWith("warning: sending a token over plain http to no-such-host.invalid; use https\n"
        + "error: GET http://no-such-host.invalid/api/v1/accounts/1/contacts?page=1 failed");
  }

  @Test
  void usageErrorsAreExit2() {
    assertOneLine(server.run("contacts", "show"), 2,
        "Missing required parameter: 'ID' (inquirly contacts show); see 'inquirly contacts show --help'");
    assertOneLine(server.run("contacts", "show", "abc"), 2,
        "invalid ID 'abc' for 'inquirly contacts show': expected a whole number; see 'inquirly contacts show --help'");
    assertOneLine(server.run("contacts", "list", "--frobnicate"), 2,
        "unknown option '--frobnicate' for 'inquirly contacts list'; see 'inquirly contacts list --help'");
    assertOneLine(server.run("contcts", "list"), 2,
        "unknown command 'contcts' for 'inquirly' (did you mean 'contacts'?); see 'inquirly --help'");
    assertOneLine(server.run("contacts", "shw", "1"), 2,
        "unknown command 'shw' for 'inquirly contacts' (did you mean 'show'?); see 'inquirly contacts --help'");
    assertOneLine(server.run("contacts", "labels", "ad", "1"), 2,
        "unknown command 'ad' for 'inquirly contacts labels' (did you mean 'add'?); "
            + "see 'inquirly contacts labels --help'");
    assertOneLine(server.run("contacts", "list", "--limit", "ten"), 2,
        "invalid --limit 'ten' for 'inquirly contacts list': expected a whole number; "
            + "see 'inquirly contacts list --help'");
  }

  @Test
  void malformedDataIsExit2WithWhere() {
    assertOneLine(server.run("contacts", "create", "--data", "{\"name\": }"), 2,
        "invalid JSON in --data (the argument) at line 1, column 10: Unexpected character ('}' (code 125)): "
            + "expected a value; check the quoting: in a shell, wrap the JSON in single quotes");
    assertOneLine(server.run("contacts", "create", "--data", "[1]"), 2,
        "--data must be a JSON object, got a list; wrap the fields in {...}");
    assertOneLine(server.run("contacts", "create", "--data", "@/no/such/file.json"), 2,
        "--data: no such file /no/such/file.json; give @PATH to an existing JSON file");
    assertOneLine(server.run("contacts", "create", "--attr", "novalue"), 2,
        "--attr expects KEY=VALUE, got 'novalue'; e.g. --attr plan=pro, or --attr seats:=5 for a number");
  }

  @Test
  void badJqAndFormatAreExit2BeforeAnyRequest() {
    int before = server.requests().size();
    Result jq = server.run("contacts", "list", "--jq", ".[] | ");
    assertThat(jq.code()).isEqualTo(2);
    assertThat(jq.err()).startsWith("error: invalid --jq expression '.[] | ': ").doesNotContain("\n\t");
    Result format = server.run("contacts", "list", "-o", "xml");
    assertOneLine(format, 2, "unknown output format 'xml'; use one of: table, wide, json, jsonl, yaml, csv, ids");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void configurationProblemsAreExit2() {
    assertOneLine(run(env("INQUIRLY_URL", null), "contacts", "list"), 2,
        "no server URL; pass --server, set INQUIRLY_URL, or run 'inquirly auth login --server URL'");
    assertOneLine(run(env("INQUIRLY_URL", "localhost:3000"), "contacts", "list"), 2,
        "invalid server URL 'localhost:3000'; write it like https://support.example.com");
    assertOneLine(server.run("contacts", "list", "--profile", "nope"), 2,
        "profile 'nope' does not exist in " + server.home().resolve("config.yaml")
            + "; create it with 'inquirly auth login --profile nope'");
    assertOneLine(run(env("INQUIRLY_ACCOUNT_ID", null), "contacts", "list"), 2,
        "no account id; pass --account ID, set INQUIRLY_ACCOUNT_ID, or pick one with 'inquirly auth login'; "
            + "'inquirly accounts list' shows yours");
  }

  @Test
  void debugAddsTheStackTrace() {
    Result r = server.run("contacts", "show", "424242", "--debug");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).startsWith("error: 404 Not Found").contains("\tat io.inquirly.");
  }

  @Test
  void verboseLogsRequestsWithTheTokenMasked() {
    Result r = server.run("contacts", "list", "-v");
    assertThat(r.code()).isZero();
    String token = server.sandbox().adminToken();
    assertThat(r.err()).contains("> GET " + server.sandbox().url() + "/api/v1/accounts/1/contacts?page=1\n")
        .contains("> api-access-token: ****" + token.substring(token.length() - 4) + "\n")
        .containsPattern("< 200 \\(\\d+ ms\\) application/json")
        .doesNotContain(token);
    assertThat(r.out()).doesNotContain(token);
  }

  @Test
  void profileShowMasksTheUsersTokens() {
    Result r = server.run("profile", "show", "-o", "json");
    assertThat(r.code()).isZero();
    String token = server.sandbox().adminToken();
    assertThat(r.out()).doesNotContain(token).contains("\"access_token\": \"****" + token.substring(token.length() - 4));
    assertThat(server.runRevealingSecrets("profile", "show", "-o", "json", "--show-secrets").out()).contains(token);
  }
}
