package io.inquirly.http;

import java.time.Duration;

/**
 * Timings that are facts about the server and the network rather than choices of the user: the first backoff
 * between retries and the length of the server's rate-limit windows. Tests run against sandboxes with short
 * windows and want short backoffs, and pass their own through {@code Main.run}; nothing else changes them.
 */
public record HttpTuning(Duration retryBase, Duration rateWindow) {
  public static final HttpTuning DEFAULT = new HttpTuning(Duration.ofMillis(500), HttpSettings.RACK_ATTACK_WINDOW);

  public HttpTuning {
    if (retryBase.isNegative() || rateWindow.isNegative() || rateWindow.isZero()) {
      throw new IllegalArgumentException("invalid tuning: " + retryBase + ", " + rateWindow);
    }
  }
}
