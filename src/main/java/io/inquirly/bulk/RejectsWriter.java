package io.inquirly.bulk;

import io.inquirly.common.CsvLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.common.OutputFile;
import io.inquirly.http.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes rejected rows with their original columns plus {@code error} (CSV for CSV input, JSONL for JSONL). */
final class RejectsWriter implements AutoCloseable {
  private final Writer out;
  private final Format format;
  private final List<String> header;
  private final char delimiter;

  RejectsWriter(Path file, Format format, List<String> header, char delimiter) throws IOException {
    this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    this.format = format;
    this.header = header;
    this.delimiter = delimiter;
    if (format == Format.CSV) {
      List<String> h = new ArrayList<>(header);
      h.add(header.contains("error") ? "import_error" : "error");
      line(h);
    }
  }

  /**
   * Writes the rows of {@code input} that {@code rejected} names (row number to error), each with its error, to
   * {@code target}. A regular file is replaced whole (written owner-only beside it, then renamed over it) and
   * removed when nothing was rejected, so that it never shows an earlier run's rows; a device or a pipe (see
   * {@link OutputFile}) is written into. Returns the target, or null when nothing was rejected.
   */
  static Path writeFile(Path target, Path input, Format format, char delimiter, String name,
      Map<Long, String> rejected) throws IOException {
    boolean whole = OutputFile.replacedWhole(target);
    if (rejected.isEmpty()) {
      if (whole) {
        Files.deleteIfExists(target);
      }
      return null;
    }
    Path written = target;
    if (whole) {
      written = target.resolveSibling(target.getFileName() + ".tmp");
      Files.deleteIfExists(written);
      Journal.createPrivate(written);
    }
    try (InputStream in = Files.newInputStream(input);
        RowReader reader = RowReader.open(in, format, delimiter, name);
        RejectsWriter out = new RejectsWriter(written, format, reader.header(), delimiter)) {
      while (reader.hasNext()) {
        Row row = reader.next();
        String error = rejected.get(row.number());
        if (error != null) {
          out.write(row, error);
        }
      }
    }
    if (whole) {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return target;
  }

  void write(Row row, String error) throws IOException {
    if (format == Format.CSV) {
      List<String> cells = new ArrayList<>();
      for (String h : header) {
        JsonNode v = row.columns().get(h);
        cells.add(v == null ? "" : v.asText());
      }
      cells.add(error);
      line(cells);
    } else {
      ObjectNode o = Json.object();
      row.columns().forEach(o::set);
      o.put(o.has("error") ? "import_error" : "error", error);
      out.write(Json.compact(o));
      out.write('\n');
    }
  }

  private void line(List<String> cells) throws IOException {
    CsvLines.line(out, cells, delimiter);
  }


  @Override
  public void close() throws IOException {
    out.close();
  }
}
