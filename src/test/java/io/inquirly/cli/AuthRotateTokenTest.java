package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** auth rotate-token: replaces the token, saves it in the profile only when asked, never prints it unasked. */
class AuthRotateTokenTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer();

  @Test
  void refusesWithoutYesThenSavesTheNewTokenWithSave() throws Exception {
    Map<String, String> env = server.env();
    SandboxServer.Result refused = server.run(env, "", "auth", "rotate-token", "--save");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("error: refusing to replace your access token (the old one stops working at"
        + " once) without --yes (stdin is not a terminal); add --yes, and --save to store the new token in profile"
        + " 'default'\n");
    assertThat(server.requests()).isEmpty();

    SandboxServer.Result r = server.run(env, "", "auth", "rotate-token", "--yes", "--save");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    Path config = Path.of(env.get("INQUIRLY_CONFIG"));
    assertThat(r.err()).isEqualTo("Your access token was replaced: the old one no longer works.\n"
        + "Saved the new token in profile 'default' in " + config + ".\n"
        + "warning: INQUIRLY_TOKEN still holds the old token and wins over the profile: update or unset it\n");
    assertThat(server.lastRequest().method()).isEqualTo("POST");
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/profile/reset_access_token");
    String saved = Files.readString(config);
    assertThat(saved).doesNotContain(server.sandbox().adminToken()).contains("token: ");

    // the old token is refused, the saved profile works
    assertThat(server.run(env, "", "profile", "show").code()).isEqualTo(3);
    env.remove("INQUIRLY_TOKEN");
    SandboxServer.Result me = server.run(env, "", "profile", "show", "-o", "json", "--jq", ".email");
    assertThat(me.code()).as(me.err()).isZero();
    assertThat(me.out()).isEqualTo("admin@acme.test\n");
  }
}
