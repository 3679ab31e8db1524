package io.inquirly.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells a CSV file's delimiter from its header row, as spreadsheets do when they open one. */
public final class Delimiters {
  private Delimiters() {}

  /** The candidates, in the order that wins a tie. */
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};

  /**
   * The delimiter of the header (the first line): the candidate ({@code , ; tab |}) found most often outside
   * quotes; ',' when none is found or the file cannot be read (the reader then reports the problem).
   */
  public static char detect(Path file) {
    String header;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8))) {
      header = r.readLine();
    } catch (IOException | java.io.UncheckedIOException e) {
      return ',';
    }
    return header == null ? ',' : of(header);
  }

  static char of(String header) {
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < CANDIDATES.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return CANDIDATES[best];
  }
}
