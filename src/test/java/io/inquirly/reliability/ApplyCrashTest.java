package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** apply killed with SIGKILL at random points, then rerun: every resource exists exactly once. */
class ApplyCrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, String> env(Sandbox sandbox) {
    return SandboxServer.Cli.env(sandbox);
  }

  /** Starts 'inquirly apply' as its own JVM and kills it (SIGKILL) after a random delay. */
  private static void applyAndKill(Sandbox sandbox, long afterMillis) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "io.inquirly.Main", "apply", "-f", "samples/support-stack.yaml");
    pb.environment().putAll(env(sandbox));
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    if (!p.waitFor(afterMillis, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void killedAppliesThenARerunEndWithEveryResourceOnce() throws Exception {
    Random random = new Random(42);
    // 15 ms a request: the apply's ~40 writes take long enough to be killed in the middle
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 15, 0, 0, 0, false))) {
      List<Long> killedAfter = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        long delay = 600 + random.nextInt(900);
        killedAfter.add(delay);
        applyAndKill(sandbox, delay);
      }
      Result finish = SandboxServer.Cli.run(env(sandbox), "", "apply", "-f", "samples/support-stack.yaml");
      assertThat(finish.code()).as(finish.err() + " (killed after " + killedAfter + " ms)").isZero();
      Result diff = SandboxServer.Cli.run(env(sandbox), "", "diff", "-f", "samples/support-stack.yaml");
      assertThat(diff.code()).as(diff.out()).isZero();
      assertOnce(sandbox, "agents", "", "email", 5);
      assertOnce(sandbox, "labels", "payload", "title", 3);
      assertOnce(sandbox, "teams", "", "name", 2);
      assertOnce(sandbox, "inboxes", "payload", "name", 2);
      assertOnce(sandbox, "webhooks", "payload.webhooks", "url", 1);
      assertOnce(sandbox, "canned_responses", "", "short_code", 2);
    }
  }

  /** The records of a list have unique natural keys and at least {@code min} of them. */
  private static void assertOnce(Sandbox sandbox, String path, String records, String key, int min) throws Exception {
    Result r = SandboxServer.Cli.run(env(sandbox), "", "api", "GET", "/api/v1/accounts/{account_id}/" + path);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode list = JSON.readTree(r.out().getBytes(StandardCharsets.UTF_8));
    for (String part : records.isEmpty() ? new String[0] : records.split("\\.")) {
      list = list.path(part);
    }
    List<String> keys = new ArrayList<>();
    list.forEach(item -> keys.add(item.path(key).asText().toLowerCase(java.util.Locale.ROOT)));
    assertThat(keys).as(path).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(min);
  }
}
