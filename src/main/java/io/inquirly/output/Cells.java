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
   * The text of a table cell: on a TTY, an epoch-seconds number in a {@code *_at} field shows as
   * {@code yyyy-MM-dd HH:mm} UTC and arrays of scalars are joined with ", "; piped, values stay raw
   * and arrays are joined with ";". Control characters (tab, newline, ESC, ...) become spaces in both
   * modes so that one record stays one line and the terminal stays safe.
   */
  static String tableCell(String field, JsonNode value, boolean tty) {
    String text;
    String date = null;
    if (tty
        && value != null
        && value.isNumber()
        && value.canConvertToLong()
        && Paths.leaf(field).endsWith("_at")) {
      date = Dates.format(value.asLong());
    }
    text = date != null ? date : text(value, tty ? ", " : ";");
    return sanitise(text);
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

  /** Display length in code points. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Cuts {@code s} to at most {@code max} code points, the last being "…" when cut. */
  static String truncate(String s, int max) {
    if (length(s) <= max) {
      return s;
    }
    if (max <= 1) {
      return ELLIPSIS;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
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

  /** Lazy: java.time formatting is only loaded when a TTY table shows a date. */
  private static final class Dates {
    static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** The UTC minute, or null when out of Instant's range (the raw number is shown then). */
    static String format(long epochSeconds) {
      try {
        return FORMAT.format(Instant.ofEpochSecond(epochSeconds));
      } catch (DateTimeException outOfRange) {
        return null;
      }
    }
  }
}
