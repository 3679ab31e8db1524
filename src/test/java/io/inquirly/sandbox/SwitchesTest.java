package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SwitchesTest {

  @Test
  void rateLimitAnswers429PlainTextWithoutRetryAfterThenRecovers() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 3, 0, false), Duration.ofMillis(400))) {
      Http api = new Http(sandbox.url(), sandbox.adminToken());
      // start at the beginning of a window so the 4 requests fall into the same one
      Thread.sleep(400 - System.currentTimeMillis() % 400);
      List<Integer> statuses = new ArrayList<>();
      Http.Reply last = null;
      for (int i = 0; i < 4; i++) {
        last = api.get("/api/v1/profile");
        statuses.add(last.status());
      }
      assertThat(statuses).containsExactly(200, 200, 200, 429);
      assertThat(last.body()).isEqualTo("Retry later\n");
      assertThat(last.contentType()).startsWith("text/plain");
      var raw = Http.CLIENT.send(
          java.net.http.HttpRequest.newBuilder(sandbox.url().resolve("/api/v1/profile")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(raw.statusCode()).isEqualTo(429);
      assertThat(raw.headers().firstValue("retry-after")).isEmpty();
      Thread.sleep(450);
      assertThat(api.get("/api/v1/profile").status()).isEqualTo(200);
      assertThat(sandbox.requests()).extracting(RecordedRequest::status).contains(429);
    }
  }

  /** rack_attack.rb: contact searches 100/min per account; v2 reports 100/min per user; both besides req/ip. */
  @Test
  void productionThrottlesSearchesAndReportsApartFromOtherRequests() throws Exception {
    SandboxOptions production = new SandboxOptions(0, 0, 0, 0, 0, false, true);
    assertThat(production.clientLimit()).isEqualTo(3000);
    try (Sandbox sandbox = Sandbox.start(production, Duration.ofSeconds(3))) {
      Http admin = new Http(sandbox.url(), sandbox.adminToken());
      Http agent = new Http(sandbox.url(), sandbox.agentToken());
      Thread.sleep(3000 - System.currentTimeMillis() % 3000);
      List<Integer> searches = new ArrayList<>();
      for (int i = 0; i < 101; i++) {
        searches.add(admin.get("/api/v1/accounts/1/contacts/search?q=a").status());
      }
      assertThat(searches.subList(0, 100)).containsOnly(200);
      assertThat(searches.get(100)).isEqualTo(429);
      assertThat(admin.get("/api/v1/accounts/1/contacts").status()).isEqualTo(200);
      List<Integer> reports = new ArrayList<>();
      for (int i = 0; i < 101; i++) {
        reports.add(admin.get("/api/v2/accounts/1/reports/summary?type=account&since=0&until=1").status());
      }
      assertThat(reports.subList(0, 100)).doesNotContain(429);
      assertThat(reports.get(100)).isEqualTo(429);
      // per user: another user's reports are not throttled by the first one's
      assertThat(agent.get("/api/v2/accounts/1/reports/summary?type=account&since=0&until=1").status())
          .isNotEqualTo(429);
    }
  }

  @Test
  void failRateOneAnswers503Html() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 1.0, 0, 0, false))) {
      Http.Reply r = new Http(sandbox.url(), sandbox.adminToken()).get("/api/v1/profile");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.contentType()).startsWith("text/html");
      assertThat(r.body()).contains("<h1>503 Service Temporarily Unavailable</h1>");
    }
  }

  @Test
  void dropRateOneClosesTheConnectionWithoutAnswer() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 0, 0, 0, 1.0, false))) {
      Http api = new Http(sandbox.url(), sandbox.adminToken());
      assertThatThrownBy(() -> api.sendChecked("GET", "/api/v1/profile", null)).isInstanceOf(IOException.class);
      assertThat(sandbox.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isZero());
    }
  }

  @Test
  void latencyDelaysAnswers() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 150, 0, 0, 0, false))) {
      long t0 = System.nanoTime();
      assertThat(new Http(sandbox.url(), sandbox.adminToken()).get("/api/v1/profile").status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
  }

  @Test
  void fiftyConcurrentClientsAreAllServed() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, 100, 0, 0, 0, false))) {
      int clients = 50;
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          int n = i;
          results.add(pool.submit(() -> {
            go.await();
            Http api = new Http(sandbox.url(), sandbox.adminToken());
            return n % 2 == 0
                ? api.get("/api/v1/accounts/1/contacts").status()
                : api.post("/api/v1/accounts/1/contacts", "{\"email\":\"c" + n + "@x.io\"}").status();
          }));
        }
        long t0 = System.nanoTime();
        go.countDown();
        for (Future<Integer> f : results) {
          assertThat(f.get()).isEqualTo(200);
        }
        // 50 requests with 100 ms latency each, served in parallel
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
      } finally {
        pool.shutdownNow();
      }
      assertThat(sandbox.requests()).hasSize(50);
      assertThat(new Http(sandbox.url(), sandbox.adminToken()).get("/api/v1/accounts/1/contacts").json()
          .at("/meta/count").asInt()).isEqualTo(25);
    }
  }

  @Test
  void requestsAreRecordedInOrderWithFinalStatusCanBeClearedAndSwitchedOff() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
      Http api = new Http(sandbox.url(), sandbox.adminToken());
      api.post("/api/v1/accounts/1/contacts?x=1", "{\"name\":\"Ada\",\"email\":\"a@x.io\"}");
      api.as(null).get("/api/v1/profile");
      List<RecordedRequest> recorded = sandbox.requests();
      assertThat(recorded).hasSize(2);
      RecordedRequest first = recorded.get(0);
      assertThat(first.method()).isEqualTo("POST");
      assertThat(first.path()).isEqualTo("/api/v1/accounts/1/contacts");
      assertThat(first.rawQuery()).isEqualTo("x=1");
      assertThat(first.contentType()).isEqualTo("application/json");
      assertThat(first.header("API-Access-Token")).isEqualTo(sandbox.adminToken());
      assertThat(first.headers()).containsKey("api-access-token");
      assertThat(first.bodyText()).contains("\"Ada\"");
      assertThat(first.status()).isEqualTo(200);
      assertThat(recorded.get(1).status()).isEqualTo(401);
      assertThat(recorded.get(1).rawQuery()).isNull();
      sandbox.clearRequests();
      assertThat(sandbox.requests()).isEmpty();

      sandbox.recordRequests(false);
      assertThat(api.get("/api/v1/profile").status()).isEqualTo(200);
      assertThat(sandbox.requests()).isEmpty();
      sandbox.recordRequests(true);
      api.get("/api/v1/profile");
      assertThat(sandbox.requests()).extracting(RecordedRequest::path).containsExactly("/api/v1/profile");
    }
  }
}
