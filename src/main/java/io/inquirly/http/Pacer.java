package io.inquirly.http;

/**
 * Spaces requests to at most N per second across all threads, and lets a 429 slow every caller down
 * together: the server sends no Retry-After, so one worker's 429 is everyone's signal.
 */
final class Pacer {
  private final long intervalNanos;
  private long nextSlot;
  private long pausedUntil;

  Pacer(double ratePerSecond) {
    this.intervalNanos = ratePerSecond > 0 ? (long) (1_000_000_000L / ratePerSecond) : 0;
  }

  /** Blocks until this caller may send. */
  void acquire() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long start = Math.max(now, Math.max(nextSlot, pausedUntil));
      nextSlot = start + intervalNanos;
      wait = start - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** Holds every caller back until {@code nanosFromNow} has passed. */
  synchronized void pauseAll(long nanosFromNow) {
    pausedUntil = Math.max(pausedUntil, System.nanoTime() + nanosFromNow);
  }
}
