package io.inquirly.bulk;

import io.inquirly.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Streams the rows of a CSV (header row, RFC 4180 quoting, UTF-8 with or without BOM) or JSONL input. Only one
 * row is held at a time. Bad encoding or malformed input is a {@link BulkInputException} naming the row.
 */
public final class RowReader implements Iterator<Row>, Closeable {

  private final Reader reader;
  private final Format format;
  private final String name;
  private MappingIterator<String[]> csv;
  private List<String> header;
  private BufferedReader lines;
  private long lineNumber;
  private long rowNumber;
  private Row next;

  private RowReader(InputStream in, Format format, char delimiter, String name) throws IOException {
    this.format = format;
    this.name = name;
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    skipBom(buffered);
    // Malformed bytes become U+FFFD and are reported at the row that holds them: the parsers read ahead, so a
    // decoder error would name the wrong row.
    this.reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    if (format == Format.CSV) {
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
      csv = mapper.readerFor(String[].class).with(schema).readValues(reader);
      String[] first = nextCsv();
      if (first == null) {
        throw new BulkInputException(name + " is empty: a CSV file needs a header row", null);
      }
      header = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String h : first) {
        String column = h == null ? "" : h.strip();
        if (column.indexOf('\uFFFD') >= 0) {
          throw badEncoding("the header (column " + (header.size() + 1) + ")");
        }
        if (column.isEmpty()) {
          throw new BulkInputException(name + ": the header has an empty column name (column " + (header.size() + 1)
              + ")", "name every column, or remove the empty one");
        }
        if (!seen.add(column)) {
          throw new BulkInputException(name + ": the header names column '" + column + "' twice", null);
        }
        header.add(column);
      }
    } else {
      lines = new BufferedReader(reader, 1 << 16);
    }
  }

  /** Opens a stream (closed with this reader). */
  public static RowReader open(InputStream in, Format format, char delimiter, String name) {
    try {
      return new RowReader(in, format, delimiter, name);
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + name + ": " + e.getMessage(), null);
    }
  }

  /** The CSV header (empty for JSONL). */
  public List<String> header() {
    return header == null ? List.of() : List.copyOf(header);
  }

  private static void skipBom(InputStream in) throws IOException {
    in.mark(3);
    byte[] b = in.readNBytes(3);
    if (!(b.length == 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf)) {
      in.reset();
    }
  }

  private String[] nextCsv() {
    try {
      return csv.hasNextValue() ? csv.nextValue() : null;
    } catch (CharacterCodingException e) {
      throw badEncoding();
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw badEncoding();
      }
      throw new BulkInputException(name + ": malformed CSV at row " + (rowNumber + 1) + " (line "
          + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), "check the quoting of that row");
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + name + ": " + e.getMessage(), null);
    } catch (RuntimeException e) {
      Throwable c = e.getCause();
      if (c instanceof CharacterCodingException) {
        throw badEncoding();
      }
      throw new BulkInputException(name + ": malformed CSV at row " + (rowNumber + 1) + ": "
          + (c != null ? c.getMessage() : e.getMessage()), "check the quoting of that row");
    }
  }

  private BulkInputException badEncoding() {
    return badEncoding(header == null ? "the header" : "row " + (rowNumber + 1));
  }

  private BulkInputException badEncoding(String where) {
    return new BulkInputException(name + ": invalid UTF-8 at " + where,
        "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 FILE > FILE.utf8)");
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = read();
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row r = next;
    next = null;
    return r;
  }

  private Row read() {
    if (format == Format.CSV) {
      String[] cells = nextCsv();
      if (cells == null) {
        return null;
      }
      rowNumber++;
      if (cells.length > header.size()) {
        boolean extraBlank = true;
        for (int i = header.size(); i < cells.length; i++) {
          extraBlank &= cells[i] == null || cells[i].isBlank();
        }
        if (!extraBlank) {
          throw new BulkInputException(name + ": row " + rowNumber + " has " + cells.length + " cells but the header has "
              + header.size() + " columns", "quote cells that contain the delimiter");
        }
      }
      for (String c : cells) {
        if (c != null && c.indexOf('\uFFFD') >= 0) {
          throw badEncoding("row " + rowNumber);
        }
      }
      LinkedHashMap<String, JsonNode> columns = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i), TextNode.valueOf(i < cells.length && cells[i] != null ? cells[i] : ""));
      }
      return new Row(rowNumber, columns);
    }
    while (true) {
      String line;
      try {
        line = lines.readLine();
      } catch (CharacterCodingException e) {
        throw new BulkInputException(name + ": invalid UTF-8 at line " + (lineNumber + 1),
            "save the file as UTF-8");
      } catch (IOException e) {
        throw new BulkInputException("cannot read " + name + ": " + e.getMessage(), null);
      }
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (line.indexOf('\uFFFD') >= 0) {
        throw new BulkInputException(name + ": invalid UTF-8 at line " + lineNumber, "save the file as UTF-8");
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = Json.parse(line);
      } catch (IOException e) {
        throw new BulkInputException(name + ": line " + lineNumber + " is not JSON", "write one JSON object per line");
      }
      if (node == null || !node.isObject()) {
        throw new BulkInputException(name + ": line " + lineNumber + " is not a JSON object",
            "write one JSON object per line");
      }
      LinkedHashMap<String, JsonNode> columns = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> columns.put(e.getKey(), e.getValue()));
      return new Row(lineNumber, columns);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // closing a read-only stream
    }
  }
}
