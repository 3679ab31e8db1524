package io.inquirly.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The import's input file: read once and checked whole (encoding, columns, every row mapped) before anything is
 * sent, then read again row by row for sending. Nothing here talks to the server.
 */
record ImportFile(Path input, String name, Format format, char delimiter, Mapping mapping) {
  /**
   * What the check found. {@code keyed}: the valid rows that have a match key; {@code lookupKeys}: their keys
   * (FILTER asks the server about each at most once); {@code digest}: the SHA-256 of the bytes (the journal
   * belongs to this content); {@code targets}: the contact fields the file sets (the index compares those).
   */
  record Scan(long rows, long invalid, long keyed, long lookupKeys, String digest, List<String> targets) {}

  /** Reads and checks every row, hashing the bytes; a file that cannot be read is a {@link BulkInputException}. */
  Scan check() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long rows = 0;
    long invalid = 0;
    long keyed = 0;
    long lookupKeys = 0;
    Set<String> targets = new TreeSet<>();
    try (InputStream raw = Files.newInputStream(input);
        DigestInputStream in = new DigestInputStream(raw, sha);
        RowReader reader = RowReader.open(in, format, delimiter, name)) {
      if (format == Format.CSV) {
        mapping.checkHeader(reader.header(), name);
        for (String h : reader.header()) {
          String p = mapping.path(h);
          if (p != null && !p.equals("labels")) {
            targets.add(p);
          }
        }
      }
      while (reader.hasNext()) {
        Draft d = draft(reader.next());
        rows++;
        if (d.error() != null) {
          invalid++;
        } else {
          keyed += d.lookupKeys().isEmpty() ? 0 : 1;
          lookupKeys += d.lookupKeys().size();
        }
        targets.addAll(d.projection().keySet());
      }
      drain(in);
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + name + ": " + e, null);
    }
    return new Scan(rows, invalid, keyed, lookupKeys, HexFormat.of().formatHex(sha.digest()), List.copyOf(targets));
  }

  /** Opens the file again for sending, row by row. */
  RowReader rows() throws IOException {
    InputStream in = Files.newInputStream(input);
    try {
      return RowReader.open(in, format, delimiter, name);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** A row mapped to a contact (or to why it is invalid). */
  Draft draft(Row row) {
    return mapping.draft(row, name);
  }

  /** Hashes any bytes the parser left unread (it closes its source at the end, so this is usually a no-op). */
  private static void drain(InputStream in) {
    try {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException closedAlready) {
      // the reader read to the end and closed it
    }
  }
}
