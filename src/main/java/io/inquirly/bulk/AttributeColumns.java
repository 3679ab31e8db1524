package io.inquirly.bulk;

import io.inquirly.common.CsvLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The columns of a CSV export without {@code --columns}: the fixed ones, then {@code additional_attributes.KEY}
 * and {@code custom_attributes.KEY} for every key any contact has, sorted. The header is written with the keys of
 * the first page; a key first seen later gets the next free cell (rows written before it simply lack the cell),
 * and {@link #rewrite} then puts every cell under the final, sorted header. Thread-safe: pages are turned into
 * rows on several threads.
 */
final class AttributeColumns {
  private static final List<String> GROUPS = List.of("additional_attributes", "custom_attributes");

  private final List<String> leading;
  /** Attribute columns in the order cells are written: the header's (sorted), then later ones as found. */
  private final List<String> keys = new ArrayList<>();
  private final Map<String, Integer> cellOf = new ConcurrentHashMap<>();
  private volatile int headerKeys;

  AttributeColumns(boolean labels) {
    List<String> l = new ArrayList<>(Exporter.FIXED);
    if (labels) {
      l.add("labels");
    }
    this.leading = List.copyOf(l);
  }

  /** Fixes the header's attribute columns: every key of these (first page) contacts, sorted. */
  synchronized void learnHeader(List<JsonNode> firstPage) {
    TreeSet<String> sorted = new TreeSet<>();
    for (JsonNode c : firstPage) {
      forEachAttribute(Exporter.importable(c), (column, value) -> sorted.add(column));
    }
    sorted.forEach(this::cell);
    headerKeys = keys.size();
  }

  synchronized List<String> header() {
    List<String> h = new ArrayList<>(leading);
    h.addAll(keys.subList(0, headerKeys));
    return h;
  }

  /** Whether a key turned up after the header was written: then the rows need {@link #rewrite}. */
  synchronized boolean grew() {
    return keys.size() > headerKeys;
  }

  /** The row of a contact (as {@link Exporter#importable} shows it) in the order cells are written. */
  List<String> cells(ObjectNode contact) {
    List<String> cells = Exporter.cells(contact, leading);
    for (int i = 0; i < headerKeys; i++) {
      cells.add("");
    }
    forEachAttribute(contact, (column, value) -> {
      int at = leading.size() + cell(column);
      while (cells.size() <= at) {
        cells.add("");
      }
      cells.set(at, Exporter.cellText(value));
    });
    return cells;
  }

  /** Copies the rows written to {@code file} (after its provisional header) under the final, sorted header. */
  void rewrite(Path file, Writer out) throws IOException {
    List<String> found;
    synchronized (this) {
      found = List.copyOf(keys);
    }
    List<String> sorted = new ArrayList<>(new TreeSet<>(found));
    int[] target = new int[found.size()];
    for (int i = 0; i < target.length; i++) {
      target[i] = leading.size() + sorted.indexOf(found.get(i));
    }
    List<String> header = new ArrayList<>(leading);
    header.addAll(sorted);
    CsvLines.line(out, header, ',');
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
            .readValues(in)) {
      rows.next();
      String[] row = new String[header.size()];
      while (rows.hasNext()) {
        String[] written = rows.next();
        Arrays.fill(row, "");
        System.arraycopy(written, 0, row, 0, leading.size());
        for (int i = leading.size(); i < written.length; i++) {
          row[target[i - leading.size()]] = written[i];
        }
        CsvLines.line(out, Arrays.asList(row), ',');
      }
    }
  }

  /** The cell (counted after the leading columns) of an attribute column, given the next free one if new. */
  private int cell(String column) {
    Integer at = cellOf.get(column);
    if (at != null) {
      return at;
    }
    synchronized (this) {
      return cellOf.computeIfAbsent(column, c -> {
        keys.add(c);
        return keys.size() - 1;
      });
    }
  }

  private interface AttributeSink {
    void accept(String column, JsonNode value);
  }

  /** Every attribute of the contact as (column, value), except those the fixed columns show. */
  private static void forEachAttribute(ObjectNode contact, AttributeSink sink) {
    for (String group : GROUPS) {
      contact.path(group).properties().forEach(e -> {
        if (!(group.equals("additional_attributes") && Exporter.SHOWN_ADDITIONAL.contains(e.getKey()))) {
          sink.accept(group + "." + e.getKey(), e.getValue());
        }
      });
    }
  }
}
