package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profiles, precedence (flags > env > profile), auth login/status/logout and config view/use/set. */
class ConfigAndAuthTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private Path config;

  @BeforeEach
  void noConfig() throws Exception {
    config = server.home().resolve("config.yaml");
    Files.deleteIfExists(config);
  }

  /** The environment of a user who has nothing set but the config file's location. */
  private Map<String, String> bare() {
    Map<String, String> env = new HashMap<>();
    env.put("INQUIRLY_CONFIG", config.toString());
    env.put("HOME", server.home().toString());
    return env;
  }

  private Result login(String profile, String token, String... more) {
    String[] base = {"auth", "login", "--server", server.sandbox().url().toString(), "--with-token", "--profile", profile};
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
        .toArray(String[]::new);
    return server.run(bare(), token + "\n", args);
  }

  @Test
  void loginChecksTheTokenSavesA0600FileAndLaterCommandsUseIt() throws Exception {
    Result r = login("work", server.sandbox().adminToken());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("Logged in to " + server.sandbox().url() + " as Admin Ada <admin@acme.test>, account 1.\n"
        + "Saved profile 'work' in " + config + ".\n");
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/profile");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
    assertThat(Files.readString(config)).contains("current_profile: work").contains("account_id: \"1\"");
    Result list = server.run(bare(), "", "inboxes", "show", "1", "-o", "ids");
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).isEqualTo("1\n");
    assertThat(server.lastRequest().header("api-access-token")).isEqualTo(server.sandbox().adminToken());
  }

  @Test
  void aPlatformTokenIsCheckedWithThePlatformAgentBotsListBeforeItIsSaved() throws Exception {
    String[] args = {"auth", "login", "--server", server.sandbox().url().toString(), "--with-platform-token",
        "--profile", "platform"};
    Result r = server.run(bare(), server.sandbox().platformToken() + "\n", args);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("Platform token checked.\nSaved profile 'platform' in " + config + ".\n");
    assertThat(server.lastRequest().method() + " " + server.lastRequest().path())
        .isEqualTo("GET /platform/api/v1/agent_bots");
    assertThat(server.lastRequest().header("api-access-token")).isEqualTo(server.sandbox().platformToken());
    Result refused = server.run(bare(), "not-a-token\n", args);
    assertThat(refused.code()).isEqualTo(3);
    assertThat(refused.err()).startsWith("error: 401 Unauthorized from GET /platform/api/v1/agent_bots");
  }

  @Test
  void aRejectedTokenIsNotSaved() {
    Result r = login("bad", "not-a-token");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("error: 401 Unauthorized from GET /api/v1/profile: Invalid Access Token");
    assertThat(Files.exists(config)).isFalse();
  }

  @Test
  void loginWithoutATerminalNeedsWithToken() {
    Result r = server.run(bare(), "", "auth", "login", "--url", server.sandbox().url().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: stdin is not a terminal, so the token cannot be asked for; pipe it in with "
        + "--with-token, e.g. echo \"$TOKEN\" | inquirly auth login --with-token\n");
  }

  @Test
  void loginRefusesAnAccountTheTokenCannotReach() {
    Result r = login("x", server.sandbox().adminToken(), "--account", "9");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: this token cannot reach account 9; its accounts are 1 (Acme Support)\n");
  }

  @Test
  void flagsBeatEnvironmentBeatProfile() {
    login("p", server.sandbox().agentToken());
    Map<String, String> env = bare();
    // profile only: the agent's token
    server.run(env, "", "inboxes", "list");
    assertThat(server.lastRequest().header("api-access-token")).isEqualTo(server.sandbox().agentToken());
    // environment beats the profile
    env.put("INQUIRLY_TOKEN", server.sandbox().adminToken());
    server.run(env, "", "inboxes", "list");
    assertThat(server.lastRequest().header("api-access-token")).isEqualTo(server.sandbox().adminToken());
    // a flag beats the environment
    Result bad = server.run(env, "", "inboxes", "list", "--token", "flag-token");
    assertThat(bad.code()).isEqualTo(3);
    assertThat(server.lastRequest().header("api-access-token")).isEqualTo("flag-token");
  }

  @Test
  void statusShowsWhoAndWhereWithTheTokenMasked() {
    login("s", server.sandbox().adminToken());
    Result r = server.run(bare(), "", "auth", "status", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    String token = server.sandbox().adminToken();
    assertThat(r.json().path("user").asText()).isEqualTo("Admin Ada <admin@acme.test>");
    assertThat(r.json().path("role").asText()).isEqualTo("administrator");
    assertThat(r.json().path("token").asText()).isEqualTo("****" + token.substring(token.length() - 4));
    assertThat(r.json().path("sources").path("token").asText()).isEqualTo("profile s");
    assertThat(r.out()).doesNotContain(token);
    Map<String, String> env = bare();
    env.put("INQUIRLY_TOKEN", "expired-token");
    Result rejected = server.run(env, "", "auth", "status");
    assertThat(rejected.code()).isEqualTo(3);
    assertThat(rejected.err()).isEqualTo("error: the server rejected the token (env INQUIRLY_TOKEN); run "
        + "'inquirly auth login' for a new one\n");
  }

  @Test
  void configViewMasksTokensUseSwitchesAndLogoutRemoves() throws Exception {
    login("one", server.sandbox().adminToken());
    login("two", server.sandbox().agentToken());
    Result view = server.run(bare(), "", "config", "view");
    assertThat(view.code()).isZero();
    assertThat(view.out()).contains("current_profile: two").contains("  one:\n").contains("  two:\n")
        .doesNotContain(server.sandbox().adminToken()).doesNotContain(server.sandbox().agentToken());
    assertThat(server.run(bare(), "", "config", "use", "one").err()).isEqualTo("Now using profile 'one'.\n");
    Result missing = server.run(bare(), "", "config", "use", "three");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: no profile 'three' in " + config + "; known profiles: one, two\n");
    Result logout = server.run(bare(), "", "auth", "logout", "--profile", "two");
    assertThat(logout.code()).isZero();
    assertThat(Files.readString(config)).doesNotContain("two:").contains("current_profile: one");
  }

  @Test
  void configSetReadsSecretsFromStdinAndRefusesUnknownKeys() throws Exception {
    Result set = server.run(bare(), "secret-from-stdin\n", "config", "set", "platform_token", "-", "--profile", "ci");
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(Files.readString(config)).contains("platform_token: secret-from-stdin");
    Result bad = server.run(bare(), "", "config", "set", "colour", "blue");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("error: unknown setting 'colour'; settings are url, token, account_id, "
        + "platform_token, inbox_identifier, contact_identifier, hmac_token, token_command\n");
  }

  @Test
  void aCorruptConfigFileIsExit2NamingTheLine() throws Exception {
    Files.writeString(config, "profiles:\n  a: [unclosed\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    Result r = server.run(bare(), "", "inboxes", "list");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: config file " + config + ":2:")
        .endsWith("; fix that line, or delete the file and run 'inquirly auth login'\n");
  }

  @Test
  void aConfigReadableByOthersGivesAWarning() throws Exception {
    login("w", server.sandbox().adminToken());
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
    Result r = server.run(bare(), "", "inboxes", "show", "1", "-o", "ids");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("warning: config file " + config + " is readable by others and holds tokens; run: "
        + "chmod 600 " + config + "\n");
  }
}
