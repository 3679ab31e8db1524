package io.inquirly.bulk;

import io.inquirly.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    CsvRecords.line(out, cells, delimiter);
  }


  @Override
  public void close() throws IOException {
    out.close();
  }
}
