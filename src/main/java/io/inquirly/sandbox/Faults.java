package io.inquirly.sandbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The test and demo switches: latency, proxy failures, Rack::Attack-style rate limit, dropped connections. */
final class Faults {
  private final SandboxOptions options;
  private final long windowMillis;
  private long currentWindow = -1;
  private long countInWindow;

  Faults(SandboxOptions options, Duration rateWindow) {
    if (rateWindow == null || rateWindow.isNegative() || rateWindow.isZero()) {
      throw new IllegalArgumentException("rate window must be positive: " + rateWindow);
    }
    this.options = options;
    this.windowMillis = rateWindow.toMillis() == 0 ? 1 : rateWindow.toMillis();
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

  /**
   * Counts this request in the current fixed, period-aligned window and says whether it is over the limit
   * (every request counts, throttled ones too, like Rack::Attack).
   */
  synchronized boolean rateLimited() {
    if (options.rateLimitPerMinute() <= 0) {
      return false;
    }
    long window = System.currentTimeMillis() / windowMillis;
    if (window != currentWindow) {
      currentWindow = window;
      countInWindow = 0;
    }
    countInWindow++;
    return countInWindow > options.rateLimitPerMinute();
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
