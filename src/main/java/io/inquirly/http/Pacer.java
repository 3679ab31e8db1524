package io.inquirly.http;

/**
 * Spaces requests to at most N per second across all threads ({@code --rate}): pacing chosen by the user, up
 * front. What the server's rate limits require is {@link RateLimits}' job.
 */
final class Pacer {
  private final long intervalNanos;
  private long nextSlot;

  Pacer(double ratePerSecond) {
    this.intervalNanos = ratePerSecond > 0 ? (long) (1_000_000_000L / ratePerSecond) : 0;
  }

  /** Blocks until this caller may send. */
  void acquire() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long start = Math.max(now, nextSlot);
      nextSlot = start + intervalNanos;
      wait = start - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
