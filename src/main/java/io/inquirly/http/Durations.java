package io.inquirly.http;

/** Waits as people read them: {@code 850 ms}, {@code 37 s}, {@code 3m 20s}, {@code 1h 5m}. */
public final class Durations {
  private Durations() {}

  public static String format(long millis) {
    if (millis < 1000) {
      return Math.max(0, millis) + " ms";
    }
    long seconds = (millis + 500) / 1000;
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + "s");
    }
    return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
  }
}
