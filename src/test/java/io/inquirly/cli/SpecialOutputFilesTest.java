package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.config.ConfigException;
import io.inquirly.config.ConfigFile;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output paths that are not regular files (a named pipe here; /dev/null, /dev/stdout and /dev/stderr alike) are
 * written into or refused, never renamed over or deleted: 'contacts export -o /dev/null' once replaced /dev/null
 * with a file.
 */
class SpecialOutputFilesTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @TempDir Path dir;

  private Path fifo(String name) throws Exception {
    Path p = dir.resolve(name);
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mk.exitValue()).isZero();
    return p;
  }

  /** Reads the pipe to its end on another thread (opening it blocks until the command opens it to write). */
  private static CompletableFuture<String> drain(Path fifo) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static void assertStillAPipe(Path fifo) {
    assertThat(fifo).exists();
    assertThat(Files.isRegularFile(fifo)).as(fifo + " is still a pipe").isFalse();
  }

  @Test
  void exportsAreWrittenIntoAPipe() throws Exception {
    Path csv = Files.writeString(dir.resolve("in.csv"), "name,email\nPia,pia@pipe.test\n");
    assertThat(server.run("contacts", "import", csv.toString()).code()).isZero();

    Path contacts = fifo("contacts.fifo");
    CompletableFuture<String> read = drain(contacts);
    Result r = server.run("contacts", "export", "--where", "email contains @pipe.test", "--columns", "name,email",
        "--output", contacts.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo("name,email\r\nPia,pia@pipe.test\r\n");
    assertStillAPipe(contacts);

    Path conversations = fifo("conversations.fifo");
    read = drain(conversations);
    r = server.run("conversations", "export", "--output", conversations.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(read.get(20, TimeUnit.SECONDS)).startsWith("id,");
    assertStillAPipe(conversations);
  }

  @Test
  void rejectsAreWrittenIntoAPipeAndAPipeIsNeverDeleted() throws Exception {
    Path csv = Files.writeString(dir.resolve("rows.csv"), "name,email\nGood,good@pipe.test\nBad,not-an-email\n");
    Path rejects = fifo("rejects.fifo");
    CompletableFuture<String> read = drain(rejects);
    Result r = server.run("contacts", "import", csv.toString(), "--rejects", rejects.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(9);
    assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo("name,email,error\r\nBad,not-an-email,"
        + "invalid email 'not-an-email'\r\n");
    assertStillAPipe(rejects);

    // nothing rejected: a regular rejects file from an earlier run is removed, a pipe is left alone
    Path clean = Files.writeString(dir.resolve("clean.csv"), "name,email\nFine,fine@pipe.test\n");
    r = server.run("contacts", "import", clean.toString(), "--rejects", rejects.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertStillAPipe(rejects);
  }

  @Test
  void aConfigFileThatIsNotAFileIsNeverReplaced() throws Exception {
    // INQUIRLY_CONFIG=/dev/null reads as empty; saving a profile must not rename a file over it
    Path pipe = fifo("config.fifo");
    ConfigFile config = new ConfigFile(pipe);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> config.write(new ConfigFile.Content(null, Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessage("the config file " + pipe + " is not a regular file, so it cannot be written");
    assertStillAPipe(pipe);
  }

  @Test
  void aJournalThatIsNotAFileIsRefusedAndLeftAlone() throws Exception {
    Path csv = Files.writeString(dir.resolve("j.csv"), "name,email\nJo,jo@pipe.test\n");
    Path journal = fifo("journal.fifo");
    Result r = server.run("contacts", "import", csv.toString(), "--journal", journal.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: the journal " + journal + " is not a regular file; give --journal the "
        + "path of a file (it is created when missing)\n");
    assertStillAPipe(journal);
  }
}
