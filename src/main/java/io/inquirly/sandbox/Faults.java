package io.inquirly.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test and demo switches: latency, proxy failures, dropped connections, and Rack::Attack's throttles as
 * chatwoot-4.10/config/initializers/rack_attack.rb declares them: fixed windows aligned to the clock
 * ({@code Time.now.to_i / period}), checked in order; every throttle a request matches counts it, up to the
 * first one it exceeds, which answers 429 "Retry later" without a Retry-After. The sandbox does not safelist
 * loopback addresses as the server does (127.0.0.1 and ::1 are never throttled there), or nothing would be.
 */
final class Faults {
  private static final Pattern SEARCH = Pattern.compile("/api/v1/accounts/(\\d+)/contacts/search");
  private static final Pattern REPORTS = Pattern.compile("/api/v2/accounts/(\\d+)/reports");

  /** One throttle: a limit per window for each key its discriminator gives (null: the request is not counted). */
  private record Throttle(int limit, Function<Hit, String> discriminator) {}

  /** What the throttles look at. */
  record Hit(String client, String path, Map<String, List<String>> headers) {
    String header(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  private final SandboxOptions options;
  private final long windowMillis;
  private final List<Throttle> throttles = new ArrayList<>();
  private long currentWindow = -1;
  private final Map<String, Integer> counts = new HashMap<>();

  Faults(SandboxOptions options, Duration rateWindow) {
    if (rateWindow == null || rateWindow.isNegative() || rateWindow.isZero()) {
      throw new IllegalArgumentException("rate window must be positive: " + rateWindow);
    }
    this.options = options;
    this.windowMillis = rateWindow.toMillis() == 0 ? 1 : rateWindow.toMillis();
    if (options.clientLimit() > 0) {
      throttles.add(new Throttle(options.clientLimit(), Hit::client)); // req/ip
    }
    if (options.production()) {
      throttles.add(new Throttle(SandboxOptions.PRODUCTION_SEARCH_LIMIT, hit -> account(SEARCH, hit.path())));
      throttles.add(new Throttle(SandboxOptions.PRODUCTION_REPORTS_USER_LIMIT, hit -> {
        String account = account(REPORTS, hit.path());
        String user = hit.header("uid") != null ? hit.header("uid")
            : hit.header("api-access-token") != null ? hit.header("api-access-token") : hit.header("api_access_token");
        return account == null || user == null ? null : user + ":" + account;
      }));
      throttles.add(new Throttle(SandboxOptions.PRODUCTION_REPORTS_ACCOUNT_LIMIT, hit -> account(REPORTS, hit.path())));
    }
  }

  private static String account(Pattern pattern, String path) {
    Matcher m = pattern.matcher(path);
    return m.find() ? m.group(1) : null;
  }

  void delay() throws InterruptedException {
    if (options.latencyMillis() > 0) {
      Thread.sleep(options.latencyMillis());
    }
  }

  boolean drop() {
    return hit(options.dropRate());
  }

  boolean fail() {
    return hit(options.failRate());
  }

  /** Counts the request in the current window of every throttle it matches and says whether one is exceeded. */
  synchronized boolean rateLimited(Hit request) {
    if (throttles.isEmpty()) {
      return false;
    }
    long window = System.currentTimeMillis() / windowMillis;
    if (window != currentWindow) {
      currentWindow = window;
      counts.clear();
    }
    for (int i = 0; i < throttles.size(); i++) {
      Throttle t = throttles.get(i);
      String key = t.discriminator().apply(request);
      if (key != null && counts.merge(i + ":" + key, 1, Integer::sum) > t.limit()) {
        return true;
      }
    }
    return false;
  }

  static Response serviceUnavailable() {
    return Response.text(
        503, "text/html", "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>\n");
  }

  static Response tooManyRequests() {
    return Response.text(429, "text/plain", "Retry later\n");
  }

  private static boolean hit(double rate) {
    return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
  }
}
