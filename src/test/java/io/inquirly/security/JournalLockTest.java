package io.inquirly.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One import at a time per journal: a second run says who holds the journal and sends nothing (exit 2). */
class JournalLockTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @TempDir Path dir;

  private Path csv(String name) throws Exception {
    Path p = dir.resolve(name + ".csv");
    Files.writeString(p, "name,email\nAda,ada@" + name + ".test\nGrace,grace@" + name + ".test\n",
        StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aJournalLockedByAnotherProcessStopsTheImportBeforeAnyRequest() throws Exception {
    Path csv = csv("cron");
    Path journal = Path.of(csv + ".journal");
    Path locker = dir.resolve("HoldLock.java");
    Files.writeString(locker, """
        import java.nio.channels.FileChannel;
        import java.nio.file.*;
        public class HoldLock {
          public static void main(String[] a) throws Exception {
            try (FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ); var lock = ch.lock()) {
              System.out.println("locked");
              System.in.read();
            }
          }
        }
        """);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process holder = new ProcessBuilder(java, locker.toString(), journal.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      Result[] r = new Result[1];
      List<RecordedRequest> sent = server.requestsDuring(
          () -> r[0] = server.run("contacts", "import", csv.toString()));
      assertThat(sent).isEmpty();
      assertThat(r[0].code()).isEqualTo(2);
      assertThat(r[0].out()).isEmpty();
      assertThat(r[0].err()).matches("error: the journal \\Q" + journal + "\\E is locked by process " + holder.pid()
          + " \\(started [-0-9: ]+\\): an import of the same file is running, and two at once would interleave "
          + "their rows; wait for it to finish or stop it \\(kill " + holder.pid() + "\\), or give this run another "
          + "--journal PATH\n");
      // --restart must not get round it by deleting the journal
      r[0] = server.run("contacts", "import", csv.toString(), "--restart");
      assertThat(r[0].code()).isEqualTo(2);
    } finally {
      holder.destroy();
      holder.waitFor();
    }
    Result after = server.run("contacts", "import", csv.toString());
    assertThat(after.code()).as(after.err()).isZero();
  }

  @Test
  void anImportInThisProcessHoldingTheJournalIsNamedToo() throws Exception {
    Path csv = csv("shell");
    Path journal = Path.of(csv + ".journal");
    try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      Result[] r = new Result[1];
      List<RecordedRequest> sent = server.requestsDuring(
          () -> r[0] = server.run("contacts", "import", csv.toString()));
      assertThat(sent).isEmpty();
      assertThat(r[0].code()).isEqualTo(2);
      assertThat(r[0].err()).startsWith("error: the journal " + journal + " is locked by process "
          + ProcessHandle.current().pid() + " ");
      assertThat(lock.isValid()).isTrue();
    }
  }
}
