package io.inquirly.sandbox;

/** Parsing of ids and numbers the way Rails/ActiveRecord do it. */
final class Ids {
  private Ids() {}

  /** A record id from a path or a parameter; anything that is not a positive integer finds nothing. */
  static long parse(String raw) {
    if (raw == null) {
      throw ApiError.notFound();
    }
    long value = rubyToI(raw.trim());
    if (value <= 0) {
      throw ApiError.notFound();
    }
    return value;
  }

  /** Ruby's {@code String#to_i}: leading integer, 0 when there is none. */
  static long rubyToI(String raw) {
    if (raw == null) {
      return 0;
    }
    String s = raw.strip();
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long value = 0;
    int digits = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i)) && digits < 18) {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
      digits++;
    }
    return negative ? -value : value;
  }

  /** Kaminari's page number: {@code to_i}, at least 1. */
  static int page(String raw) {
    long value = rubyToI(raw);
    return value < 1 ? 1 : (int) Math.min(value, Integer.MAX_VALUE);
  }
}
