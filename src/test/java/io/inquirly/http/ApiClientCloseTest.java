package io.inquirly.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing a client stops its own selector thread (an open one delays JVM exit) and nothing else: tests and the
 * shell run several clients in one JVM, and closing one must not break another mid-flight.
 */
class ApiClientCloseTest {
  private HttpServer server;
  private URI base;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void closingOneClientLeavesAnotherWorking() {
    try (ApiClient first = client(); ApiClient second = client()) {
      assertThat(first.send(ApiRequest.get("/a", null)).status()).isEqualTo(200);
      assertThat(second.send(ApiRequest.get("/b", null)).status()).isEqualTo(200);
      first.close();
      assertThat(second.send(ApiRequest.get("/c", null)).status()).isEqualTo(200);
    }
  }

  @Test
  void closeStopsTheClientsSelectorThread() throws Exception {
    Set<String> before = selectorThreads();
    ApiClient client = client();
    client.send(ApiRequest.get("/a", null));
    Set<String> started = selectorThreads();
    started.removeAll(before);
    assertThat(started).hasSize(1);

    client.close();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (selectorThreads().stream().anyMatch(started::contains) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(selectorThreads()).doesNotContainAnyElementsOf(started);
  }

  private ApiClient client() {
    HttpSettings settings = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 0, Duration.ofMillis(10),
        0, false, new PrintStream(PrintStream.nullOutputStream()), false, null, Duration.ofSeconds(5),
        Duration.ofMinutes(1));
    return new ApiClient(base, settings, List.of());
  }

  private static Set<String> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("HttpClient-") && n.endsWith("-SelectorManager"))
        .collect(Collectors.toSet());
  }
}
