package io.inquirly.cli;

/**
 * Text quoted from files and servers, made safe to print on a terminal: control characters (ESC sequences that
 * retitle or clear the screen, carriage returns that overwrite a line, NULs; tabs are harmless and kept) and
 * bidirectional overrides are
 * shown escaped ({@code \e}, {@code \r}, {@code \x00}, {@code \u202e}), so a message stays one honest line.
 */
public final class Terminal {
  private Terminal() {}

  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !control(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!control(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == 0x1b) {
        sb.append("\\e");
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean control(char c) {
    return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
        || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f;
  }
}
