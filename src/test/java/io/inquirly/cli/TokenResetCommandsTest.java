package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.SandboxServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Token resets: the new token is masked unless asked for, and the old one stops working at once. */
class TokenResetCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer();

  @Test
  void agentBotTokenIsMaskedUnlessRevealed() {
    SandboxServer.Result r = server.run("agent-bots", "reset-token", "1", "-o", "json", "--jq", ".access_token");
    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("\\*\\*\\*\\*.{4}\n");
    assertThat(r.err()).isEqualTo("New access token issued for agent bot 1 (--show-secrets prints it)\n");
    SandboxServer.Result shown = server.runRevealingSecrets("agent-bots", "reset-token", "1", "--show-secrets",
        "-o", "json", "--jq", ".access_token");
    assertThat(shown.code()).isZero();
    assertThat(shown.out()).matches("[A-Za-z0-9]{20,}\n");
  }

  @Test
  void profileTokenResetNeedsYesAndRetiresTheOldToken() {
    SandboxServer.Result refused = server.run("profile", "reset-token");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(server.run("profile", "show").code()).isZero();

    SandboxServer.Result r = server.runRevealingSecrets("profile", "reset-token", "--yes", "--show-secrets", "-o",
        "json", "--jq", ".access_token");
    assertThat(r.code()).isZero();
    String fresh = r.out().strip();
    assertThat(r.err()).isEqualTo("Your access token was replaced: the old one no longer works"
        + " (--show-secrets prints the new one)\n");

    SandboxServer.Result old = server.run("profile", "show");
    assertThat(old.code()).isEqualTo(3);
    Map<String, String> env = server.env();
    env.put("INQUIRLY_TOKEN", fresh);
    assertThat(SandboxServer.Cli.run(server.tuning(), env, "", "profile", "show", "-o", "json", "--jq", ".email")
        .out()).isEqualTo("admin@acme.test\n");
  }
}
