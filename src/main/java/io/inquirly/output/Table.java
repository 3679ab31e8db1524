package io.inquirly.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders rows of already-computed cell texts as an aligned (TTY) or tab-separated (piped) table. */
final class Table {
  private Table() {}

  /** Cells longer than this are cut with "…" on a TTY. */
  static final int MAX_CELL = 50;
  /** When fitting the terminal width, the last column keeps at least this many code points. */
  static final int MIN_LAST = 5;

  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  /**
   * @param headers column titles (upper-cased here)
   * @param capCells on a TTY, cut every cell to {@link #MAX_CELL} (false for key/value tables, whose
   *     values are only fitted to the width)
   */
  static void print(
      PrintStream out,
      List<String> headers,
      List<List<String>> rows,
      boolean tty,
      boolean bold,
      int width,
      boolean capCells) {
    int n = headers.size();
    List<String> header = new ArrayList<>(n);
    for (String h : headers) {
      header.add(Cells.sanitise(h.toUpperCase(Locale.ROOT)));
    }
    if (!tty) {
      out.print(String.join("\t", header) + "\n");
      for (List<String> row : rows) {
        out.print(String.join("\t", row) + "\n");
      }
      return;
    }
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    for (List<String> row : rows) {
      List<String> copy = new ArrayList<>(n);
      for (String c : row) {
        copy.add(capCells ? Cells.truncate(c, MAX_CELL) : c);
      }
      all.add(copy);
    }
    int[] widths = new int[n];
    for (List<String> row : all) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], Cells.length(row.get(i)));
      }
    }
    if (width > 0 && n > 0) {
      int used = 0;
      for (int i = 0; i < n - 1; i++) {
        used += widths[i] + 2;
      }
      int last = Math.max(width - used, MIN_LAST);
      if (widths[n - 1] > last) {
        widths[n - 1] = last;
        for (List<String> row : all) {
          row.set(n - 1, Cells.truncate(row.get(n - 1), last));
        }
      }
    }
    boolean first = true;
    for (List<String> row : all) {
      String line = line(row, widths);
      out.print(first && bold ? BOLD + line + RESET + "\n" : line + "\n");
      first = false;
    }
  }

  private static String line(List<String> row, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      sb.append(cell);
      if (i < row.size() - 1) {
        sb.append(" ".repeat(widths[i] - Cells.length(cell) + 2));
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    return sb.toString();
  }
}
