package io.inquirly.bulk;

import java.io.IOException;
import java.util.List;

/** RFC 4180 records as the bulk files write them: rejects, exports, the server-side import file. */
public final class CsvRecords {
  private CsvRecords() {}

  /** One CSV record: cells quoted as needed, CRLF at the end (a Writer, or a StringBuilder to build a page). */
  public static void line(Appendable out, List<String> cells, char delimiter) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(quote(cells.get(i), delimiter));
    }
    out.append("\r\n");
  }

  /** RFC 4180 quoting: only when needed. */
  private static String quote(String s, char delimiter) {
    if (s == null) {
      return "";
    }
    boolean needs = s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
    return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
