package io.inquirly.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Turns JSON values into the text of one table or CSV cell. */
final class Cells {
  private Cells() {}

  /** Truncation marker for table cells on a TTY. */
  static final String ELLIPSIS = "\u2026";

  /**
   * The text of a value: null/missing → "", strings raw, numbers and booleans as in JSON, an array of
   * scalars joined with {@code arraySeparator}, other arrays and objects as compact JSON.
   */
  static String text(JsonNode value, String arraySeparator) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    if (value.isArray() && allScalars(value)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          sb.append(arraySeparator);
        }
        sb.append(text(value.get(i), arraySeparator));
      }
      return sb.toString();
    }
    return compact(value);
  }

  /**
   * The text of a table cell. Control characters (tab, newline, ESC, ...) become spaces in both modes so
   * that one record stays one line and the terminal stays safe.
   *
   * <ul>
   *   <li>times (epoch seconds in {@code *_at}, {@code *_since}, {@code *_until} and {@code timestamp}):
   *       on a TTY {@code 2026-12-05 14:03 UTC}, piped ISO 8601 UTC {@code 2026-12-05T14:03:00Z}; 0 (the
   *       server's "never") is empty. On a TTY, ISO 8601 text in those fields is shown the same way.
   *   <li>durations (seconds in {@code *_time}, as in reports): on a TTY {@code 6h 22m}; piped raw.
   *   <li>{@code message_type}: the server's enumeration as words (incoming, outgoing, activity, template).
   *   <li>arrays of scalars are joined with ", " on a TTY, ";" piped; other values as in {@link #text}.
   * </ul>
   */
  static String tableCell(String field, JsonNode value, boolean tty) {
    String text = null;
    if (value != null && !value.isMissingNode() && !value.isNull()) {
      String leaf = Paths.leaf(field);
      if (isTime(leaf)) {
        text = time(value, tty);
      } else if (tty && leaf.endsWith("_time") && value.isNumber()) {
        text = duration(value.asDouble());
      } else if (leaf.equals("message_type") && value.canConvertToLong()) {
        text = MESSAGE_TYPES.length > value.asLong() && value.asLong() >= 0
            ? MESSAGE_TYPES[(int) value.asLong()] : null;
      }
    }
    return sanitise(text != null ? text : text(value, tty ? ", " : ";"));
  }

  /** app/models/message.rb: {@code enum message_type: { incoming: 0, outgoing: 1, activity: 2, template: 3 }}. */
  private static final String[] MESSAGE_TYPES = {"incoming", "outgoing", "activity", "template"};

  /** A field that holds a point in time. */
  static boolean isTime(String leaf) {
    return leaf.endsWith("_at") || leaf.endsWith("_since") || leaf.endsWith("_until") || leaf.equals("timestamp");
  }

  private static String time(JsonNode value, boolean tty) {
    if (value.isNumber() && value.canConvertToLong()) {
      long seconds = value.asLong();
      return seconds == 0 ? "" : Dates.format(seconds, tty);
    }
    return tty && value.isTextual() ? Dates.parse(value.asText()) : null;
  }

  /** 45s, 7m 30s, 6h 22m, 3d 4h. */
  static String duration(double secondsValue) {
    long s = Math.round(secondsValue);
    String sign = s < 0 ? "-" : "";
    s = Math.abs(s);
    if (s < 60) {
      return sign + s + "s";
    }
    if (s < 3600) {
      return sign + s / 60 + "m " + s % 60 + "s";
    }
    if (s < 86400) {
      return sign + s / 3600 + "h " + s % 3600 / 60 + "m";
    }
    return sign + s / 86400 + "d " + s % 86400 / 3600 + "h";
  }

  static String sanitise(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        sb.append(' ');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Terminal columns {@code s} takes (only measured for tables on a terminal). */
  static int length(String s) {
    return DisplayWidth.of(s);
  }

  /** Cuts {@code s} to at most {@code max} terminal columns, the last being "…" when cut. */
  static String truncate(String s, int max) {
    return DisplayWidth.truncate(s, max);
  }

  static String compact(JsonNode value) {
    return io.inquirly.http.Json.compact(value);
  }

  private static boolean allScalars(JsonNode array) {
    for (JsonNode e : array) {
      if (e.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  /** Lazy: java.time formatting is only loaded when a table shows a time. */
  private static final class Dates {
    static final DateTimeFormatter TTY =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The UTC minute (TTY) or ISO 8601 instant (piped), or null when out of range (the raw value is shown). */
    static String format(long epochSeconds, boolean tty) {
      try {
        Instant at = Instant.ofEpochSecond(epochSeconds);
        return tty ? TTY.format(at) : DateTimeFormatter.ISO_INSTANT.format(at);
      } catch (DateTimeException outOfRange) {
        return null;
      }
    }

    /** ISO 8601 text with an offset, as the TTY shows times; null when it is not one. */
    static String parse(String text) {
      try {
        return TTY.format(java.time.OffsetDateTime.parse(text));
      } catch (DateTimeException notATime) {
        return null;
      }
    }
  }
}
