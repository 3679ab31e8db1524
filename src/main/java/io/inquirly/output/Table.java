package io.inquirly.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders rows of already-computed cell texts as an aligned (TTY) or tab-separated (piped) table.
 *
 * <p>On a terminal of known width the table is fitted to it, as kubectl and gh do: free text is cut with "…"
 * (widest column first, never below its header or {@link #MIN_FREE} columns), ids, times and numbers are never
 * cut; when that is not enough and the layout allows it, columns are left out from the right (the
 * first two always stay). Widths are
 * measured in terminal columns ({@link DisplayWidth}), so CJK, emoji and combining marks stay aligned.
 */
final class Table {
  private Table() {}

  /** Free-text cells longer than this are cut with "…" on a TTY. */
  static final int MAX_CELL = 50;
  /** Fitting to the width does not cut a free-text column below this many columns (or its header). */
  static final int MIN_FREE = 12;

  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  /**
   * How a TTY table may be fitted.
   *
   * @param capCells cut free-text cells to {@link #MAX_CELL}
   * @param fit cut free-text columns to fit the width
   * @param drop leave out columns from the right when cutting is not enough (default columns only;
   *     the first two always stay)
   */
  record Layout(boolean capCells, boolean fit, boolean drop) {
    static final Layout LIST = new Layout(true, true, true);
    static final Layout CHOSEN = new Layout(true, true, false);
    static final Layout WIDE = new Layout(true, false, false);
    static final Layout KEY_VALUE = new Layout(false, true, false);
  }

  /**
   * @param headers column titles (upper-cased here)
   * @param fixed per column: never cut (ids, times, numbers)
   */
  static void print(
      PrintStream out,
      List<String> headers,
      List<List<String>> rows,
      boolean[] fixed,
      boolean tty,
      boolean bold,
      int width,
      Layout layout) {
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
      for (int i = 0; i < n; i++) {
        String c = row.get(i);
        copy.add(layout.capCells() && !fixed[i] ? Cells.truncate(c, MAX_CELL) : c);
      }
      all.add(copy);
    }
    int[] natural = new int[n];
    for (List<String> row : all) {
      for (int i = 0; i < n; i++) {
        natural[i] = Math.max(natural[i], Cells.length(row.get(i)));
      }
    }
    int shown = n;
    int[] widths = natural.clone();
    if (width > 0 && layout.fit() && n > 0) {
      while (true) {
        widths = fitted(natural, shown, fixed, header, width);
        if (total(widths, shown) <= width || !layout.drop() || shown <= 2) {
          break;
        }
        shown--;
      }
    }
    boolean first = true;
    for (List<String> row : all) {
      String line = line(row, widths, shown);
      out.print(first && bold ? BOLD + line + RESET + "\n" : line + "\n");
      first = false;
    }
  }

  /** The widths of the first {@code shown} columns with free text cut, widest first, towards {@code width}. */
  private static int[] fitted(int[] natural, int shown, boolean[] fixed, List<String> header, int width) {
    int[] widths = natural.clone();
    int[] min = new int[shown];
    for (int i = 0; i < shown; i++) {
      min[i] = fixed[i] ? natural[i] : Math.min(natural[i], Math.max(Cells.length(header.get(i)), MIN_FREE));
    }
    int excess = total(widths, shown) - width;
    while (excess > 0) {
      int widest = -1;
      for (int i = 0; i < shown; i++) {
        if (widths[i] > min[i] && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      excess--;
    }
    return widths;
  }

  private static int total(int[] widths, int shown) {
    int sum = 2 * (shown - 1);
    for (int i = 0; i < shown; i++) {
      sum += widths[i];
    }
    return sum;
  }

  private static String line(List<String> row, int[] widths, int shown) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      String cell = Cells.truncate(row.get(i), widths[i]);
      sb.append(cell);
      if (i < shown - 1) {
        sb.append(" ".repeat(Math.max(widths[i] - Cells.length(cell), 0) + 2));
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
