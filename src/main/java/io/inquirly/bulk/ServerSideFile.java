package io.inquirly.bulk;

import io.inquirly.common.CsvLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For {@code --server-side}: the same local checks as an import, then the valid rows as the CSV the server's own
 * import reads (NOTES §6: {@code name, email, phone_number, identifier, company, city}; every other column becomes
 * a custom attribute). Invalid rows go to the rejects file. Fields the server's import cannot set (labels,
 * country_code, other additional attributes) are refused up front.
 */
public final class ServerSideFile {
  private static final List<String> SERVER_COLUMNS = List.of("name", "email", "phone_number", "identifier",
      "company", "city");
  private static final Map<String, String> PATHS = Map.of("name", "name", "email", "email", "phone_number",
      "phone_number", "identifier", "identifier", "company", "additional_attributes.company_name", "city",
      "additional_attributes.city");

  /** The CSV to upload, how many rows it holds, and the rejected rows. */
  public record Result(byte[] csv, long rows, long rejected, Path rejects) {}

  private ServerSideFile() {}

  public static Result build(Importer.Options o) {
    Set<String> custom = new TreeSet<>();
    Map<Long, String> rejected = new TreeMap<>();
    try (InputStream in = Files.newInputStream(o.input());
        RowReader reader = RowReader.open(in, o.format(), o.delimiter(), o.name())) {
      if (o.format() == Format.CSV) {
        o.mapping().checkHeader(reader.header(), o.name());
      }
      while (reader.hasNext()) {
        Draft d = o.mapping().draft(reader.next(), o.name());
        if (!d.labels().isEmpty()) {
          throw unsupported("labels");
        }
        for (String path : d.projection().keySet()) {
          if (path.startsWith("custom_attributes.")) {
            custom.add(path.substring("custom_attributes.".length()));
          } else if (!PATHS.containsValue(path)) {
            throw unsupported(path.replace("additional_attributes.country_code", "country_code"));
          }
        }
        if (d.error() != null) {
          rejected.put(d.row(), d.error());
        }
      }
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + o.name() + ": " + e.getMessage(), null);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long rows = 0;
    try (InputStream in = Files.newInputStream(o.input());
        RowReader reader = RowReader.open(in, o.format(), o.delimiter(), o.name());
        Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(SERVER_COLUMNS);
      header.addAll(custom);
      CsvLines.line(w, header, ',');
      while (reader.hasNext()) {
        Draft d = o.mapping().draft(reader.next(), o.name());
        if (d.error() != null) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String c : SERVER_COLUMNS) {
          cells.add(d.projection().getOrDefault(PATHS.get(c), ""));
        }
        for (String k : custom) {
          cells.add(d.projection().getOrDefault("custom_attributes." + k, ""));
        }
        CsvLines.line(w, cells, ',');
        rows++;
      }
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + o.name() + ": " + e.getMessage(), null);
    }
    Path rejects;
    try {
      rejects = RejectsWriter.writeFile(o.rejects(), o.input(), o.format(), o.delimiter(), o.name(), rejected);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + o.rejects() + ": " + e.getMessage(), e);
    }
    return new Result(bytes.toByteArray(), rows, rejected.size(), rejects);
  }

  private static BulkInputException unsupported(String what) {
    return new BulkInputException("--server-side: the server's own import has no column for " + what,
        "import without --server-side, or drop that column (--extra-columns ignore does not apply to it)");
  }

}
