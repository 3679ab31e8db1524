package io.inquirly.output;

import java.util.List;

/** RFC 4180 fields and records (hand-written: no CSV machinery to load for a few quotes). */
final class Csv {
  private Csv() {}

  /**
   * One record: fields separated by commas, ended by "\n" (not CRLF: Unix tools and spreadsheet
   * imports both accept it). A field is quoted when it contains a comma, a double quote, CR or LF,
   * or starts/ends with a space; quotes inside are doubled.
   */
  static String record(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      field(sb, fields.get(i));
    }
    return sb.append('\n').toString();
  }

  static void field(StringBuilder sb, String value) {
    if (needsQuotes(value)) {
      sb.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(value);
    }
  }

  private static boolean needsQuotes(String v) {
    if (v.isEmpty()) {
      return false;
    }
    if (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ') {
      return true;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
