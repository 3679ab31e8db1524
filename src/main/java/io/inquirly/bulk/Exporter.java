package io.inquirly.bulk;

import io.inquirly.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiException;
import io.inquirly.http.Cancelled;
import io.inquirly.http.Failure;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams every page of contacts (up to {@code concurrency} pages in flight, written in order) as CSV or JSONL in
 * the columns an import reads back, so re-importing an export with {@code --on-conflict update} changes nothing.
 * A file is written to a temporary sibling and renamed at the end: a failed or interrupted export leaves no
 * partial file. CSV without explicit columns is spooled to a temporary JSONL file first, to learn every custom
 * attribute key before the header is written (memory stays flat).
 */
public final class Exporter {
  /** Columns every CSV export starts with. */
  public static final List<String> FIXED = List.of("id", "name", "email", "phone_number", "identifier", "company",
      "city", "country_code");
  private static final Map<String, String> ADDITIONAL = Map.of("company", "company_name", "city", "city",
      "country_code", "country_code");

  /**
   * @param columns CSV columns, or null for the fixed ones plus labels (when asked) and every attribute key
   * @param output the file, or null for {@code stdout}
   */
  public record Options(ContactsRemote.Query query, Format format, List<String> columns, boolean labels,
      int concurrency, Path output, int maxAttempts) {}

  private final Options options;
  private final ContactsRemote remote;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();

  public Exporter(Options options, ContactsRemote remote) {
    this.options = options;
    this.remote = remote;
  }

  public void abort() {
    stopping.set(true);
  }

  public void awaitFinished(java.time.Duration max) {
    try {
      finished.get(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception ignored) {
      // exiting anyway
    }
  }

  /** Writes the export; returns the number of contacts. */
  public long run(OutputStream stdout) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.concurrency()), r -> {
      Thread t = new Thread(r, "inquirly-export");
      t.setDaemon(true);
      return t;
    });
    Path tmp = null;
    Path spool = null;
    try {
      boolean spooled = options.format() == Format.CSV && options.columns() == null;
      OutputStream target = stdout;
      if (options.output() != null) {
        Path parent = options.output().toAbsolutePath().getParent();
        tmp = Files.createTempFile(parent, "." + options.output().getFileName() + ".", ".tmp");
      }
      if (spooled) {
        spool = Files.createTempFile("inquirly-export-", ".jsonl");
      }
      long count;
      Set<String> additional = new TreeSet<>();
      Set<String> custom = new TreeSet<>();
      try (Writer w = new BufferedWriter(new OutputStreamWriter(spooled ? Files.newOutputStream(spool)
          : tmp != null ? Files.newOutputStream(tmp) : new NoClose(target), StandardCharsets.UTF_8), 1 << 16)) {
        List<String> columns = options.columns();
        if (!spooled && options.format() == Format.CSV) {
          line(w, columns);
        }
        count = walk(pool, record -> {
          ObjectNode r = importable(record);
          if (spooled) {
            r.path("additional_attributes").fieldNames().forEachRemaining(k -> {
              if (!ADDITIONAL.containsValue(k)) {
                additional.add(k);
              }
            });
            r.path("custom_attributes").fieldNames().forEachRemaining(custom::add);
            w.write(Json.compact(r));
            w.write('\n');
          } else if (options.format() == Format.CSV) {
            line(w, cells(r, columns));
          } else {
            w.write(Json.compact(r));
            w.write('\n');
          }
        });
      }
      if (spooled) {
        List<String> columns = new ArrayList<>(FIXED);
        if (options.labels()) {
          columns.add("labels");
        }
        additional.forEach(k -> columns.add("additional_attributes." + k));
        custom.forEach(k -> columns.add("custom_attributes." + k));
        try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8);
            Writer w = new BufferedWriter(new OutputStreamWriter(tmp != null ? Files.newOutputStream(tmp)
                : new NoClose(target), StandardCharsets.UTF_8), 1 << 16)) {
          line(w, columns);
          for (String l = in.readLine(); l != null; l = in.readLine()) {
            line(w, cells((ObjectNode) Json.parse(l), columns));
          }
        }
      }
      if (tmp != null) {
        Files.move(tmp, options.output(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      }
      return count;
    } finally {
      pool.shutdownNow();
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
      finished.complete(null);
    }
  }

  private interface Sink {
    void accept(JsonNode record) throws IOException;
  }

  /** Pages in order, up to {@code concurrency} in flight; labels fetched per contact when asked. */
  private long walk(ExecutorService pool, Sink sink) throws IOException {
    ContactsRemote.Page first = retrying(() -> remote.page(options.query(), 1));
    long count = 0;
    count += emit(pool, first.records(), sink);
    if (first.records().isEmpty()) {
      return count;
    }
    if (first.total() < 0) {
      ContactsRemote.Page page = first;
      for (int p = 2; page.more() && !page.records().isEmpty(); p++) {
        checkStop();
        int n = p;
        page = retrying(() -> remote.page(options.query(), n));
        count += emit(pool, page.records(), sink);
      }
      return count;
    }
    int perPage = first.records().size();
    long pages = (first.total() + perPage - 1) / perPage;
    Deque<CompletableFuture<ContactsRemote.Page>> window = new ArrayDeque<>();
    Iterator<Integer> next = java.util.stream.IntStream.rangeClosed(2, (int) pages).iterator();
    while (next.hasNext() || !window.isEmpty()) {
      while (next.hasNext() && window.size() < options.concurrency()) {
        int n = next.next();
        window.add(CompletableFuture.supplyAsync(() -> retrying(() -> remote.page(options.query(), n)), pool));
      }
      checkStop();
      count += emit(pool, join(window.poll()).records(), sink);
    }
    return count;
  }

  private long emit(ExecutorService pool, List<JsonNode> records, Sink sink) throws IOException {
    if (options.labels()) {
      List<CompletableFuture<List<String>>> labels = new ArrayList<>();
      for (JsonNode r : records) {
        long id = r.path("id").asLong();
        labels.add(CompletableFuture.supplyAsync(() -> retrying(() -> remote.labels(id)), pool));
      }
      for (int i = 0; i < records.size(); i++) {
        ArrayNode names = Json.array();
        join(labels.get(i)).forEach(names::add);
        ((ObjectNode) records.get(i)).set("labels", names);
      }
    }
    for (JsonNode r : records) {
      sink.accept(r);
    }
    return records.size();
  }

  private void checkStop() {
    if (stopping.get() || Thread.currentThread().isInterrupted()) {
      throw new Cancelled();
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private <T> T retrying(java.util.function.Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (ApiException e) {
        boolean again = e.failure() == Failure.RATE_LIMITED || e.failure() == Failure.SERVER
            || e.failure() == Failure.NETWORK;
        if (!again || attempt >= options.maxAttempts()) {
          throw e;
        }
        try {
          Thread.sleep(Math.min(30_000, 250L << attempt));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new Cancelled();
        }
      }
    }
  }

  /** The fields an import reads back. */
  static ObjectNode importable(JsonNode c) {
    ObjectNode o = Json.object();
    for (String f : List.of("id", "name", "email", "phone_number", "identifier")) {
      o.set(f, c.path(f).isMissingNode() ? null : c.get(f));
    }
    o.set("additional_attributes", c.path("additional_attributes").isObject() ? c.get("additional_attributes")
        : Json.object());
    o.set("custom_attributes", c.path("custom_attributes").isObject() ? c.get("custom_attributes")
        : Json.object());
    if (c.has("labels")) {
      o.set("labels", c.get("labels"));
    }
    return o;
  }

  static List<String> cells(ObjectNode r, List<String> columns) {
    List<String> cells = new ArrayList<>(columns.size());
    for (String col : columns) {
      JsonNode v;
      if (ADDITIONAL.containsKey(col)) {
        v = r.path("additional_attributes").path(ADDITIONAL.get(col));
      } else if (col.startsWith("additional_attributes.") || col.startsWith("custom_attributes.")) {
        int dot = col.indexOf('.');
        v = r.path(col.substring(0, dot)).path(col.substring(dot + 1));
      } else if (col.equals("labels")) {
        List<String> l = new ArrayList<>();
        r.path("labels").forEach(x -> l.add(x.asText()));
        cells.add(String.join(";", l));
        continue;
      } else {
        v = r.path(col);
      }
      cells.add(v == null || v.isNull() || v.isMissingNode() ? "" : v.isValueNode() ? v.asText() : v.toString());
    }
    return cells;
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(RejectsWriter.quote(cells.get(i), ','));
    }
    w.write("\r\n");
  }

  /** Stdout must stay open after the writer is closed. */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
