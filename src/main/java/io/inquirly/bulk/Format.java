package io.inquirly.bulk;

import java.util.Locale;

/** Input and output file formats. */
public enum Format {
  CSV,
  JSONL;

  /** From --format, or guessed from the file name (.csv, .tsv, .jsonl, .ndjson); null when unknown. */
  public static Format of(String name) {
    if (name == null) {
      return null;
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("csv") || n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
      return CSV;
    }
    if (n.equals("jsonl") || n.equals("ndjson") || n.endsWith(".jsonl") || n.endsWith(".ndjson")
        || n.endsWith(".json")) {
      return JSONL;
    }
    return null;
  }
}
