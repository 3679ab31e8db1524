package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Text from the user's files: YAML aliases never become their anchor's name; headers cannot drive the terminal. */
class FileTextTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @TempDir Path dir;

  private Result refusedWithNothingSent(String... args) {
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run(args));
    assertThat(sent).allMatch(q -> q.method().equals("GET"));
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].out()).isEmpty();
    return r[0];
  }

  @Test
  void aYamlAliasIsRefusedWithItsPlace() throws Exception {
    Path file = dir.resolve("stack.yaml");
    Files.writeString(file, "kind: Label\ntitle: a\ndescription: &shared Shared text\n---\n"
        + "kind: Label\ntitle: b\ndescription: *shared\n");
    for (String[] args : List.of(new String[] {"apply", "-f", file.toString(), "--dry-run"},
        new String[] {"apply", "-f", file.toString()}, new String[] {"diff", "-f", file.toString()})) {
      Result r = refusedWithNothingSent(args);
      assertThat(r.err()).isEqualTo("error: " + file + ":7:14: YAML aliases (*shared) are not supported; write the "
          + "value out, or share it through an environment variable (${VAR})\n");
    }
  }

  @Test
  void controlCharactersAndBadBytesInACsvHeaderAreNeverEchoedRaw() throws Exception {
    Path csv = dir.resolve("evil.csv");
    Files.writeString(csv, "name,email,\u001b]0;owned\u0007\u001b[2J\u0000x\nAda,ada@evil.test,1\n",
        StandardCharsets.UTF_8);
    Result r = refusedWithNothingSent("contacts", "import", csv.toString());
    assertThat(r.err()).startsWith("error: " + csv + ": unknown column \\e]0;owned\\x07\\e[2J\\x00x; rename with")
        .doesNotContain("\u001b").doesNotContain("\u0000").doesNotContain("\u0007").hasLineCount(1);

    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ',', 'e', 'm', 'a', 'i', 'l', ',', 'c', 'o', 'l', (byte) 0xe9,
        '\n', 'A', ',', 'a', '@', 'b', '.', 'c', ',', '1', '\n'});
    r = refusedWithNothingSent("contacts", "import", latin1.toString());
    assertThat(r.err()).isEqualTo("error: " + latin1 + ": invalid UTF-8 at the header (column 3); save the file as "
        + "UTF-8 (e.g. iconv -f latin1 -t utf-8 FILE > FILE.utf8)\n");
  }
}
