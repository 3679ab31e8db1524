package io.inquirly.common;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The one CSV dialect inquirly writes, everywhere (-o csv, exports, rejects, the server-side import file):
 * RFC 4180, records ended by CRLF, a field quoted only when it holds the delimiter, a double quote, CR or LF (quotes
 * doubled inside). Written by jackson-dataformat-csv's streaming generator: no ObjectMapper, about 20 classes.
 */
public final class CsvLines {
  public static final String RECORD_END = "\r\n";
  private static final CsvFactory FACTORY =
      CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema COMMA = schema(',');

  private CsvLines() {}

  private static CsvSchema schema(char delimiter) {
    return CsvSchema.emptySchema().withColumnSeparator(delimiter).withLineSeparator(RECORD_END).withoutHeader();
  }

  /** One record, written to {@code out} (a Writer, or a StringBuilder that gathers a page); null cells are empty. */
  public static void line(Appendable out, List<String> cells, char delimiter) throws IOException {
    StringWriter record = new StringWriter(16 * cells.size() + 2);
    try (CsvGenerator g = FACTORY.createGenerator(record)) {
      g.setSchema(delimiter == ',' ? COMMA : schema(delimiter));
      g.writeStartArray();
      for (String cell : cells) {
        g.writeString(cell == null ? "" : cell);
      }
      g.writeEndArray();
    }
    out.append(record.getBuffer());
  }

  /** One comma-separated record as text. */
  public static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    try {
      line(sb, cells, ',');
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }
}
