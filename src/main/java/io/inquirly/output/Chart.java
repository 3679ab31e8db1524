package io.inquirly.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal charts of a series: horizontal bars (one line per point, eighth-block precision) or a sparkline
 * ({@code ▁▂▃▄▅▆▇█}). Pure functions of values, labels and the width available; no colour, no terminal calls.
 */
public final class Chart {
  private static final char[] SPARK = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};
  private static final char[] EIGHTHS = {'▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'};

  private Chart() {}

  /**
   * One line per value: {@code label │bar value}, the longest bar filling what the width leaves after the
   * label and the widest value (at least 10 cells). Negative values draw as empty bars.
   */
  public static List<String> bars(List<String> labels, List<Double> values, int width) {
    return bars(labels, values, width, false);
  }

  /** As {@link #bars(List, List, int)}; {@code seconds}: the values are durations, shown as 6h 22m. */
  public static List<String> bars(List<String> labels, List<Double> values, int width, boolean seconds) {
    check(labels, values);
    int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
    List<String> texts = values.stream().map(v -> text(v, seconds)).toList();
    int valueWidth = texts.stream().mapToInt(String::length).max().orElse(0);
    int barWidth = Math.max(10, width - labelWidth - valueWidth - 3);
    double max = values.stream().mapToDouble(v -> v).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      double v = Math.max(0, values.get(i));
      String bar = max <= 0 ? "" : bar(v / max * barWidth);
      lines.add(pad(labels.get(i), labelWidth) + " │" + pad(bar, barWidth) + " " + texts.get(i));
    }
    return lines;
  }

  /** A bar of {@code cells} cells, in eighths; a non-zero value always shows at least one eighth. */
  static String bar(double cells) {
    int eighths = (int) Math.round(cells * 8);
    if (eighths == 0 && cells > 0) {
      eighths = 1;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("█".repeat(eighths / 8));
    if (eighths % 8 != 0) {
      sb.append(EIGHTHS[eighths % 8 - 1]);
    }
    return sb.toString();
  }

  /**
   * A sparkline of at most {@code width} cells: values are averaged into buckets when there are more than
   * that; the lowest value maps to ▁ and the highest to █ (all ▄ when flat).
   */
  public static String sparkline(List<Double> values, int width) {
    if (values.isEmpty()) {
      return "";
    }
    List<Double> v = values;
    int cells = Math.max(1, width);
    if (values.size() > cells) {
      v = new ArrayList<>();
      for (int i = 0; i < cells; i++) {
        int from = (int) ((long) i * values.size() / cells);
        int to = (int) ((long) (i + 1) * values.size() / cells);
        v.add(values.subList(from, to).stream().mapToDouble(d -> d).average().orElse(0));
      }
    }
    double min = v.stream().mapToDouble(d -> d).min().orElse(0);
    double max = v.stream().mapToDouble(d -> d).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (double d : v) {
      int level = max == min ? 3 : (int) Math.round((d - min) / (max - min) * (SPARK.length - 1));
      sb.append(SPARK[level]);
    }
    return sb.toString();
  }

  /**
   * A sparkline with its first and last labels and the range:
   * {@code 2026-11-01 ▁▃█▅ 2026-11-04  min 0 · max 12}, fitted to the width.
   */
  public static List<String> sparkline(List<String> labels, List<Double> values, int width) {
    return sparkline(labels, values, width, false);
  }

  /** As {@link #sparkline(List, List, int)}; {@code seconds}: the range is durations ({@code max 5h 0m}). */
  public static List<String> sparkline(List<String> labels, List<Double> values, int width, boolean seconds) {
    check(labels, values);
    if (values.isEmpty()) {
      return List.of();
    }
    double min = values.stream().mapToDouble(d -> d).min().orElse(0);
    double max = values.stream().mapToDouble(d -> d).max().orElse(0);
    String first = labels.get(0);
    String last = labels.get(labels.size() - 1);
    String range = "  min " + text(min, seconds) + " · max " + text(max, seconds);
    int cells = Math.max(1, width - first.length() - last.length() - 2 - range.length());
    return List.of(first + " " + sparkline(values, cells) + " " + last + range);
  }

  private static String text(double v, boolean seconds) {
    return seconds ? Cells.duration(v) : number(v);
  }

  /** 12 for whole numbers, 12.5 (one decimal) otherwise. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  private static void check(List<String> labels, List<Double> values) {
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
