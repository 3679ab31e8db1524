package io.inquirly.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secret fields are masked in every output path (api, every -o, --raw, --jq, -v, dry runs) by the one list in
 * Redactor, unless --show-secrets.
 */
class SecretsMaskedTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private String token() {
    return server.sandbox().adminToken();
  }

  private static final String MASKED = "****";

  @Test
  void theApiCommandMasksTheProfilesAccessToken() {
    Result r = server.run("api", "GET", "/api/v1/profile");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain(token()).contains("\"access_token\": \"" + MASKED);
    r = server.run("api", "GET", "/api/v1/profile", "--jq", ".access_token");
    assertThat(r.out()).doesNotContain(token()).startsWith(MASKED);
    r = server.run("api", "GET", "/api/v1/profile", "-i");
    assertThat(r.out()).doesNotContain(token());

    Result shown = server.runRevealingSecrets("api", "GET", "/api/v1/profile", "--show-secrets", "--jq",
        ".access_token");
    assertThat(shown.out()).isEqualTo(token() + "\n");
  }

  @Test
  void everyFormatMasksTheSameFields() {
    for (List<String> args : List.of(List.of("-o", "json"), List.of("-o", "jsonl"), List.of("-o", "yaml"),
        List.of("-o", "csv", "--columns", "id,access_token"), List.of("--raw"), List.of("--jq", ".access_token"),
        List.of("-o", "table"), List.of("-v"))) {
      List<String> all = new java.util.ArrayList<>(List.of("profile", "show"));
      all.addAll(args);
      Result r = server.run(all.toArray(String[]::new));
      assertThat(r.code()).as(args + r.err()).isZero();
      assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain(token());
    }
    Result r = server.run("profile", "show", "-o", "csv", "--columns", "id,access_token");
    assertThat(r.out()).contains(MASKED);
  }

  @Test
  void anApiInboxsHmacTokenIsMaskedInCommandsAndInApi() {
    Result created = server.run("inboxes", "create", "--name", "Hooks", "--channel", "api", "-o", "json");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.json().path("hmac_token").asText()).startsWith(MASKED);
    String id = created.json().path("id").asText();
    Result shown = server.runRevealingSecrets("inboxes", "show", id, "-o", "json", "--show-secrets");
    String hmac = shown.json().path("hmac_token").asText();
    assertThat(hmac).doesNotStartWith(MASKED).hasSizeGreaterThan(8);
    for (String[] args : new String[][] {{"inboxes", "show", id, "-o", "yaml"}, {"inboxes", "list", "--raw"},
        {"inboxes", "show", id, "--jq", ".hmac_token"}, {"inboxes", "show", id, "-v"},
        {"api", "GET", "/api/v1/accounts/{account_id}/inboxes/" + id}}) {
      Result r = server.run(args);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).as(String.join(" ", args)).doesNotContain(hmac).contains(MASKED);
      assertThat(r.err()).doesNotContain(hmac);
    }
  }

  @Test
  void aDryRunMasksSecretsItWouldSend() {
    Result r = server.run("api", "GET", "/api/v1/profile", "--jq", ".id");
    assertThat(r.code()).isZero();
    Result dry = server.run("platform", "users", "create", "--name", "N", "--email", "n@example.com",
        "--password", "Sup3r-Secret-Pw!", "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).doesNotContain("Sup3r-Secret-Pw!").contains("\"password\": \"" + MASKED + "\"");
  }
}
