package io.inquirly.cli;

import io.inquirly.api.Spans;
import java.time.Duration;
import java.util.Locale;

/** Parses {@code --max-wait}: a span ({@code 90s}, {@code 10m}, {@code 2h}) or {@code unlimited}. */
final class MaxWait {
  private MaxWait() {}

  /** The budget, or null for unlimited. */
  static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("unlimited") || t.equals("none")) {
      return null;
    }
    long seconds = Spans.seconds(t);
    if (seconds <= 0) {
      throw CliException.usage("invalid --max-wait '" + text + "'",
          "give a time above zero such as 90s, 10m or 2h, or 'unlimited'");
    }
    return Duration.ofSeconds(seconds);
  }
}
