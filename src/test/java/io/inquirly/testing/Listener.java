package io.inquirly.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A plain JDK HTTP server on 127.0.0.1, port 0, that records who asked what and answers as told. */
public final class Listener implements AutoCloseable {
  /** One request as received: method, path with query, the token header (or null), body. */
  public record Seen(String method, String path, String token, String body) {}

  /** An answer: status, extra headers, body. */
  public record Answer(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

  public Listener(Function<Seen, Answer> answer) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      byte[] in = exchange.getRequestBody().readAllBytes();
      Seen s = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
          exchange.getRequestHeaders().getFirst("api-access-token"), new String(in, StandardCharsets.UTF_8));
      seen.add(s);
      Answer a = answer.apply(s);
      a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
      if (!a.headers().containsKey("Content-Type")) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        exchange.getResponseBody().write(out);
      }
      exchange.close();
    });
    server.start();
  }

  /** Answers every request with 200 and this JSON. */
  public static Listener ok(String json) {
    return new Listener(s -> new Answer(200, Map.of(), json));
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public List<Seen> seen() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
