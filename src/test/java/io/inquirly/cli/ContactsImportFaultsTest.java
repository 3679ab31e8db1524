package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.HttpTuning;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once through proxy failures, dropped connections, rate limits and crashes: after every run, each valid
 * row is one contact and the rejects are exactly the invalid rows. Each test runs with existing contacts listed
 * into the index and with each row's keys asked of the server (--lookup list and filter).
 */
class ContactsImportFaultsTest {
  @TempDir Path dir;

  private static Map<String, String> env(Sandbox sandbox) {
    return SandboxServer.Cli.env(sandbox);
  }

  private static Result run(Map<String, String> env, String... args) {
    return SandboxServer.Cli.run(env, "", args);
  }

  /** n rows; every 17th has a bad email, every 23rd repeats an earlier row's email (merged, not created twice). */
  static Path csv(Path dir, int n) throws IOException {
    StringBuilder sb = new StringBuilder("name,email,phone_number,custom_attributes.n\n");
    for (int i = 1; i <= n; i++) {
      String email = i % 17 == 0 ? "broken" + i : i % 23 == 0 ? "p" + (i - 5) + "@f.test" : "p" + i + "@f.test";
      sb.append("Person ").append(i).append(',').append(email).append(",+1555").append(String.format("%07d", i))
          .append(',').append(i).append('\n');
    }
    Path p = dir.resolve("f.csv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  static Set<String> expectedEmails(int n) {
    Set<String> s = new TreeSet<>();
    for (int i = 1; i <= n; i++) {
      if (i % 17 != 0) {
        s.add("p" + (i % 23 == 0 ? i - 5 : i) + "@f.test");
      }
    }
    return s;
  }

  static long invalid(int n) {
    long c = 0;
    for (int i = 1; i <= n; i++) {
      c += i % 17 == 0 ? 1 : 0;
    }
    return c;
  }

  private static List<String> emails(Sandbox sandbox) {
    Result r = run(env(sandbox), "contacts", "list", "--all", "-o", "json", "--max-retries", "20");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> out = new ArrayList<>();
    r.json().forEach(c -> out.add(c.get("email").asText()));
    return out;
  }

  private void assertExactlyOnce(Sandbox sandbox, Path csv, int n) throws IOException {
    List<String> emails = emails(sandbox);
    assertThat(emails).doesNotHaveDuplicates();
    Set<String> missing = new TreeSet<>(expectedEmails(n));
    missing.removeAll(emails);
    Set<String> extra = new TreeSet<>(emails);
    extra.removeAll(expectedEmails(n));
    assertThat(missing).as("rows that did not land").isEmpty();
    assertThat(extra).as("contacts that should not exist").isEmpty();
    List<String> rejects = Files.readAllLines(dir.resolve(csv.getFileName() + ".rejects.csv"));
    assertThat(rejects).hasSize((int) invalid(n) + 1);
    assertThat(rejects.subList(1, rejects.size())).allMatch(l -> l.contains(",broken") && l.endsWith("invalid email "
        + "'" + l.split(",")[1] + "'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "filter"})
  void proxyFailuresDroppedConnectionsAndRateLimitsStillLandEveryRowOnce(String lookup) throws Exception {
    int n = 300;
    // 10% 503s, 5% dropped connections, 60 requests per 300 ms window
    Duration window = Duration.ofMillis(300);
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0.10, 60, 0.05, false), window)) {
      Path csv = csv(dir, n);
      Result r = SandboxServer.Cli.run(new HttpTuning(Duration.ofMillis(10), window), env(sandbox), "",
          "contacts", "import", csv.toString(), "-o", "json", "--max-retries", "10", "--lookup", lookup);
      assertThat(r.code()).as(r.err()).isEqualTo(9);
      JsonNode s = r.json();
      assertThat(s.get("rejected").asLong()).isEqualTo(invalid(n));
      assertThat(s.get("created").asLong()).isEqualTo(expectedEmails(n).size());
      assertThat(s.get("lookup").asText()).isEqualTo(lookup);
      assertThat(sandbox.requests()).anyMatch(q -> q.status() == 429).anyMatch(q -> q.status() == 503)
          .anyMatch(q -> q.status() == 0);
      assertExactlyOnce(sandbox, csv, n);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "filter"})
  void aKilledProcessResumesWithoutDuplicates(String lookup) throws Exception {
    int n = 400;
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 10, 0, 0, 0, false))) {
      Path csv = csv(dir, n);
      Map<String, String> env = env(sandbox);
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          "io.inquirly.Main", "contacts", "import", csv.toString(), "--concurrency", "4", "--lookup", lookup);
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("child.log").toFile());
      pb.environment().putAll(env);
      Process child = pb.start();
      Path journal = dir.resolve("f.csv.journal");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline && (!Files.exists(journal) || Files.readAllLines(journal).size() < 110)) {
        Thread.sleep(20);
      }
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isNotZero();
      int journaled = Files.readAllLines(journal).size() - 1;
      assertThat(journaled).isBetween(100, n - 1);

      Result r = run(env, "contacts", "import", csv.toString(), "-o", "json", "--lookup", lookup);
      assertThat(r.code()).as(r.err()).isEqualTo(9);
      assertThat(r.json().get("resumed").asLong()).isEqualTo(journaled);
      assertExactlyOnce(sandbox, csv, n);
    }
  }
}
