package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.HttpTuning;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rate-limit policy against servers that throttle: sandboxes with short Rack::Attack windows (the client is
 * told the same window length, as it knows Chatwoot's minute), and a scripted server for Retry-After.
 */
class RateLimitTest {
  @TempDir Path dir;

  private static Result run(Sandbox sandbox, Duration window, String... args) {
    return SandboxServer.Cli.run(new HttpTuning(Duration.ofMillis(5), window),
        SandboxServer.Cli.env(sandbox), "", args);
  }

  /** Sleeps until a window of this length has just begun on the (shared) clock. */
  private static void startOfWindow(Duration window) throws InterruptedException {
    long w = window.toMillis();
    Thread.sleep(w - System.currentTimeMillis() % w + 20);
  }

  private static Path csv(Path dir, String name, int rows, boolean oneInvalid) throws Exception {
    StringBuilder sb = new StringBuilder("name,email\n");
    for (int i = 1; i <= rows; i++) {
      sb.append("Person ").append(i).append(",").append(oneInvalid && i == 2 ? "not-an-email" : "p" + i + "@x.test")
          .append('\n');
    }
    return Files.writeString(dir.resolve(name), sb);
  }

  private static long throttled(Sandbox sandbox) {
    return sandbox.requests().stream().filter(r -> r.status() == 429).count();
  }

  private static Set<String> emails(Sandbox sandbox) throws Exception {
    Set<String> emails = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          sandbox.url().resolve("/api/v1/accounts/1/contacts?page=" + page))
          .header("api-access-token", sandbox.adminToken()).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 429) {
        Thread.sleep(200);
        page--;
        continue;
      }
      JsonNode payload = SandboxServer.JSON.readTree(r.body()).path("payload");
      if (payload.isEmpty()) {
        break;
      }
      payload.forEach(c -> all.add(c.path("email").asText()));
    }
    emails.addAll(all);
    assertThat(all).as("no contact twice").hasSameSizeAs(emails);
    return emails;
  }

  @Test
  void anImportSpanningSeveralWindowsLandsEveryRowOnceAndLearnsTheLimit() throws Exception {
    Duration window = Duration.ofSeconds(2);
    // 40 requests per window; 120 rows need 121 requests: four windows at least
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 40, 0, false), window)) {
      Path csv = csv(dir, "people.csv", 120, false);
      Result r = run(sandbox, window, "contacts", "import", csv.toString(), "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.json().get("created").asInt()).isEqualTo(120);
      assertThat(r.err()).contains("inquirly: rate limited by the server: resuming in ")
          .contains("(when its window resets); 40 requests per 2 s window observed");
      long windows = r.err().lines().filter(l -> l.startsWith("inquirly: rate limited")).count();
      assertThat(windows).isBetween(3L, 5L);
      // the first window ends with a 429 for each request in flight (8 workers); after it, each window is used
      // up to the 40 it accepted and one probe finds its end
      assertThat(throttled(sandbox)).isLessThanOrEqualTo(8 + windows);
      assertThat(emails(sandbox)).hasSize(120);
    }
  }

  @Test
  void aSingleCommandWaitsOutAWindowAnotherClientUsedUp() throws Exception {
    Duration window = Duration.ofSeconds(2);
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 5, 0, true), window)) {
      startOfWindow(window);
      HttpClient other = HttpClient.newHttpClient();
      for (int i = 0; i < 5; i++) {
        other.send(HttpRequest.newBuilder(sandbox.url().resolve("/api/v1/profile"))
            .header("api-access-token", sandbox.agentToken()).build(), HttpResponse.BodyHandlers.discarding());
      }
      sandbox.clearRequests();
      Result r = run(sandbox, window, "contacts", "show", "1", "-o", "ids");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("1\n");
      assertThat(r.err()).matches("inquirly: rate limited by the server: resuming in \\d+ (ms|s) \\(when its window "
          + "resets\\); its window was used up before any requests of this run\n");
      assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(429, 200);
    }
  }

  @Test
  void theBudgetRunningOutIsExit6WithTheRejectsWrittenAndARerunResumes() throws Exception {
    Duration window = Duration.ofSeconds(5);
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 30, 0, false), window)) {
      Path csv = csv(dir, "people.csv", 60, true);
      Path journal = dir.resolve("people.csv.journal");
      Path rejects = dir.resolve("people.csv.rejects.csv");
      startOfWindow(window);
      Result first = run(sandbox, window, "contacts", "import", csv.toString(), "-o", "json", "--max-wait", "1s");
      assertThat(first.code()).as(first.err()).isEqualTo(6);
      assertThat(first.out()).isEmpty();
      assertThat(first.err()).matches("(?s)error: (POST|GET) /api/v1/accounts/1/contacts\\S*: rate limited by the "
          + "server, and resuming \\(in \\d s, when its window resets\\) would take longer than --max-wait 1 s "
          + "allows; run the same command again later, or allow a longer wait with --max-wait \\(e.g. --max-wait "
          + "10m\\); \\d+ row\\(s\\) are recorded in " + java.util.regex.Pattern.quote(journal.toString())
          + ": run the same command again to resume \\(rows rejected so far: "
          + java.util.regex.Pattern.quote(rejects.toString()) + "\\)\n");
      assertThat(Files.readString(rejects)).contains("Person 2,not-an-email");
      long journaled = Files.readAllLines(journal).size() - 1;
      assertThat(journaled).isBetween(1L, 30L);

      Result rerun = run(sandbox, window, "contacts", "import", csv.toString(), "-o", "json");
      assertThat(rerun.code()).as(rerun.err()).isEqualTo(9);
      JsonNode earlier = rerun.json().get("earlier"); // this run and the earlier ones are counted apart
      assertThat(rerun.json().get("created").asInt() + rerun.json().get("rejected").asInt()
          + earlier.get("created").asInt() + earlier.get("rejected").asInt()).isEqualTo(60);
      assertThat(rerun.json().get("resumed").asLong()).isEqualTo(journaled);
      assertThat(emails(sandbox)).hasSize(59);
    }
  }

  /**
   * A server that answers each request with the next scripted answer, then 200s. Raw sockets: the JDK's server
   * would stamp its own Date header over a scripted one.
   */
  private static final class Scripted implements AutoCloseable {
    record Answer(int status, Map<String, String> headers, String body) {}

    final ServerSocket server;
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicInteger next = new AtomicInteger();
    final Thread loop;

    Scripted(Answer... answers) throws Exception {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      loop = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
              // headers: nothing to read from them
            }
            received.add(requestLine.substring(0, requestLine.lastIndexOf(' ')));
            int i = next.getAndIncrement();
            Answer a = i < answers.length ? answers[i] : new Answer(200, Map.of("Content-Type", "application/json"),
                "{\"payload\":[{\"id\":1,\"name\":\"Inbox\"}]}");
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("HTTP/1.1 " + a.status() + " Scripted\r\n");
            a.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
          } catch (IOException e) {
            // closed: the test is over
          }
        }
      }, "scripted-server");
      loop.setDaemon(true);
      loop.start();
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    Result run(String... args) {
      List<String> all = new ArrayList<>(List.of("inboxes", "list", "-o", "ids"));
      all.addAll(List.of(args));
      return SandboxServer.Cli.run(SandboxServer.Cli.env(url().toString(), "tok-123456789"), "", all.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  private static Scripted.Answer throttle(String retryAfter) {
    return new Scripted.Answer(429, retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter), "Retry later\n");
  }

  @Test
  void retryAfterInSecondsIsWaitedAndSaid() throws Exception {
    try (Scripted server = new Scripted(throttle("1"))) {
      Result r = server.run();
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("1\n");
      assertThat(r.err()).isEqualTo("inquirly: rate limited by the server: resuming in 1 s (as its Retry-After asks)\n");
      assertThat(server.received).containsExactly("GET /api/v1/accounts/1/inboxes", "GET /api/v1/accounts/1/inboxes");
    }
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedAndSaid() throws Exception {
    String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    try (Scripted server = new Scripted(throttle(inTwoSeconds))) {
      Result r = server.run();
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).matches("inquirly: rate limited by the server: resuming in (\\d+ ms|[12] s) \\(as its "
          + "Retry-After asks\\)\n");
      assertThat(server.received).hasSize(2);
    }
  }

  @Test
  void aRetryAfterBeyondTheBudgetIsExit6AtOnce() throws Exception {
    try (Scripted server = new Scripted(throttle("3600"))) {
      Result r = server.run();
      assertThat(r.code()).isEqualTo(6);
      assertThat(r.err()).isEqualTo("error: GET /api/v1/accounts/1/inboxes: rate limited by the server, and resuming "
          + "(in 1h 0m, as its Retry-After asks) would take longer than --max-wait 3m allows; run the same command "
          + "again later, or allow a longer wait with --max-wait (e.g. --max-wait 10m)\n");
      assertThat(server.received).hasSize(1);
    }
  }

  @Test
  void anAbsurdRetryAfterIsIgnoredAndTheServersWindowRuleApplies() throws Exception {
    // the server's clock says a window has just begun: resuming needs the ~60 s until the next one
    Map<String, String> headers = Map.of("Retry-After", "99999999999", "Date", "Sun, 06 Dec 2026 14:00:00 GMT");
    try (Scripted server = new Scripted(new Scripted.Answer(429, headers, "Retry later\n"))) {
      Result r = server.run("--max-wait", "30s");
      assertThat(r.code()).isEqualTo(6);
      assertThat(r.err()).matches("error: GET /api/v1/accounts/1/inboxes: rate limited by the server, and resuming "
          + "\\(in (59 s|1m), when its window resets\\) would take longer than --max-wait 30 s allows; .*\n");
      assertThat(server.received).hasSize(1);
    }
  }

  @Test
  void anEmptyBodied429IsTheAppsOwnQuotaAndIsNotWaitedFor() throws Exception {
    try (Scripted server = new Scripted(new Scripted.Answer(429, Map.of(), ""))) {
      Result r = server.run();
      assertThat(r.code()).isEqualTo(6);
      assertThat(server.received).hasSize(1);
    }
  }

  @Test
  void badBudgetsAndRatesAreExit2AndSendNothing() throws Exception {
    try (Scripted server = new Scripted()) {
      for (String[] bad : List.of(new String[] {"--max-wait", "soon"}, new String[] {"--max-wait", "0s"},
          new String[] {"--max-wait=-5m"}, new String[] {"--rate", "0"}, new String[] {"--rate", "fast"},
          new String[] {"--rate=-2/s"})) {
        Result r = server.run(bad);
        assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: invalid --" + (bad[0].contains("rate") ? "rate" : "max-wait") + " '");
      }
      assertThat(server.received).isEmpty();
    }
  }
}
