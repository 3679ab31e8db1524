package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The interactive shell, driven through a dumb terminal, and its completer. */
class ShellTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  private Result shell(String script) {
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("XDG_STATE_HOME", server.home().resolve("state").toString());
    return server.run(env, script, "shell");
  }

  /** The shell as on a terminal (a dumb one over these streams): prompts, echo, history. */
  private Result interactive(String script) {
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("XDG_STATE_HOME", server.home().resolve("state").toString());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code;
    try (java.io.PrintStream o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
      code = io.inquirly.Main.run(new String[] {"shell"}, new Io(new java.io.ByteArrayInputStream(
          script.getBytes(java.nio.charset.StandardCharsets.UTF_8)), o, e, env, true, false, false));
    }
    return new Result(code, out.toString(java.nio.charset.StandardCharsets.UTF_8),
        err.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void onATerminalRunsCommandsSurvivesErrorsAndSwitchesAccount() {
    Result r = interactive("inboxes show 1 -o ids\ncontacts show 424242\nuse account 1\nuse account x\n"
        + "profile show --columns name\nclear\nexit\n");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("unknown command 'clear'").contains("#1> clear");
    assertThat(r.out().replace("\r", "")).contains("#1> inboxes show 1 -o ids\n1\n")
        .contains("error: 404 Not Found from GET /api/v1/accounts/1/contacts/424242")
        .contains("Now using account 1.")
        .contains("error: the account id must be a number, got 'x'")
        .contains("name\tAdmin Ada")
        .contains("inquirly #1 [4]> use account 1");
  }

  @Test
  void linesFromAPipeAreAScriptWithoutEchoOrPrompts() {
    Result r = shell("inboxes show 1 -o ids --token " + server.sandbox().adminToken() + "\n"
        + "contacts show 424242\nuse account 1\nuse account x\n# a comment\nprofile show --columns name\n"
        + "clear\nexit\ncontacts list\n");
    assertThat(r.out()).isEqualTo("1\nKEY\tVALUE\nname\tAdmin Ada\n");
    assertThat(r.err()).isEqualTo("error: 404 Not Found from GET /api/v1/accounts/1/contacts/424242: Resource could "
        + "not be found; check the id, and the account (--account)\nNow using account 1.\n"
        + "error: the account id must be a number, got 'x'\n");
    assertThat(r.code()).isZero();
    assertThat(shell("contacts show 424242\n").code()).isEqualTo(4);
  }

  @Test
  void historyIsPrivateAndHasNoTokens() throws Exception {
    interactive("inboxes show 1 --token typed-secret-1234 -o ids\nexit\n");
    Path history = ShellCommand.historyFile(Map.of("XDG_STATE_HOME", server.home().resolve("state").toString()));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history))).isEqualTo("rw-------");
    String text = Files.readString(history);
    assertThat(text).contains("inboxes show 1 --token **** -o ids").doesNotContain("typed-secret-1234");
  }

  @Test
  void redactsEveryTokenFlagSpelling() {
    assertThat(ShellCommand.redact("x --token=abc --platform-token def --hmac-token  ghi"))
        .isEqualTo("x --token=**** --platform-token **** --hmac-token  ****");
  }

  @Test
  void completesCommandsOptionsChoicesAndLiveValues() {
    ShellCompleter completer = new ShellCompleter(Reference.tree(),
        option -> option.equals("--inbox") ? List.of(new Candidate("1", "1", null, "API Inbox", null, null, true))
            : List.of());
    assertThat(values(completer.candidates(List.of(), "con"))).contains("contacts", "config", "conversations", "use");
    assertThat(values(completer.candidates(List.of("contacts", "create"), "--"))).contains("--email", "--inbox");
    assertThat(values(completer.candidates(List.of("contacts", "create", "--inbox"), ""))).containsExactly("1");
    assertThat(values(completer.candidates(List.of("contacts", "list", "-o"), ""))).contains("json", "ids");
    assertThat(values(completer.candidates(List.of("-o", "json", "contacts"), ""))).contains("create", "labels");
  }

  private static List<String> values(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::value).toList();
  }
}
