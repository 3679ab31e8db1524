package io.inquirly.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.Listener;
import io.inquirly.testing.SandboxServer.Cli;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token goes to the configured server's origin (scheme, host, port) and to no other: two servers prove it. */
class CredentialOriginTest {
  static final String TOKEN = "tok-origin-5f1c2e9a";
  static final String PROFILE = "{\"id\":1,\"name\":\"Ada\",\"email\":\"ada@example.com\",\"accounts\":[]}";

  @TempDir Path home;

  private Map<String, String> env(Listener server) {
    Map<String, String> env = Cli.env(server.url().toString(), TOKEN);
    env.put("INQUIRLY_CONFIG", home.resolve("config.yaml").toString());
    env.put("HOME", home.toString());
    return env;
  }

  @Test
  void aRedirectToAnotherServerIsNotFollowed() {
    try (Listener elsewhere = Listener.ok(PROFILE);
        Listener proxy = new Listener(s -> new Listener.Answer(302,
            Map.of("Location", elsewhere.url() + s.path()), ""))) {
      Result r = Cli.run(env(proxy), "", "api", "GET", "/api/v1/profile");
      assertThat(elsewhere.seen()).as("requests the other server received").isEmpty();
      assertThat(proxy.seen()).hasSize(1);
      assertThat(proxy.seen().get(0).token()).isEqualTo(TOKEN);
      assertThat(r.code()).isEqualTo(7);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("error: 302 from GET /api/v1/profile redirects to another server ("
          + elsewhere.url() + "): not followed, so the token stays with " + proxy.url()
          + "; point --server (INQUIRLY_URL) at the address the server redirects to, if you trust it\n");

      r = Cli.run(env(proxy), "", "contacts", "show", "3");
      assertThat(r.code()).isEqualTo(7);
      assertThat(elsewhere.seen()).isEmpty();
    }
  }

  @Test
  void aRedirectOnTheSameServerIsFollowedWithTheToken() {
    try (Listener server = new Listener(s -> s.path().equals("/api/v1/profile")
        ? new Listener.Answer(307, Map.of("Location", "/v2/api/v1/profile?x=1"), "")
        : new Listener.Answer(200, Map.of(), PROFILE))) {
      Result r = Cli.run(env(server), "", "api", "GET", "/api/v1/profile", "--jq", ".name");
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isEqualTo("Ada\n");
      assertThat(r.code()).isZero();
      assertThat(server.seen()).extracting(Listener.Seen::path).containsExactly("/api/v1/profile",
          "/v2/api/v1/profile?x=1");
      assertThat(server.seen()).extracting(Listener.Seen::token).containsExactly(TOKEN, TOKEN);
    }
  }

  @Test
  void anAbsoluteUrlOnAnotherServerNeedsAllowOtherHost() {
    try (Listener server = Listener.ok(PROFILE); Listener other = Listener.ok(PROFILE)) {
      Result r = Cli.run(env(server), "", "api", "GET", other.url() + "/api/v1/profile");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("error: " + other.url() + " is not the configured server (" + server.url()
          + "), and the token goes only to that one; give a path (/api/v1/...), or pass --allow-other-host to send "
          + "this request, token included, to " + other.url() + "\n");
      assertThat(server.seen()).isEmpty();
      assertThat(other.seen()).isEmpty();

      r = Cli.run(env(server), "", "api", "GET", other.url() + "/api/v1/profile", "--allow-other-host",
          "--jq", ".id");
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isEqualTo("1\n");
      assertThat(other.seen()).extracting(Listener.Seen::token).containsExactly(TOKEN);
      assertThat(server.seen()).isEmpty();
    }
  }

  @Test
  void anAbsoluteUrlOnTheConfiguredServerIsItsPath() {
    try (Listener server = Listener.ok(PROFILE)) {
      Result r = Cli.run(env(server), "", "api", "GET", server.url() + "/api/v1/accounts/{account_id}/labels?page=2",
          "--jq", ".id");
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isZero();
      assertThat(server.seen()).extracting(Listener.Seen::path).containsExactly("/api/v1/accounts/1/labels?page=2");
    }
  }
}
