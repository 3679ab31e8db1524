package io.inquirly.output;

import org.jline.utils.WCWidth;

/**
 * How many terminal columns text takes: CJK and emoji two, combining marks none (JLine's {@code wcwidth}).
 * Only tables on a terminal measure text, so JLine's class is loaded only there, never on the piped path.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += Math.max(WCWidth.wcwidth(cp), 0);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code s} cut to at most {@code max} columns, ending with "…" when cut. */
  static String truncate(String s, int max) {
    if (of(s) <= max) {
      return s;
    }
    if (max <= 1) {
      return Cells.ELLIPSIS;
    }
    int width = 0;
    int end = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = Math.max(WCWidth.wcwidth(cp), 0);
      if (width + w > max - 1) {
        break;
      }
      width += w;
      i += Character.charCount(cp);
      end = i;
    }
    return s.substring(0, end) + Cells.ELLIPSIS;
  }
}
