package io.inquirly.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A profile's token_command: its stdout is the token, run only when needed, failures one line with exit 3. */
class TokenCommandTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @TempDir Path dir;

  /** The sandbox's environment without a token, and a config whose profile has this token_command. */
  private Map<String, String> env(String command) throws Exception {
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "current_profile: vault\nprofiles:\n  vault:\n    url: " + server.sandbox().url()
        + "\n    account_id: \"" + server.sandbox().accountId() + "\"\n    token_command: '"
        + command.replace("'", "''") + "'\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.remove("INQUIRLY_TOKEN");
    env.remove("INQUIRLY_URL");
    env.remove("INQUIRLY_ACCOUNT_ID");
    env.put("INQUIRLY_CONFIG", config.toString());
    return env;
  }

  @Test
  void theCommandsOutputIsTheToken() throws Exception {
    Path secret = dir.resolve("secret");
    Files.writeString(secret, server.sandbox().adminToken() + "\n");
    Map<String, String> env = env("cat " + secret);
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      Result r = server.run(env, "", "labels", "list", "-o", "json", "-v");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out() + r.err()).doesNotContain(server.sandbox().adminToken());
    });
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).header("api-access-token")).isEqualTo(server.sandbox().adminToken());

    Result status = server.run(env, "", "auth", "status", "-o", "json");
    assertThat(status.code()).as(status.err()).isZero();
    assertThat(status.json().path("sources").path("token").asText()).isEqualTo("token_command");
    assertThat(status.json().path("token").asText()).startsWith("****");
  }

  @Test
  void itRunsOnlyWhenATokenIsNeeded() throws Exception {
    Path marker = dir.resolve("ran");
    Path secret = dir.resolve("secret");
    Files.writeString(secret, server.sandbox().adminToken());
    Map<String, String> env = env("touch " + marker + "; cat " + secret);
    assertThat(server.run(env, "", "config", "view").code()).isZero();
    assertThat(server.run(env, "", "labels", "list", "--help").code()).isZero();
    Result open = server.run(env, "", "public", "inbox", "show", "--inbox-identifier",
        server.sandbox().apiInboxIdentifier());
    assertThat(open.code()).as("the public API needs no token: " + open.err()).isZero();
    env.put("INQUIRLY_TOKEN", server.sandbox().adminToken());
    assertThat(server.run(env, "", "labels", "list").code()).isZero();
    assertThat(marker).doesNotExist();
    env.remove("INQUIRLY_TOKEN");
    assertThat(server.run(env, "", "labels", "list").code()).isZero();
    assertThat(marker).exists();
  }

  @Test
  void aFailingCommandIsOneLineAndExitThreeWithNothingSent() throws Exception {
    Map<String, String> env = env("echo 'Error: ci/inquirly is not in the password store.' >&2; exit 1");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      Result r = server.run(env, "", "labels", "list");
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("error: token_command (profile vault) exited with status 1: Error: ci/inquirly "
          + "is not in the password store.; check that 'echo 'Error: ci/inquirly is not in the password store.' >&2;"
          + " exit 1' prints the access token on its own, or set INQUIRLY_TOKEN\n");
    });
    assertThat(sent).isEmpty();

    Result r = server.run(env("true"), "", "labels", "list");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("error: token_command (profile vault) printed no token; ");
  }
}
