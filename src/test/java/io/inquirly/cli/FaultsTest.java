package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.http.HttpTuning;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retries, backoff and timeouts against the sandbox's fault switches. */
class FaultsTest {
  private static Result run(Sandbox sandbox, String... args) {
    return run(sandbox, Duration.ofMinutes(1), args);
  }

  /** Against a sandbox whose rate-limit windows are {@code window} long. */
  private static Result run(Sandbox sandbox, Duration window, String... args) {
    return SandboxServer.Cli.run(new HttpTuning(Duration.ofMillis(20), window), SandboxServer.Cli.env(sandbox), "",
        args);
  }

  private static List<Integer> statuses(Sandbox sandbox) {
    return sandbox.requests().stream().map(RecordedRequest::status).toList();
  }

  @Test
  void rateLimitedRequestsWaitAndSucceedWritesIncludedBecauseTheServerRejectedThemBeforeActing() throws Exception {
    // one request per 2 s window: labels add reads (GET) then writes (POST), so the POST is throttled first.
    // Windows are period-aligned like Rack::Attack's, so start right after a window opens.
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 1, 0, true), Duration.ofMillis(2000))) {
      Thread.sleep(2000 - System.currentTimeMillis() % 2000);
      Result r = run(sandbox, Duration.ofMillis(2000), "contacts", "labels", "add", "1", "extra", "-o", "ids");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("vip\nextra\n");
      assertThat(statuses(sandbox)).startsWith(200, 429).endsWith(200);
      assertThat(sandbox.requests().stream().filter(q -> q.method().equals("POST") && q.status() == 200)).hasSize(1);
    }
  }

  @Test
  void aWaitLongerThanTheBudgetIsExit6AtOnceWithoutRetrying() throws Exception {
    Duration window = Duration.ofMinutes(10);
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 1, 0, false), window)) {
      // a budget a few seconds shorter than what is left of the clock-aligned window, so that the wait always
      // overruns it (at the very end of a window, the next one is waited for first)
      long left = window.toMillis() - System.currentTimeMillis() % window.toMillis();
      if (left < 10_000) {
        Thread.sleep(left + 50);
        left = window.toMillis();
      }
      long budget = left / 1000 - 5;
      run(sandbox, window, "inboxes", "list");
      Result r = run(sandbox, window, "inboxes", "list", "--max-wait", budget + "s");
      assertThat(r.code()).as(r.err()).isEqualTo(6);
      assertThat(r.err()).matches("error: GET /api/v1/accounts/1/inboxes: rate limited by the server, and resuming "
          + "\\(in (\\d+m( \\d+s)?|\\d+ s), when its window resets\\) would take longer than --max-wait \\S+( \\S+)? "
          + "allows; run the same command again later, or allow a longer wait with --max-wait \\(e.g. --max-wait "
          + "10m\\)\n");
      assertThat(statuses(sandbox)).containsExactly(200, 429);
    }
  }

  @Test
  void proxyErrorsAreRetriedForReadsThenExit7NamingTheHtmlPage() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 1.0, 0, 0, false))) {
      Result r = run(sandbox, "inboxes", "list", "--max-retries", "2");
      assertThat(r.code()).isEqualTo(7);
      assertThat(r.err()).isEqualTo("error: 503 Service Unavailable from GET /api/v1/accounts/1/inboxes: "
          + "(an HTML page, not JSON: is a proxy in the way?); the server failed; retry later, and run with -v to see "
          + "the response\n");
      assertThat(statuses(sandbox)).containsExactly(503, 503, 503);
    }
  }

  @Test
  void writesAreNotResentAfterAServerError() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 1.0, 0, 0, false))) {
      Result r = run(sandbox, "contacts", "create", "--name", "Maybe", "--max-retries", "3");
      assertThat(r.code()).isEqualTo(7);
      assertThat(sandbox.requests()).hasSize(1);
    }
  }

  @Test
  void droppedConnectionsAreRetriedForReadsOnlyThenExit8() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 0, 1.0, false))) {
      Result read = run(sandbox, "inboxes", "list", "--max-retries", "2");
      assertThat(read.code()).isEqualTo(8);
      assertThat(read.err()).startsWith("error: GET " + sandbox.url() + "/api/v1/accounts/1/inboxes failed: ");
      // 1 + 2 retries; the JDK client itself re-sends an idempotent request once on a dropped connection
      assertThat(sandbox.requests()).hasSizeBetween(3, 6);
      sandbox.clearRequests();
      Result write = run(sandbox, "contacts", "create", "--name", "Maybe", "--max-retries", "3");
      assertThat(write.code()).isEqualTo(8);
      assertThat(sandbox.requests()).hasSize(1);
    }
  }

  @Test
  void aSlowServerTimesOutWithExit8() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 600, 0, 0, 0, false))) {
      Result r = run(sandbox, "inboxes", "list", "--timeout", "0.2", "--max-retries", "0");
      assertThat(r.code()).isEqualTo(8);
      assertThat(r.err()).isEqualTo("error: GET " + sandbox.url() + "/api/v1/accounts/1/inboxes failed: timed out; "
          + "the server is slow or unreachable; raise --timeout or retry later\n");
    }
  }
}
