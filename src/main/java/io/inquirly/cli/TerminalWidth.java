package io.inquirly.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The terminal's width in columns: COLUMNS when exported, else {@code stty size}; 0 when unknown. */
final class TerminalWidth {
  private TerminalWidth() {}

  static int of(Io io) {
    String columns = io.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{1,4}")) {
      return Integer.parseInt(columns);
    }
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return 0;
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectErrorStream(true).start();
      if (!p.waitFor(300, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return 0;
      }
      String[] rowsCols = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
      return rowsCols.length == 2 && rowsCols[1].matches("\\d{1,4}") ? Integer.parseInt(rowsCols[1]) : 0;
    } catch (java.io.IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
