package io.inquirly.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times typed on the command line: relative spans ({@code 30m}, {@code 12h}, {@code 7d}, {@code 2w}), dates
 * ({@code 2026-12-01}, midnight UTC), date-times ({@code 2026-12-01T10:30}, UTC unless an offset is given)
 * or Unix seconds (9 digits or more). Spans count back from now for report ranges ({@link #ago}) and
 * forward for deadlines such as a snooze ({@link #ahead}).
 */
public final class Spans {
  private static final Pattern SPAN = Pattern.compile("(\\d{1,6})\\s*([smhdw])");

  private Spans() {}

  /** Epoch seconds; a span means that long before {@code now}. */
  public static long ago(String option, String text, Instant now) {
    return parse(option, text, now, -1);
  }

  /** Epoch seconds; a span means that long after {@code now}. */
  public static long ahead(String option, String text, Instant now) {
    return parse(option, text, now, 1);
  }

  /** A converter for a report range option: epoch seconds as text (the query value). */
  public static Function<String, Object> agoConverter(String option) {
    return text -> String.valueOf(ago(option, text, Instant.now()));
  }

  /** A converter for a deadline option: epoch seconds as a number (a body value). */
  public static Function<String, Object> aheadConverter(String option) {
    return text -> ahead(option, text, Instant.now());
  }

  /** Seconds in a span such as {@code 12h}, or -1 when the text is not a span. */
  public static long seconds(String text) {
    Matcher m = SPAN.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return -1;
    }
    long n = Long.parseLong(m.group(1));
    return n * switch (m.group(2)) {
      case "s" -> 1L;
      case "m" -> 60L;
      case "h" -> 3600L;
      case "d" -> 86_400L;
      default -> 7 * 86_400L;
    };
  }

  private static long parse(String option, String text, Instant now, int direction) {
    String t = text == null ? "" : text.strip();
    long span = seconds(t);
    if (span >= 0) {
      return now.getEpochSecond() + direction * span;
    }
    if (t.matches("\\d{9,12}")) {
      return Long.parseLong(t);
    }
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?")) {
        return LocalDateTime.parse(t.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:?\\d{2})")) {
        return OffsetDateTime.parse(t).toEpochSecond();
      }
    } catch (DateTimeParseException e) {
      // falls through to the error below
    }
    throw new InvalidInput("invalid " + option + " '" + text + "': use 7d, 12h, 30m, 2w or a date like 2026-12-01",
        "dates are UTC; a date-time looks like 2026-12-01T09:30 (or with an offset, +02:00)");
  }
}
