package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGINT) to a real process: import flushes its journal and resumes; export leaves no partial file. */
class InterruptTest {
  @TempDir Path dir;

  private static Map<String, String> env(Sandbox sandbox) {
    return SandboxServer.Cli.env(sandbox);
  }

  private Process start(Sandbox sandbox, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "io.inquirly.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile());
    pb.environment().putAll(env(sandbox));
    return pb.start();
  }

  private static void sigint(Process p) throws Exception {
    Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && !condition.getAsBoolean()) {
      Thread.sleep(20);
    }
    assertThat(condition.getAsBoolean()).as("condition reached in 30 s").isTrue();
  }

  private static int lines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Test
  void interruptedImportFlushesItsJournalExits130AndResumes() throws Exception {
    int n = 300;
    Path csv = dir.resolve("people.csv");
    StringBuilder rows = new StringBuilder("name,email,identifier\n");
    for (int i = 0; i < n; i++) {
      rows.append("Person ").append(i).append(",person").append(i).append("@example.com,p-").append(i).append('\n');
    }
    Files.writeString(csv, rows);
    Path journal = dir.resolve("people.csv.journal");
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 15, 0, 0, 0, false))) {
      Process child = start(sandbox, "contacts", "import", csv.toString(), "--concurrency", "2");
      await(() -> lines(journal) > 40);
      sigint(child);
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(130);
      List<String> written = Files.readAllLines(journal);
      int journaled = written.size() - 1;
      assertThat(journaled).isBetween(40, n - 1);
      assertThat(written.subList(1, written.size())).allMatch(l -> l.split("\t").length >= 3);

      Result rerun = SandboxServer.Cli.run(env(sandbox), "", "contacts", "import", csv.toString(), "-o", "json");
      assertThat(rerun.code()).as(rerun.err()).isZero();
      assertThat(rerun.json().get("resumed").asLong()).isEqualTo(journaled);
      Result all = SandboxServer.Cli.run(env(sandbox), "", "contacts", "list", "--all", "-o", "ids");
      assertThat(all.out().lines().count()).isEqualTo(n);
    }
  }

  @Test
  void interruptedExportLeavesNoFileAndExits130() throws Exception {
    // a slow server: 45 contacts are 3 pages of 200 ms each, so the export is interrupted between pages
    try (Sandbox slow = Sandbox.start(new SandboxOptions(0, 200, 0, 0, 0, false))) {
      StringBuilder rows = new StringBuilder("name,email\n");
      for (int i = 0; i < 45; i++) {
        rows.append("Exported ").append(i).append(",exported").append(i).append("@example.com\n");
      }
      Path csv = Files.writeString(dir.resolve("seed.csv"), rows);
      assertThat(SandboxServer.Cli.run(env(slow), "", "contacts", "import", csv.toString()).code()).isZero();
      Path out = dir.resolve("export").resolve("contacts.csv");
      Files.createDirectories(out.getParent());
      int before = slow.requests().size();
      Process child = start(slow, "contacts", "export", "-o", "csv", "--output", out.toString(), "--concurrency", "1");
      await(() -> slow.requests().size() > before);
      Thread.sleep(100);
      sigint(child);
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(130);
      try (Stream<Path> left = Files.list(out.getParent())) {
        assertThat(left.toList()).as("no partial or temporary file").isEmpty();
      }
    }
  }

  @Test
  void interruptedWhileWaitingOutARateLimitExits130WithEveryCreatedRowJournaled() throws Exception {
    Path csv = dir.resolve("people.csv");
    StringBuilder rows = new StringBuilder("name,email\n");
    for (int i = 0; i < 100; i++) {
      rows.append("Person ").append(i).append(",waiting").append(i).append("@example.com\n");
    }
    Files.writeString(csv, rows);
    Path journal = dir.resolve("people.csv.journal");
    // 20 requests per 10-minute window: the import is soon waiting for the server, whatever the minute
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 20, 0, false), java.time.Duration.ofMinutes(10))) {
      Process child = start(sandbox, "contacts", "import", csv.toString(), "--concurrency", "2");
      Path log = dir.resolve("child.log");
      await(() -> {
        try {
          return Files.readString(log).contains("inquirly: rate limited by the server: resuming in ");
        } catch (IOException e) {
          return false;
        }
      });
      sigint(child);
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(130);
      assertThat(Files.readString(log)).contains("row(s) recorded in " + journal + "; run the same command again");
      long created = sandbox.requests().stream()
          .filter(q -> q.method().equals("POST") && q.path().endsWith("/contacts") && q.status() == 200).count();
      List<String> written = Files.readAllLines(journal);
      assertThat(written.subList(1, written.size())).hasSize((int) created).allMatch(l -> l.contains("\tCREATED\t"));
    }
  }

  @Test
  void interruptingAnExportStuckOnARequestRemovesItsTemporaryFile() throws Exception {
    try (Sandbox stuck = Sandbox.start(new SandboxOptions(0, 120_000, 0, 0, 0, false))) {
      Path out = dir.resolve("export").resolve("all.csv");
      Files.createDirectories(out.getParent());
      Process child = start(stuck, "contacts", "export", "--output", out.toString());
      await(() -> {
        try (Stream<Path> files = Files.list(out.getParent())) {
          return files.findAny().isPresent(); // the temporary file: the export has begun its first request
        } catch (IOException e) {
          return false;
        }
      });
      sigint(child);
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(130);
      try (Stream<Path> left = Files.list(out.getParent())) {
        assertThat(left.toList()).as("no partial or temporary file").isEmpty();
      }
    }
  }
}
