package io.inquirly.sandbox;

import java.util.List;

/** CSV lines as Ruby's CSV.generate_line writes them: quoted only when needed, LF-terminated. */
final class CsvCells {
  private CsvCells() {}

  static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i) == null ? "" : cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.append('\n').toString();
  }
}
