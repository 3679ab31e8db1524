package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Servers and proxies that misbehave: the CLI fails cleanly with the right code and never hangs. */
class RogueServerTest {
  private static HttpServer server;
  private static ServerSocket silent;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/api/v1/accounts/1/inboxes", ex -> answer(ex, 200, "application/json", "not json at all"));
    server.createContext("/api/v1/accounts/2/inboxes", ex -> answer(ex, 200, "application/json", "{\"payload\":{\"oops\":1}}"));
    server.createContext("/api/v1/accounts/3/inboxes", ex -> answer(ex, 502, "text/html",
        "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"));
    server.createContext("/api/v1/accounts/4/inboxes", ex -> {
      StringBuilder big = new StringBuilder("{\"payload\":[");
      for (int i = 0; i < 200_000; i++) {
        big.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"inbox ").append(i).append("\"}");
      }
      answer(ex, 200, "application/json", big.append("]}").toString());
    });
    server.createContext("/api/v1/accounts/5/inboxes", ex -> {
      // headers at once, then the body one byte a second: a trickle that never finishes in time
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, 100);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(' ');
          out.flush();
          Thread.sleep(1000);
        }
      } catch (InterruptedException | IOException e) {
        // the client went away
      }
    });
    server.createContext("/api/v1/accounts/6/inboxes", ex -> answer(ex, 500, "application/json", ""));
    server.start();
    // accepts connections and never answers: a half-open peer
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(() -> {
      while (!silent.isClosed()) {
        try {
          Socket s = silent.accept();
          s.getInputStream();
        } catch (IOException e) {
          return;
        }
      }
    });
    t.setDaemon(true);
    t.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.stop(0);
    silent.close();
  }

  private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Result run(String url, String account, String... more) {
    Map<String, String> env = SandboxServer.Cli.env(url, "token-for-the-rogue-server");
    env.put("INQUIRLY_ACCOUNT_ID", account);
    String[] args = new String[more.length + 2];
    args[0] = "inboxes";
    args[1] = "list";
    System.arraycopy(more, 0, args, 2, more.length);
    return SandboxServer.Cli.run(env, "", args);
  }

  private static String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void aNonJsonBodyIsExit7() {
    Result r = run(url(), "1");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: the server answered 200 with a body the client cannot read (its body is not "
        + "JSON); check --server points at the Inquirly API (not a web page or proxy); run with -v to see the body\n");
  }

  @Test
  void aWrongEnvelopeIsExit7() {
    Result r = run(url(), "2");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: unexpected answer to inboxes list: 'payload' is an object, not a list; "
        + "the server may be a different version; use --raw to see the body\n");
  }

  @Test
  void aProxyErrorPageIsExit7AfterRetries() {
    Result r = run(url(), "3", "--max-retries", "1");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).startsWith("error: 502 Bad Gateway from GET /api/v1/accounts/3/inboxes: (an HTML page, not "
        + "JSON: is a proxy in the way?)");
  }

  @Test
  void aHugeBodyIsHandled() {
    Result r = run(url(), "4", "-o", "ids", "--limit", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("0\n1\n2\n");
  }

  @Test
  void aTricklingBodyTimesOut() {
    // exit 8 "timed out" is the proof: were the deadline to stop at the headers, the body would arrive (exit 0)
    Result r = run(url(), "5", "--timeout", "1", "--max-retries", "0");
    assertThat(r.code()).isEqualTo(8);
    assertThat(r.err()).contains("failed: timed out");
  }

  @Test
  void aServerErrorWithAnEmptyBodyIsExit7() {
    Result r = run(url(), "6", "--max-retries", "0");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).isEqualTo("error: 500 Internal Server Error from GET /api/v1/accounts/6/inboxes; the server "
        + "failed; retry later, and run with -v to see the response\n");
  }

  @Test
  void aPeerThatNeverAnswersTimesOut() {
    Result r = run("http://127.0.0.1:" + silent.getLocalPort(), "1", "--timeout", "0.5", "--max-retries", "1");
    assertThat(r.code()).isEqualTo(8);
    assertThat(r.err()).contains("failed: timed out");
  }
}
