package io.inquirly.output;

import io.inquirly.common.CsvLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders the records of one command on stdout, in the format of {@link OutputOptions}.
 *
 * <ul>
 *   <li>{@code json}: one document; a list is one array, streamed record by record (jq-style pretty
 *       printing, 2-space indent, {@code "key": value}); a single record is one pretty object.
 *   <li>{@code jsonl}: one compact JSON value per line.
 *   <li>{@code yaml}: a list is a sequence (streamed), a single record a mapping; no "---".
 *   <li>{@code csv}: RFC 4180, header row of the column paths as given, then one row per record.
 *   <li>{@code ids}: the {@code id} of each record, else {@code display_id}, else {@code source_id},
 *       else nothing for that record; one per line.
 *   <li>{@code table}: on a TTY aligned and fitted to the width ({@link Table}), readable headers ({@link
 *       #headers}), times, durations and enumerations for people ({@link Cells#tableCell}); tab-separated
 *       when piped (never cut, ISO 8601 times). An empty list prints nothing. A single record is a
 *       KEY/VALUE table of its fields (nested objects indented on a TTY, dotted paths piped).
 *   <li>{@code wide}: a table of every column, not fitted to the terminal.
 * </ul>
 *
 * <p>Columns: {@code --columns} if given, else the command's defaults, else the top-level fields of
 * the first record. They apply to table and csv only (and to single records as table/csv).
 *
 * <p>{@code --jq} wins over {@code -o}: when an expression is given, the JSON form of the output
 * (the array of a list, the object of a single record, the raw body) is filtered and each result is
 * printed on its own line, strings raw (no quotes, like {@code gh --jq}), other values as compact
 * JSON, whatever {@code -o} says. Lists are buffered in that case.
 *
 * <p>Not thread-safe; create one per command run. Holds no static mutable state.
 */
public final class Output {
  private final OutputOptions options;
  private final PrintStream out;
  private final Jq jq;
  private final Consumer<String> warn;

  /**
   * Compiles {@code --jq} immediately so a syntax error surfaces before any request is sent.
   *
   * @throws OutputException when the jq expression does not compile
   */
  public Output(OutputOptions options, PrintStream out) {
    this(options, out, message -> {});
  }

  /** @param warn receives warnings for people (a {@code --columns} path that matched nothing in a csv) */
  public Output(OutputOptions options, PrintStream out, Consumer<String> warn) {
    this.options = Objects.requireNonNull(options, "options");
    this.out = Objects.requireNonNull(out, "out");
    this.warn = Objects.requireNonNull(warn, "warn");
    this.jq = options.jq() == null ? null : Jq.compile(options.jq());
  }


  /**
   * A sink for a list of records; {@code defaultColumns} (may be null) apply to table/csv when
   * {@code --columns} is not given. Close it to finish the document.
   */
  public RecordSink list(List<String> defaultColumns) {
    if (jq != null) {
      return new JqSink();
    }
    switch (options.format()) {
      case JSON:
        return new JsonSink();
      case JSONL:
        return new LineSink(Output::compact);
      case IDS:
        return new LineSink(Output::idOf);
      case YAML:
        return new YamlSink();
      case CSV:
        return new CsvSink(columns(defaultColumns));
      case TABLE:
      case WIDE:
      default:
        return new TableSink(columns(defaultColumns));
    }
  }

  /**
   * One record: table prints a KEY/VALUE table (all fields flattened to dotted keys, or the {@code
   * --columns}; the defaults are not used); json pretty; jsonl compact; yaml a mapping; csv a header
   * and one row; ids its id.
   */
  public void single(JsonNode record, List<String> defaultColumns) {
    JsonNode value = record == null ? NullNode.getInstance() : record;
    if (jq != null) {
      applyJq(value);
      return;
    }
    switch (options.format()) {
      case JSON:
        out.print(pretty(value) + "\n");
        break;
      case JSONL:
        out.print(compact(value) + "\n");
        break;
      case IDS:
        String id = idOf(value);
        if (id != null) {
          out.print(id + "\n");
        }
        break;
      case YAML:
        out.print(Yaml.document(value));
        break;
      case CSV:
        try (RecordSink sink = new CsvSink(columns(defaultColumns))) {
          sink.add(value);
        }
        break;
      case TABLE:
      case WIDE:
      default:
        keyValueTable(value);
    }
  }

  /**
   * The server body untouched ({@code --raw}): pretty JSON whatever {@code -o} says (jq applies if
   * given). A null or missing body (e.g. 204) prints nothing, unless jq is given (then it sees null).
   */
  public void raw(JsonNode body) {
    boolean empty = body == null || body.isMissingNode();
    if (jq != null) {
      applyJq(empty ? NullNode.getInstance() : body);
    } else if (!empty) {
      out.print(pretty(body) + "\n");
    }
  }

  // ---------------------------------------------------------------------------------------------

  private List<String> columns(List<String> defaults) {
    if (options.columns() != null) {
      return options.columns();
    }
    if (defaults != null && !defaults.isEmpty()) {
      return List.copyOf(defaults);
    }
    return null; // decided from the first record
  }

  private void applyJq(JsonNode input) {
    jq.apply(
        input,
        result -> out.print((result.isTextual() ? result.asText() : compact(result)) + "\n"));
  }

  /**
   * KEY/VALUE rows: the {@code --columns} as given, else every field; on a TTY nested objects are indented
   * under their key (as kubectl describe does) so the key column stays narrow, piped they are dotted paths.
   */
  private void keyValueTable(JsonNode record) {
    boolean tty = options.tty();
    List<List<String>> rows = new ArrayList<>();
    if (options.columns() != null) {
      checkColumns(List.of(record), options.columns());
      for (String c : options.columns()) {
        rows.add(List.of(Cells.sanitise(c), Cells.tableCell(c, Paths.resolve(record, c), tty)));
      }
    } else if (tty && record.isObject()) {
      indented("", "", record, rows);
    } else {
      for (Map.Entry<String, JsonNode> e : Paths.flatten(record).entrySet()) {
        rows.add(
            List.of(Cells.sanitise(e.getKey()), Cells.tableCell(e.getKey(), e.getValue(), tty)));
      }
    }
    if (!rows.isEmpty()) {
      Table.print(out, List.of("key", "value"), rows, new boolean[] {true, false}, tty, bold(),
          options.width(), Table.Layout.KEY_VALUE);
    }
  }

  private static void indented(String indent, String prefix, JsonNode object, List<List<String>> rows) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      String key = indent + Cells.sanitise(e.getKey());
      JsonNode value = e.getValue();
      if (value.isObject() && value.size() > 0) {
        rows.add(List.of(key, ""));
        indented(indent + "  ", path, value, rows);
      } else {
        rows.add(List.of(key, Cells.tableCell(path, value, true)));
      }
    }
  }

  /**
   * A {@code --columns} path that no record has is a typo: refused before anything is printed (the records
   * are buffered), naming the fields there are.
   */
  private void checkColumns(List<JsonNode> records, List<String> columns) {
    if (records.isEmpty()) {
      return;
    }
    for (String c : columns) {
      if (!anyHas(records, c)) {
        throw new OutputException("--columns: '" + c + "' matches nothing in "
            + (records.size() == 1 ? "the record" : "any of the " + records.size() + " records")
            + "; its fields: " + String.join(", ", Paths.fieldNames(records.get(0))));
      }
    }
  }

  private static boolean anyHas(List<JsonNode> records, String column) {
    for (JsonNode r : records) {
      if (!Paths.resolve(r, column).isMissingNode()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Readable table headers for column paths: the last segment ({@code custom_attributes.plan} → PLAN), the
   * object for its name ({@code meta.sender.name} → SENDER), {@code inbox.id} → INBOX_ID; the whole path
   * when two columns would read the same.
   */
  static List<String> headers(List<String> columns) {
    List<String> names = new ArrayList<>(columns.size());
    for (String c : columns) {
      names.add(header(c));
    }
    List<String> out = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      out.add(java.util.Collections.frequency(names, names.get(i)) > 1 ? columns.get(i) : names.get(i));
    }
    return out;
  }

  private static String header(String path) {
    String[] segments = path.split("\\.", -1);
    int last = segments.length - 1;
    String leaf = segments[last];
    if (last == 0 || segments[last - 1].isEmpty() || Character.isDigit(segments[last - 1].charAt(0))) {
      return leaf.isEmpty() ? path : leaf;
    }
    String parent = segments[last - 1];
    if (leaf.equals("name") || leaf.equals("title")) {
      return parent;
    }
    return leaf.equals("id") ? parent + "_id" : leaf;
  }

  /**
   * Columns never cut on a terminal: ids, times, durations, counts, and columns whose values are all numbers,
   * booleans or phone-number-like text.
   */
  private static boolean fixed(String column, List<JsonNode> records) {
    String leaf = Paths.leaf(column);
    if (leaf.equals("id") || leaf.endsWith("_id") || Cells.isTime(leaf) || leaf.endsWith("_time")
        || leaf.endsWith("_count")) {
      return true;
    }
    for (JsonNode r : records) {
      JsonNode v = Paths.resolve(r, column);
      if (!(v.isMissingNode() || v.isNull() || v.isNumber() || v.isBoolean()
          || v.isTextual() && numberLike(v.asText()))) {
        return false;
      }
    }
    return true;
  }

  /** "+1 757 555-0142", "42", "3.5": digits with a leading + and separators. */
  private static boolean numberLike(String s) {
    if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '+')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')')) {
        return false;
      }
    }
    return true;
  }

  private boolean bold() {
    return options.tty() && options.color();
  }

  static String compact(JsonNode value) {
    return Cells.compact(value);
  }

  static String pretty(JsonNode value) {
    return io.inquirly.http.Json.pretty(value);
  }

  /** id, else display_id, else source_id (non-null scalars as text, others compact), else null. */
  static String idOf(JsonNode record) {
    if (record != null && record.isValueNode() && !record.isNull()) {
      return record.asText(); // a list of plain values: each value is its own id
    }
    for (String field : new String[] {"id", "display_id", "source_id"}) {
      JsonNode v = record == null ? null : record.get(field);
      if (v != null && !v.isNull()) {
        return v.isValueNode() ? v.asText() : compact(v);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------

  private abstract static class Sink implements RecordSink {
    private long count;
    private boolean closed;

    @Override
    public final void add(JsonNode record) {
      if (closed) {
        throw new IllegalStateException("sink is closed");
      }
      JsonNode value = record == null ? NullNode.getInstance() : record;
      count++;
      accept(value);
    }

    @Override
    public final void close() {
      if (!closed) {
        closed = true;
        finish();
      }
    }

    @Override
    public final long count() {
      return count;
    }

    abstract void accept(JsonNode record);

    abstract void finish();
  }

  /** One array document, printed element by element. */
  private final class JsonSink extends Sink {
    @Override
    void accept(JsonNode record) {
      String element = pretty(record).replace("\n", "\n  ");
      out.print((count() == 1 ? "[\n  " : ",\n  ") + element);
      out.flush();
    }

    @Override
    void finish() {
      out.print(count() == 0 ? "[]\n" : "\n]\n");
      out.flush();
    }
  }

  /** One line per record (jsonl, ids); a null line is skipped. */
  private final class LineSink extends Sink {
    private final java.util.function.Function<JsonNode, String> render;

    LineSink(java.util.function.Function<JsonNode, String> render) {
      this.render = render;
    }

    @Override
    void accept(JsonNode record) {
      String line = render.apply(record);
      if (line != null) {
        out.print(line + "\n");
      }
    }

    @Override
    void finish() {
      out.flush();
    }
  }

  private final class YamlSink extends Sink {
    @Override
    void accept(JsonNode record) {
      out.print(Yaml.sequenceItem(record));
    }

    @Override
    void finish() {
      if (count() == 0) {
        out.print("[]\n");
      }
      out.flush();
    }
  }

  /** Header at the first record (or at close when empty and the columns are known). */
  private final class CsvSink extends Sink {
    private List<String> columns;
    private boolean headerDone;
    private final java.util.Set<String> matched = new java.util.HashSet<>();

    CsvSink(List<String> columns) {
      this.columns = columns;
    }

    private void header() {
      if (!headerDone) {
        headerDone = true;
        out.print(CsvLines.line(columns));
      }
    }

    @Override
    void accept(JsonNode record) {
      if (columns == null) {
        columns = Paths.fieldNames(record);
      }
      header();
      List<String> row = new ArrayList<>(columns.size());
      for (String c : columns) {
        JsonNode v = Paths.resolve(record, c);
        if (!v.isMissingNode()) {
          matched.add(c);
        }
        row.add(Cells.text(v, ";"));
      }
      out.print(CsvLines.line(row));
    }

    @Override
    void finish() {
      if (columns != null && !columns.isEmpty()) {
        header();
      }
      out.flush();
      if (count() > 0 && options.columns() != null) {
        for (String c : options.columns()) {
          if (!matched.contains(c)) {
            warn.accept("--columns: '" + c + "' matched nothing in any record: its column is empty");
          }
        }
      }
    }
  }

  /** Buffers all records: alignment needs every width. */
  private final class TableSink extends Sink {
    private final List<JsonNode> records = new ArrayList<>();
    private List<String> columns;

    TableSink(List<String> columns) {
      this.columns = columns;
    }

    @Override
    void accept(JsonNode record) {
      if (columns == null) {
        columns = Paths.fieldNames(record);
      }
      records.add(record);
    }

    @Override
    void finish() {
      if (records.isEmpty() || columns.isEmpty()) {
        return;
      }
      if (options.columns() != null) {
        checkColumns(records, columns);
      }
      boolean tty = options.tty();
      List<List<String>> rows = new ArrayList<>(records.size());
      for (JsonNode r : records) {
        List<String> row = new ArrayList<>(columns.size());
        for (String c : columns) {
          row.add(Cells.tableCell(c, Paths.resolve(r, c), tty));
        }
        rows.add(row);
      }
      boolean[] fixed = new boolean[columns.size()];
      if (tty) {
        for (int i = 0; i < fixed.length; i++) {
          fixed[i] = fixed(columns.get(i), records);
        }
      }
      Table.Layout layout = options.format() == Format.WIDE ? Table.Layout.WIDE
          : options.columns() != null ? Table.Layout.CHOSEN : Table.Layout.LIST;
      Table.print(out, headers(columns), rows, fixed, tty, bold(), options.width(), layout);
      out.flush();
    }
  }

  /** Buffers the list as one array, then filters it. */
  private final class JqSink extends Sink {
    private final ArrayNode array = io.inquirly.http.Json.array();

    @Override
    void accept(JsonNode record) {
      array.add(record);
    }

    @Override
    void finish() {
      applyJq(array);
      out.flush();
    }
  }
}
