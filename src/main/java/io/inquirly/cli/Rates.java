package io.inquirly.cli;

/** Parses {@code --rate N/s} (also {@code N}, {@code N/min}). */
final class Rates {
  private Rates() {}

  static double perSecond(String text) {
    if (text == null) {
      return 0;
    }
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    double divisor = 1;
    if (t.endsWith("/s") || t.endsWith("/sec")) {
      t = t.substring(0, t.indexOf('/'));
    } else if (t.endsWith("/m") || t.endsWith("/min")) {
      t = t.substring(0, t.indexOf('/'));
      divisor = 60;
    }
    try {
      double n = Double.parseDouble(t);
      if (n > 0 && Double.isFinite(n)) {
        return n / divisor;
      }
    } catch (NumberFormatException ignored) {
      // fall through to the error
    }
    throw CliException.usage("invalid --rate '" + text + "'", "write N/s or N/min, e.g. --rate 10/s");
  }
}
