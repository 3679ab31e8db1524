package io.inquirly.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The values of {@code -o/--output}. */
public enum Format {
  TABLE,
  /** a table of every column, not fitted to the terminal's width */
  WIDE,
  JSON,
  JSONL,
  YAML,
  CSV,
  IDS;

  /**
   * Parses "table", "json", ... case-insensitively (surrounding blanks ignored).
   *
   * @throws OutputException for null or an unknown name; the message lists the valid values
   */
  public static Format parse(String name) {
    if (name != null) {
      String wanted = name.trim().toUpperCase(Locale.ROOT);
      for (Format f : values()) {
        if (f.name().equals(wanted)) {
          return f;
        }
      }
    }
    throw new OutputException(
        "unknown output format '" + name + "'; use one of: " + validValues());
  }

  /** "table, json, jsonl, yaml, csv, ids". */
  static String validValues() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
