package io.inquirly.http;

import io.inquirly.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Sends {@link ApiRequest}s to one server: auth header, retries with backoff, pacing, redacted logging
 * and error decoding. One per run; thread-safe; close it before exit (an open JDK client delays exit).
 */
public final class ApiClient implements AutoCloseable {
  /** The header the token travels in; hyphens survive proxies that drop underscore headers. */
  public static final String TOKEN_HEADER = "api-access-token";

  private static final int LOG_BODY_LIMIT = 4000;

  private final URI base;
  private final HttpSettings settings;
  private final Redactor redactor;
  private final Pacer pacer;
  private final AtomicInteger requestCount = new AtomicInteger();
  /** Client builds one at a time, so that the selector thread a build starts can be told apart (see close). */
  private static final Object BUILDS = new Object();

  private ExecutorService executor;
  private HttpClient client;
  /** The JDK client's selector thread (close() stops it by interrupting it), or null. */
  private Thread selector;

  public ApiClient(URI base, HttpSettings settings, Collection<String> secrets) {
    String s = base.toString();
    this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    this.settings = settings;
    this.redactor = new Redactor(secrets);
    this.pacer = new Pacer(settings.ratePerSecond());
  }

  public URI base() {
    return base;
  }

  public Redactor redactor() {
    return redactor;
  }

  /** Requests sent so far, retries included. */
  public int requestCount() {
    return requestCount.get();
  }

  /**
   * Sends the request, retrying what is safe to retry, and returns a 2xx response.
   *
   * @throws ApiException for any non-2xx answer or network failure after the retries
   */
  public ApiResponse send(ApiRequest request) {
    URI uri = URI.create(base + request.target());
    int attempt = 0;
    while (true) {
      ApiResponse response;
      try {
        pacer.acquire();
        response = exchange(request, uri);
      } catch (IOException e) {
        // A POST that reached the server must not be re-sent blindly; a refused connection never reached it.
        boolean safe = request.idempotent() || e instanceof ConnectException;
        if (safe && attempt < settings.maxRetries()) {
          sleep(backoff(attempt++, null));
          continue;
        }
        throw ApiException.network(request.method(), redactor.redact(uri.toString()), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Cancelled();
      }
      int status = response.status();
      if (status >= 200 && status < 300) {
        return response;
      }
      boolean retryable = status == 429 || (request.idempotent() && (status == 502 || status == 503 || status == 504));
      if (retryable && attempt < settings.maxRetries()) {
        Duration wait = backoff(attempt++, response.header("retry-after"));
        if (status == 429) {
          pacer.pauseAll(wait.toNanos());
        }
        sleep(wait);
        continue;
      }
      throw ApiException.fromResponse(request.method(), request.target(), response);
    }
  }

  /** One request and the redirects it is allowed to follow: same origin only (see {@link Redirects}). */
  private ApiResponse exchange(ApiRequest request, URI uri) throws IOException, InterruptedException {
    ApiRequest current = request;
    URI at = uri;
    for (int hops = 0; ; hops++) {
      ApiResponse response = exchangeOnce(current, at);
      Redirects.Hop next = Redirects.next(base, at, current, response, hops, redactor);
      if (next == null) {
        return response;
      }
      current = next.request();
      at = next.uri();
    }
  }

  private ApiResponse exchangeOnce(ApiRequest request, URI uri) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(settings.requestTimeout())
        .header("Accept", "application/json")
        .header("User-Agent", "inquirly/" + Version.get());
    if (request.token() != null) {
      b.header(TOKEN_HEADER, request.token());
    }
    if (request.body() != null) {
      b.header("Content-Type", request.contentType() == null ? "application/json" : request.contentType());
      b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    requestCount.incrementAndGet();
    long started = System.nanoTime();
    if (settings.verbose()) {
      logRequest(request, uri);
    }
    HttpResponse<byte[]> r;
    try {
      r = within(settings.requestTimeout(), http().sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      if (settings.verbose()) {
        settings.log().println("< " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      throw e;
    }
    ApiResponse response = new ApiResponse(
        r.statusCode(), r.headers().map(), r.body() == null ? new byte[0] : r.body(),
        Duration.ofNanos(System.nanoTime() - started));
    if (settings.verbose()) {
      logResponse(response);
    }
    return response;
  }

  /**
   * Waits for the whole exchange, body included. The JDK's request timeout stops at the response headers, so
   * a server that trickles its body would otherwise hold the command forever.
   */
  private static HttpResponse<byte[]> within(Duration timeout, CompletableFuture<HttpResponse<byte[]>> exchange)
      throws IOException, InterruptedException {
    try {
      return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(cause);
    }
  }

  private void logRequest(ApiRequest request, URI uri) {
    StringBuilder sb = new StringBuilder();
    sb.append("> ").append(request.method()).append(' ').append(redactor.redact(uri.toString())).append('\n');
    if (request.token() != null) {
      sb.append("> ").append(TOKEN_HEADER).append(": ").append(Redactor.mask(request.token())).append('\n');
    }
    if (request.body() != null) {
      sb.append("> Content-Type: ").append(request.contentType() == null ? "application/json" : request.contentType())
          .append('\n');
      boolean binary = request.contentType() != null && request.contentType().startsWith("multipart/");
      sb.append("> ").append(binary ? "(" + request.body().length + " bytes of multipart data)"
          : abbreviate(redactor.redact(new String(request.body(), StandardCharsets.UTF_8)))).append('\n');
    }
    settings.log().print(sb);
    settings.log().flush();
  }

  private void logResponse(ApiResponse response) {
    StringBuilder sb = new StringBuilder();
    sb.append("< ").append(response.status()).append(" (").append(response.elapsed().toMillis()).append(" ms)");
    String type = response.header("content-type");
    if (type != null) {
      sb.append(' ').append(type);
    }
    sb.append('\n');
    if (!response.isEmpty()) {
      sb.append("< ").append(abbreviate(redactor.redact(response.text().strip()))).append('\n');
    }
    settings.log().print(sb);
    settings.log().flush();
  }

  private static String abbreviate(String s) {
    return s.length() > LOG_BODY_LIMIT ? s.substring(0, LOG_BODY_LIMIT) + "… (" + s.length() + " chars)" : s;
  }

  /** Exponential backoff with full jitter; a Retry-After header wins when present. */
  Duration backoff(int attempt, String retryAfter) {
    if (retryAfter != null) {
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
      } catch (NumberFormatException e) {
        try {
          ZonedDateTime at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
          Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
          return d.isNegative() ? Duration.ZERO : d;
        } catch (RuntimeException ignored) {
          // fall through to our own backoff
        }
      }
    }
    long base = settings.retryBase().toMillis() << Math.min(attempt, 16);
    long capped = Math.min(base, HttpSettings.MAX_BACKOFF.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  private synchronized HttpClient http() {
    if (client == null) {
      Json.prepareParserInBackground();
      executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "inquirly-http");
        t.setDaemon(true);
        return t;
      });
      HttpClient.Builder b = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(settings.connectTimeout())
          // never the JDK's following: it copies the token to any host a Location names (exchange() follows)
          .followRedirects(HttpClient.Redirect.NEVER)
          .executor(executor);
      if ("https".equalsIgnoreCase(base.getScheme())) {
        b.sslContext(sslContext());
      } else {
        // The JDK client sets up a full default TLS context even for http:// (hundreds of classes, trust store
        // loading): an inert context keeps plain-http runs from paying for it.
        b.sslContext(PlainHttpOnly.CONTEXT).sslParameters(new javax.net.ssl.SSLParameters());
      }
      synchronized (BUILDS) {
        List<Thread> before = selectorThreads();
        client = b.build();
        List<Thread> started = selectorThreads();
        started.removeAll(before);
        selector = started.isEmpty() ? null : started.get(0);
      }
    }
    return client;
  }

  private SSLContext sslContext() {
    try {
      if (settings.insecure()) {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
        return ctx;
      }
      if (settings.caCert() == null) {
        return SSLContext.getDefault();
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      defaults.init((KeyStore) null);
      int i = 0;
      for (TrustManager tm : defaults.getTrustManagers()) {
        if (tm instanceof X509TrustManager x) {
          for (X509Certificate c : x.getAcceptedIssuers()) {
            store.setCertificateEntry("default-" + i++, c);
          }
        }
      }
      try (InputStream in = Files.newInputStream(settings.caCert())) {
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          store.setCertificateEntry("extra-" + i++, c);
        }
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
      return ctx;
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new ApiException(Failure.INVALID, 0, "cannot set up TLS with --cacert " + settings.caCert() + ": "
          + e.getMessage(), "give a PEM file holding one or more CA certificates", e);
    }
  }

  /**
   * Stops the client's threads without waiting for them: an open JDK client's selector thread delays JVM exit
   * by ~300 ms (the JVM waits for threads in native code), and JDK 21+'s {@code close()} waits for a graceful
   * stop that a finished command does not need. Interrupting the client's own selector thread ends its loop on
   * every JDK from 17 on (JDK 21+'s {@code shutdownNow()} would need reflection, since we compile for 17: ~3 ms
   * of start-up). Other clients in the process (tests and the shell run several) are left alone.
   */
  @Override
  public synchronized void close() {
    if (client == null) {
      return;
    }
    if (selector != null) {
      selector.interrupt();
    }
    executor.shutdownNow();
    client = null;
    selector = null;
  }

  /** The JDK clients' selector threads alive in this JVM ("HttpClient-ID-SelectorManager"). */
  private static List<Thread> selectorThreads() {
    List<Thread> selectors = new ArrayList<>();
    for (Thread t : Threads.live()) {
      if (t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
        selectors.add(t);
      }
    }
    return selectors;
  }

  /** --insecure: accepts any certificate. The CLI warns on every call that uses it. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
