package io.inquirly.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one HttpHandler: reads the request, applies the switches (latency, drop, 503, 429), routes, records
 * the request with its final status (before the answer is written, so a client that got its answer always
 * finds its request recorded), then writes the answer.
 */
final class Dispatcher implements HttpHandler {
  private final Store store;
  private final Router router;
  private final Faults faults;
  private final AtomicLong arrivals = new AtomicLong();
  private final ConcurrentSkipListMap<Long, RecordedRequest> recorded = new ConcurrentSkipListMap<>();
  private volatile boolean recording = true;

  Dispatcher(Store store, Router router, Faults faults) {
    this.store = store;
    this.router = router;
    this.faults = faults;
  }

  List<RecordedRequest> requests() {
    return List.copyOf(new ArrayList<>(recorded.values()));
  }

  void clearRequests() {
    recorded.clear();
  }

  void recordRequests(boolean on) {
    recording = on;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long arrival = arrivals.incrementAndGet();
    try {
      byte[] body = readAll(exchange.getRequestBody());
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = exchange.getRequestURI().getRawPath();
      String rawQuery = exchange.getRequestURI().getRawQuery();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
      headers.replaceAll((k, v) -> List.copyOf(v));
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");

      try {
        faults.delay();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // the server is stopping: just close
      }
      if (faults.drop()) {
        record(arrival, method, path, rawQuery, headers, contentType, body, 0);
        return; // closing without sendResponseHeaders closes the connection: no response at all
      }
      Response response;
      if (faults.fail()) {
        response = Faults.serviceUnavailable();
      } else if (faults.rateLimited(new Faults.Hit(exchange.getRemoteAddress().getAddress().getHostAddress(),
          path, headers))) {
        response = Faults.tooManyRequests();
      } else {
        response = route(new Request(method, decodePath(path), rawQuery, headers, body, contentType));
      }
      record(arrival, method, path, rawQuery, headers, contentType, body, response.status());
      send(exchange, response);
    } finally {
      exchange.close();
    }
  }

  private Response route(Request request) {
    try {
      Router.Match match = router.match(request.method(), request.path());
      if (match == null) {
        throw ApiError.notFound();
      }
      synchronized (store.lock()) {
        BulkActionJobs.of(store).beforeRequest(store); // bulk_actions' jobs run a moment after their answer
        Call call = Auth.authorize(store, request, match);
        return match.route().handler().handle(call);
      }
    } catch (ApiError e) {
      return e.response();
    } catch (RuntimeException e) {
      var body = Json.object();
      body.put("error", "Internal server error: " + e);
      return Response.json(500, body);
    }
  }

  private void record(
      long arrival,
      String method,
      String path,
      String rawQuery,
      Map<String, List<String>> headers,
      String contentType,
      byte[] body,
      int status) {
    if (!recording) {
      return;
    }
    recorded.put(
        arrival, new RecordedRequest(method, path, rawQuery, Map.copyOf(headers), contentType, body, status));
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    if (response.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
    byte[] body = response.body();
    if (body.length == 0) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static String decodePath(String rawPath) {
    // Segments are decoded by the router, one by one, so that an encoded "/" stays inside its segment.
    return rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
  }
}
