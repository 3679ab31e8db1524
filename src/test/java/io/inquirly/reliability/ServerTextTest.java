package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.Listener;
import io.inquirly.testing.SandboxServer.Cli;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a server says is shown without the token it may quote back and without terminal control sequences. */
class ServerTextTest {
  static final String TOKEN = "tok-reflected-8d2b61f0";

  @TempDir Path home;

  private Map<String, String> env(Listener server) {
    Map<String, String> env = Cli.env(server.url().toString(), TOKEN);
    env.put("INQUIRLY_CONFIG", home.resolve("config.yaml").toString());
    env.put("HOME", home.toString());
    return env;
  }

  @Test
  void aTokenTheServerQuotesInItsErrorIsMasked() {
    try (Listener server = new Listener(s -> new Listener.Answer(401, Map.of(),
        "{\"error\":\"Invalid token " + s.token() + "\"}"))) {
      for (List<String> extra : List.of(List.<String>of(), List.of("-v"), List.of("--debug"))) {
        List<String> args = new java.util.ArrayList<>(List.of("contacts", "show", "1"));
        args.addAll(extra);
        Result r = Cli.run(env(server), "", args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out() + r.err()).as(extra.toString()).doesNotContain(TOKEN);
        assertThat(r.err()).contains("error: 401 Unauthorized from GET /api/v1/accounts/1/contacts/1: "
            + "Invalid token ****");
      }
      // given as a flag instead of the environment
      Map<String, String> env = env(server);
      env.remove("INQUIRLY_TOKEN");
      Result r = Cli.run(env, "", "contacts", "show", "1", "--token", TOKEN, "--debug");
      assertThat(r.out() + r.err()).doesNotContain(TOKEN);
    }
  }

  @Test
  void aTokenEchoedInAnAnswerIsMaskedInEveryFormat() {
    try (Listener server = new Listener(s -> new Listener.Answer(200, Map.of(),
        "{\"id\":1,\"name\":\"Ada\",\"note\":\"called with " + s.token() + "\",\"tags\":[\"" + s.token() + "\"]}"))) {
      for (List<String> extra : List.of(List.<String>of(), List.of("-o", "json"), List.of("-o", "yaml"),
          List.of("--raw"), List.of("--jq", ".note"), List.of("-v"))) {
        List<String> args = new java.util.ArrayList<>(List.of("contacts", "show", "1"));
        args.addAll(extra);
        Result r = Cli.run(env(server), "", args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).as(extra.toString()).doesNotContain(TOKEN);
      }
      Result r = Cli.run(env(server), "", "api", "GET", "/api/v1/accounts/1/contacts/1", "--jq", ".note");
      assertThat(r.out()).isEqualTo("called with ****\n");
    }
  }

  @Test
  void controlCharactersInAServersMessageAreEscaped() {
    try (Listener server = new Listener(s -> new Listener.Answer(422, Map.of(),
        "{\"message\":\"bad \\u001b]0;owned\\u0007\\u001b[2J\\r\\u0000done\"}"))) {
      Result r = Cli.run(env(server), "", "labels", "create", "--title", "x");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("error: 422 Unprocessable Entity from POST /api/v1/accounts/1/labels: "
          + "bad \\e]0;owned\\x07\\e[2J\\r\\x00done\n");
    }
  }

  @Test
  void anEmptyOrWrongAnswerIsAServerErrorNotSuccess() throws Exception {
    try (Listener server = new Listener(s -> new Listener.Answer(200, Map.of(), ""))) {
      Result r = Cli.run(env(server), "", "contacts", "show", "1");
      assertThat(r.out()).isEmpty();
      assertThat(r.code()).isEqualTo(7);
      assertThat(r.err()).isEqualTo("error: unexpected answer to contacts show: an empty body instead of a contact; "
          + "the server may be a different version; use --raw to see the body\n");

      r = Cli.run(env(server), "", "contacts", "list");
      assertThat(r.code()).isEqualTo(7);
      assertThat(r.err()).startsWith("error: unexpected answer to contacts list: an empty body instead of a list;");

      r = Cli.run(env(server), "", "contacts", "show", "1", "--raw");
      assertThat(r.code()).isEqualTo(7);

      Path csv = home.resolve("all.csv");
      r = Cli.run(env(server), "", "contacts", "export", "--output", csv.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(7);
      assertThat(csv).doesNotExist();
      try (var files = Files.list(home)) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("all.csv"));
      }
    }
    try (Listener server = Listener.ok("\"ok\"")) {
      Result r = Cli.run(env(server), "", "contacts", "show", "1");
      assertThat(r.code()).isEqualTo(7);
      assertThat(r.err()).startsWith("error: unexpected answer to contacts show: a string instead of a contact;");
    }
  }
}
