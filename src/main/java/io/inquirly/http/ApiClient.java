package io.inquirly.http;

import io.inquirly.common.Threads;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
  private final RateLimits limits;
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;
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
    this.limits = new RateLimits(settings.rateWindow(), settings.maxWait(), line -> {
      settings.log().println("inquirly: " + line);
      settings.log().flush();
    });
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
   * Sends the request under the one retry and pacing policy of the process, and returns a 2xx response.
   * <ul>
   *   <li>429: every thread pauses until the server's window resets (or for its Retry-After), within the
   *       {@code --max-wait} budget; then the request is sent again, whatever its method (the server refused it
   *       before acting).
   *   <li>No answer, or 502/503/504: sent again after a backoff when that is safe: a repeatable request, one whose
   *       connection was refused, or one whose {@link ApiRequest.LandedCheck} says the attempt did not land (when
   *       it did, the check's answer is returned). At most {@code --max-retries} times.
   * </ul>
   *
   * @throws ApiException for any other answer, or when the retries or the wait budget run out
   */
  public ApiResponse send(ApiRequest request) {
    return send(request, base, false);
  }

  /** Whether an address is on the configured server (same scheme, host and port): where the token may go. */
  public boolean onServer(URI url) {
    return Redirects.sameOrigin(base, url);
  }

  /**
   * Fetches a file (e.g. an attachment's {@code data_url}) with the same retry and pacing policy; the token goes
   * with it only when the file is on the configured server. Unlike {@link #send}, a redirect to another origin is
   * followed, without the token: Active Storage answers a file URL with a redirect to the storage service (S3,
   * GCS, a CDN) whose signed URL carries its own authorisation.
   */
  public ApiResponse fetch(URI url, String token) {
    boolean home = onServer(url);
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    // on the server, the path is sent relative to --server, which may carry a base path of its own
    String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
    if (home && !prefix.isEmpty() && path.startsWith(prefix + "/")) {
      path = path.substring(prefix.length());
    }
    String target = path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    ApiRequest get = new ApiRequest("GET", target, List.of(), null, null, home ? token : null);
    return send(get, home ? base : URI.create(Redirects.originOf(url)), true);
  }

  private ApiResponse send(ApiRequest request, URI to, boolean fileFetch) {
    URI uri = URI.create(to + request.target());
    int failures = 0;
    while (true) {
      try {
        pacer.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Cancelled();
      }
      RateLimits.Ticket ticket = limits.admit(request.path());
      ApiResponse response;
      try {
        response = exchange(request, uri, to, fileFetch);
      } catch (IOException e) {
        limits.unanswered(ticket);
        if (cancelled) {
          throw new Cancelled();
        }
        // a refused connection never reached the server; anything else may have
        ApiResponse landed = e instanceof ConnectException ? null : landed(request);
        if (landed != null) {
          return landed;
        }
        if (resendable(request, e instanceof ConnectException, failures)) {
          sleep(backoff(failures++));
          continue;
        }
        // a refused connection or a certificate the client does not trust says enough already
        boolean certificate = e instanceof javax.net.ssl.SSLHandshakeException
            || e.getCause() instanceof javax.net.ssl.SSLHandshakeException;
        String other = e instanceof ConnectException || certificate ? null : SchemeProbe.otherScheme(base);
        if (other != null) {
          String fixed = other + base.toString().substring(base.getScheme().length());
          throw new ApiException(Failure.NETWORK, 0, request.method() + " " + redactor.redact(uri.toString())
              + " failed: this server speaks " + other + ", not " + base.getScheme(),
              "use " + fixed + " as --server (INQUIRLY_URL)", e);
        }
        throw ApiException.network(request.method(), redactor.redact(uri.toString()), e);
      } catch (InterruptedException e) {
        limits.unanswered(ticket);
        Thread.currentThread().interrupt();
        throw new Cancelled();
      }
      int status = response.status();
      if (status == 429) {
        if (response.isEmpty() && response.header("retry-after") == null) {
          // not Rack::Attack's "Retry later": the app's own quota (NOTES §4), which no window resets
          limits.unanswered(ticket);
          throw ApiException.fromResponse(request.method(), request.target(), response);
        }
        limits.throttled(ticket, response.header("date"), response.header("retry-after"), request.method(),
            request.target());
        continue;
      }
      limits.answered(ticket, response.header("date"));
      if (status >= 200 && status < 300) {
        return response;
      }
      if (status == 502 || status == 503 || status == 504) {
        ApiResponse landed = landed(request);
        if (landed != null) {
          return landed;
        }
        if (resendable(request, false, failures)) {
          sleep(backoff(failures++));
          continue;
        }
      }
      throw ApiException.fromResponse(request.method(), request.target(), response);
    }
  }

  /**
   * Whether an attempt without a trustworthy answer may be sent again: retries are left, and the request is
   * repeatable, never reached the server, or has a landed check (asked before this, and it found nothing).
   */
  private boolean resendable(ApiRequest request, boolean neverReached, int failures) {
    return failures < settings.maxRetries() && (request.repeatable() || neverReached || request.landedCheck() != null);
  }

  /** What a lost attempt of a non-repeatable request left on the server (its check's answer), or null. */
  private static ApiResponse landed(ApiRequest request) {
    return request.repeatable() || request.landedCheck() == null ? null : request.landedCheck().find();
  }

  /** The server's answers of 429 so far (for the benchmarks and the summary of long jobs). */
  public int throttledCount() {
    return limits.throttledCount();
  }

  /** Sets the rate-limit wait budget (null: wait as long as the server's windows require). */
  public void maxWait(Duration maxWait) {
    limits.maxWait(maxWait);
  }

  /** Sends the "rate limited ... resuming in" lines somewhere else (a progress line) than the log. */
  public void rateLimitNotices(Consumer<String> sink) {
    limits.notices(sink);
  }

  /**
   * Stops the run's requests at once (Ctrl-C): requests in flight are cancelled, threads waiting for a rate
   * limit wake up, and every send from now on throws {@link Cancelled}.
   */
  public void cancel() {
    cancelled = true;
    limits.cancel();
    for (CompletableFuture<?> f : inFlight) {
      f.cancel(true);
    }
  }

  /**
   * One request and the redirects it is allowed to follow: same origin only, or for a file fetch elsewhere
   * without the token (see {@link Redirects}).
   */
  private ApiResponse exchange(ApiRequest request, URI uri, URI origin, boolean fileFetch)
      throws IOException, InterruptedException {
    ApiRequest current = request;
    URI at = uri;
    for (int hops = 0; ; hops++) {
      ApiResponse response = exchangeOnce(current, at);
      Redirects.Hop next = Redirects.next(origin, at, current, response, hops, redactor, fileFetch);
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
      if (cancelled) {
        throw new Cancelled();
      }
      CompletableFuture<HttpResponse<byte[]>> exchange =
          http().sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      inFlight.add(exchange);
      if (cancelled) {
        exchange.cancel(true); // cancel() ran between the check above and the add
      }
      try {
        r = within(settings.requestTimeout(), exchange);
      } finally {
        inFlight.remove(exchange);
      }
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
    } catch (java.util.concurrent.CancellationException e) {
      throw new Cancelled(); // by cancel(): Ctrl-C
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

  /** Exponential backoff with jitter, between attempts that failed without an answer or with 502/503/504. */
  Duration backoff(int attempt) {
    long base = settings.retryBase().toMillis() << Math.min(attempt, 16);
    long capped = Math.min(base, HttpSettings.MAX_BACKOFF.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  /** Sleeps a backoff; {@link #cancel()} ends it at once. */
  private void sleep(Duration d) {
    limits.sleep(d.toMillis());
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
