package io.inquirly.http;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** HTTP dates ({@code Sun, 06 Dec 2026 14:03:00 GMT}) as epoch milliseconds. */
final class HttpDates {
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private HttpDates() {}

  /**
   * The instant of an HTTP date, or -1 when it is not one. The usual IMF-fixdate form is read by position: the
   * Date header of every answer goes through here, and java.time's formatter costs start-up time.
   */
  static long parse(String text) {
    String s = text.strip();
    if (s.length() == 29 && s.charAt(3) == ',' && s.endsWith(" GMT")) {
      int month = MONTHS.indexOf(s.substring(8, 11));
      if (month >= 0 && month % 3 == 0) {
        try {
          int day = Integer.parseInt(s, 5, 7, 10);
          int year = Integer.parseInt(s, 12, 16, 10);
          int hour = Integer.parseInt(s, 17, 19, 10);
          int minute = Integer.parseInt(s, 20, 22, 10);
          int second = Integer.parseInt(s, 23, 25, 10);
          long days = java.time.LocalDate.of(year, month / 3 + 1, day).toEpochDay();
          return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
        } catch (RuntimeException e) {
          return -1;
        }
      }
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return -1;
    }
  }
}
