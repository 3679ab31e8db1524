package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, table-driven: each case gives one line on stderr naming the problem (and usually the fix), the
 * documented exit code, nothing on stdout, no stack trace, and no change on the server.
 */
class BadInputTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  /** A case: what the user typed (and piped), the exit code, a fragment of the one error line. */
  record Case(String name, String[] args, String stdin, Map<String, String> env, int code, String fragment) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case c(String name, int code, String fragment, String... args) {
    return new Case(name, args, "", Map.of(), code, fragment);
  }

  static Case piped(String name, String stdin, int code, String fragment, String... args) {
    return new Case(name, args, stdin, Map.of(), code, fragment);
  }

  static Case env(String name, Map<String, String> env, int code, String fragment, String... args) {
    return new Case(name, args, "", env, code, fragment);
  }

  static Stream<Arguments> cases() throws Exception {
    Path dir = Files.createTempDirectory("bad-input");
    Path corrupt = Files.writeString(dir.resolve("corrupt.yaml"), "profiles: [\n  - nope: {\n");
    Files.setPosixFilePermissions(corrupt, PosixFilePermissions.fromString("rw-------"));
    Path unknownKey = Files.writeString(dir.resolve("unknown.yaml"), "profiles:\n  a:\n    colour: blue\n");
    Files.setPosixFilePermissions(unknownKey, PosixFilePermissions.fromString("rw-------"));
    Path notJson = Files.writeString(dir.resolve("body.json"), "{name: 'x'}");
    Path ragged = Files.writeString(dir.resolve("ragged.csv"), "name,email\nAda,ada@x.io,extra\n");
    Path badQuote = Files.writeString(dir.resolve("quote.csv"), "name,email\n\"Ada,ada@x.io\n");
    Path latin1 = Files.write(dir.resolve("latin1.csv"), new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xe9, 'a', '\n'});
    Path emptyCsv = Files.writeString(dir.resolve("empty.csv"), "");
    Path unknownColumn = Files.writeString(dir.resolve("columns.csv"), "name,email,shoe\nAda,a@x.io,9\n");
    Path indent = Files.writeString(dir.resolve("indent.yaml"), "kind: Label\ntitle: x\n  color: red\n");
    Path unknownKind = Files.writeString(dir.resolve("kind.yaml"), "kind: Gizmo\nname: x\n");
    Path unknownYamlKey = Files.writeString(dir.resolve("key.yaml"), "kind: Label\ntitle: x\ncolour: red\n");
    Path dangling = Files.writeString(dir.resolve("dangling.yaml"), "kind: Team\nname: t\nmembers: [nobody@x.io]\n");
    Path unsetVar = Files.writeString(dir.resolve("var.yaml"), "kind: Label\ntitle: ${INQUIRLY_TEST_UNSET}\n");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    List<Case> cases = List.of(
        // flags
        c("unknown option", 2, "unknown option '--colour' for 'inquirly contacts list'", "contacts", "list", "--colour"),
        c("unknown command", 2, "unknown command 'contcts' for 'inquirly'", "contcts"),
        c("unknown verb", 2, "unknown command 'destroy' for 'inquirly contacts'", "contacts", "destroy"),
        c("extra argument", 2, "unexpected argument 'extra' for 'inquirly contacts show'", "contacts", "show", "1", "extra"),
        c("missing option value", 2, "Missing required parameter for option '--name'", "contacts", "create", "--name"),
        c("missing required option", 2, "--inbox", "contacts", "inboxes", "add", "1"),
        c("wrong type of option", 2, "invalid --limit 'ten'", "contacts", "list", "--limit", "ten"),
        c("bad choice of an enum option", 2, "invalid --on-conflict 'sometimes' for 'inquirly contacts import': use "
            + "skip, update, fail", "contacts", "import", "any.csv", "--on-conflict", "sometimes"),
        c("unknown name for an id", 2, "no inbox named 'one' (--inbox); give its id or one of: 1 API Inbox",
            "contacts", "create", "--name", "X", "--inbox", "one"),
        c("negative page", 2, "--page must be 1 or more", "contacts", "list", "--page", "0"),
        c("zero limit", 2, "--limit must be 1 or more", "contacts", "list", "--limit", "0"),
        c("bad choice", 2, "'sometimes' is not one of", "conversations", "list", "--status", "sometimes"),
        c("bad sort key", 2, "invalid --sort 'shoe_size'", "contacts", "list", "--sort", "shoe_size"),
        c("bad output format", 2, "unknown output format 'xml'", "contacts", "list", "-o", "xml"),
        c("bad rate", 2, "invalid --rate 'fast'", "contacts", "list", "--rate", "fast"),
        c("bad timeout", 2, "--timeout must be more than 0 seconds", "contacts", "list", "--timeout", "0"),
        c("negative retries", 2, "--max-retries must be 0 or more", "contacts", "list", "--max-retries", "-1"),
        c("bad concurrency", 2, "--concurrency must be 1 or more", "contacts", "delete", "1", "2", "--yes", "--concurrency", "0"),
        c("delete without yes", 2, "refusing to delete contact 1 without --yes", "contacts", "delete", "1"),
        c("merge without yes", 2, "without --yes", "contacts", "merge", "1", "2"),
        // ids
        c("missing id", 2, "Missing required parameter: 'ID'", "contacts", "show"),
        c("non-numeric id", 2, "invalid ID 'abc' for 'inquirly contacts show': expected a whole number", "contacts", "show", "abc"),
        c("negative id", 2, "invalid ID '-5' for 'inquirly contacts show'", "contacts", "show", "-5"),
        c("huge id", 2, "invalid ID '99999999999999999999999'", "contacts", "show", "99999999999999999999999"),
        piped("bad id on stdin", "1\nx2\n", 2, "invalid id 'x2' in --ids", "contacts", "delete", "--ids", "-", "--yes"),
        // (an empty --ids - is nothing to do, exit 0: EverydayCommandsTest)
        c("no ids in the list", 2, "no ID given", "contacts", "delete", "--ids", ",", "--yes"),
        c("bad id list", 2, "invalid id 'a' in --ids", "contacts", "delete", "--ids", "1,a", "--yes"),
        // dates and spans
        c("bad span", 2, "invalid --since '7x'", "reports", "summary", "--since", "7x"),
        c("bad date", 2, "invalid --since '2026-13-45'", "reports", "summary", "--since", "2026-13-45"),
        c("bad until", 2, "invalid --until 'whenever'", "conversations", "status", "1", "--until", "whenever"),
        // --data and values
        c("malformed --data", 2, "invalid JSON in --data (the argument) at line 1", "contacts", "create", "--data", "{\"name\": }"),
        c("--data not an object", 2, "--data must be a JSON object, got a list", "contacts", "create", "--data", "[1,2]"),
        c("--data missing file", 2, "--data: no such file", "contacts", "create", "--data", "@/no/such/file.json"),
        c("--data file not json", 2, "invalid JSON in --data (" + notJson + ")", "contacts", "create", "--data", "@" + notJson),
        c("--data empty file", 2, "--data: " + empty + " is empty", "contacts", "create", "--data", "@" + empty),
        piped("--data empty stdin", "", 2, "--data: stdin is empty", "contacts", "create", "--data", "@-"),
        c("attr without =", 2, "--attr expects KEY=VALUE, got 'plan'", "contacts", "create", "--attr", "plan"),
        c("attr bad json", 2, "invalid JSON in --attr", "contacts", "create", "--attr", "seats:={"),
        c("bad where operator", 2, "unknown operator 'like'", "contacts", "filter", "--where", "email like x"),
        c("where without value", 2, "'contains' needs a value", "contacts", "filter", "--where", "email contains"),
        c("where too short", 2, "expected KEY OPERATOR VALUE", "contacts", "filter", "--where", "email"),
        c("api bad method", 2, "unknown method 'FETCH'", "api", "FETCH", "/x"),
        c("api relative path", 2, "the path must start with /", "api", "GET", "contacts"),
        c("api bad field", 2, "-f expects KEY=VALUE", "api", "POST", "/api/v1/profile", "-f", "novalue"),
        // --jq
        c("jq syntax error", 2, "invalid --jq expression '.[] | '", "contacts", "list", "--jq", ".[] | "),
        c("jq unclosed bracket", 2, "invalid --jq expression '.[0'", "contacts", "list", "--jq", ".[0"),
        c("jq runtime error", 2, "--jq expression '.[0].name + 1' failed", "contacts", "list", "--jq", ".[0].name + 1"),
        // configuration
        env("no url", Map.of("INQUIRLY_URL", ""), 2, "no server URL", "contacts", "list"),
        env("url without scheme", Map.of("INQUIRLY_URL", "localhost:3000"), 2, "invalid server URL 'localhost:3000'", "contacts", "list"),
        env("ftp url", Map.of("INQUIRLY_URL", "ftp://example.com"), 2, "invalid server URL", "contacts", "list"),
        env("unknown profile", Map.of("INQUIRLY_PROFILE", "nope"), 2, "profile 'nope' does not exist", "contacts", "list"),
        env("corrupt config", Map.of("INQUIRLY_CONFIG", corrupt.toString()), 2, "config file " + corrupt + ":", "contacts", "list"),
        env("unknown config key", Map.of("INQUIRLY_CONFIG", unknownKey.toString()), 2, "config file " + unknownKey + ":4:1: unknown key 'colour'", "contacts", "list"),
        env("no account", Map.of("INQUIRLY_ACCOUNT_ID", ""), 2, "no account id", "contacts", "list"),
        env("no token", Map.of("INQUIRLY_TOKEN", ""), 3, "no access token for contacts list", "contacts", "list"),
        env("no platform token", Map.of("INQUIRLY_PLATFORM_TOKEN", ""), 3, "no platform app token", "platform", "agent-bots", "list"),
        env("wrong token", Map.of("INQUIRLY_TOKEN", "wrong"), 3, "Invalid Access Token", "contacts", "list"),
        c("unknown setting", 2, "unknown setting 'colour'", "config", "set", "colour", "blue"),
        c("use unknown profile", 2, "no profile 'ghost'", "config", "use", "ghost"),
        c("help for nothing", 2, "no command or help topic 'nonsense'", "help", "nonsense"),
        c("completion for tcsh", 2, "no completion for shell 'tcsh'", "completion", "tcsh"),
        // files for contacts import
        c("ragged CSV row", 2, "row 1 has 3 cells but the header has 2 columns", "contacts", "import", ragged.toString()),
        c("bad CSV quoting", 2, "malformed CSV at row 1", "contacts", "import", badQuote.toString()),
        c("CSV not UTF-8", 2, "invalid UTF-8 at row 1", "contacts", "import", latin1.toString()),
        c("empty CSV", 2, "is empty: a CSV file needs a header row", "contacts", "import", emptyCsv.toString()),
        c("unknown CSV column", 2, "unknown column shoe", "contacts", "import", unknownColumn.toString()),
        c("missing import file", 2, "no-such.csv", "contacts", "import", dir.resolve("no-such.csv").toString()),
        // files for apply
        c("YAML indentation", 2, indent + ":3:8: not valid YAML", "apply", "-f", indent.toString()),
        c("unknown kind", 2, unknownKind + ":1:1: unknown kind 'Gizmo'", "apply", "-f", unknownKind.toString()),
        c("unknown YAML key", 2, unknownYamlKey + ":3:1: unknown key 'colour' for Label", "apply", "-f", unknownYamlKey.toString()),
        c("dangling reference", 2, "members names Agent 'nobody@x.io'", "apply", "-f", dangling.toString()),
        c("unset variable", 2, "environment variable INQUIRLY_TEST_UNSET is not set", "apply", "-f", unsetVar.toString()),
        c("missing apply file", 2, "no-such.yaml", "apply", "-f", dir.resolve("no-such.yaml").toString()),
        // server answers
        c("not found", 4, "404 Not Found from GET /api/v1/accounts/1/contacts/424242", "contacts", "show", "424242"),
        c("validation", 2, "Phone number should be in e164 format", "contacts", "create", "--name", "X", "--phone", "12345"),
        c("unknown account", 4, "404 Not Found", "contacts", "list", "--account", "999"));
    return cases.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneClearLineTheRightCodeNoChange(Case c) {
    Map<String, String> env = new HashMap<>(server.env());
    c.env().forEach((k, v) -> {
      if (v.isEmpty()) {
        env.remove(k);
      } else {
        env.put(k, v);
      }
    });
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      Result r = server.run(env, c.stdin(), c.args());
      assertThat(r.code()).as(c.name() + ": " + r.err()).isEqualTo(c.code());
      assertThat(r.out()).as(c.name()).isEmpty();
      assertThat(r.err()).as(c.name()).startsWith("error: ").contains(c.fragment()).endsWith("\n")
          .doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(r.err().strip().lines().count()).as(c.name() + " is one line").isEqualTo(1);
    });
    assertThat(sent).as(c.name() + " changed nothing").allMatch(r -> r.method().equals("GET") || r.status() >= 400);
  }
}
