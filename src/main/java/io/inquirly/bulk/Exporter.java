package io.inquirly.bulk;

import io.inquirly.common.CsvLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.common.OutputFile;
import io.inquirly.http.Cancelled;
import io.inquirly.http.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams every page of contacts as CSV or JSONL in the columns an import reads back, so re-importing an export
 * with {@code --on-conflict update} changes nothing. {@code concurrency} threads each keep one page request in
 * flight and turn the page into output text; the pages are written in order. A file is written to a temporary
 * sibling and renamed at the end: a failed or interrupted export leaves no partial file.
 *
 * <p>CSV without explicit columns needs every attribute key in its header. The header is written with the keys of
 * the first page; when a later page brings a new key, the rows written so far lack its cell, and the file is
 * rewritten once at the end with the full header (memory stays flat either way).
 */
public final class Exporter {
  /** Columns every CSV export starts with. */
  public static final List<String> FIXED = List.of("id", "name", "email", "phone_number", "identifier", "company",
      "city", "country_code");
  private static final Map<String, String> ADDITIONAL = Map.of("company", "company_name", "city", "city",
      "country_code", "country_code");
  /** The additional attributes the fixed columns show (the others get a column of their own). */
  static final Set<String> SHOWN_ADDITIONAL = Set.copyOf(ADDITIONAL.values());
  /** Pages fetched ahead of the one being written, per thread: no thread waits for a slow page before it. */
  private static final int AHEAD_PER_THREAD = 4;

  /**
   * @param columns CSV columns, or null for the fixed ones plus labels (when asked) and every attribute key
   * @param output the file, or null for {@code stdout}
   */
  public record Options(ContactsRemote.Query query, Format format, List<String> columns, boolean labels,
      int concurrency, Path output) {}

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
    // a device or a pipe named by --output (/dev/stdout, a FIFO) is written into as stdout is
    OutputStream direct = options.output() != null && !OutputFile.replacedWhole(options.output())
        ? Files.newOutputStream(options.output()) : null;
    OutputStream plain = direct != null ? direct : stdout;
    try {
      AttributeColumns discovered = options.format() == Format.CSV && options.columns() == null
          ? new AttributeColumns(options.labels()) : null;
      if (options.output() != null && direct == null) {
        Path parent = options.output().toAbsolutePath().getParent();
        tmp = Files.createTempFile(parent, "." + options.output().getFileName() + ".", ".tmp");
      }
      // Discovered columns may need the rewrite at the end, which cannot happen on stdout: spool it.
      if (discovered != null && tmp == null) {
        spool = Files.createTempFile("inquirly-export-", ".csv");
      }
      Path written = spool != null ? spool : tmp;
      long count;
      try (Writer w = writer(written != null ? Files.newOutputStream(written) : OutputFile.keptOpen(plain))) {
        count = walk(pool, w, discovered);
      }
      if (discovered != null && discovered.grew()) {
        Path rewritten = tmp != null ? Files.createTempFile(tmp.getParent(), "." + options.output().getFileName()
            + ".", ".tmp") : null;
        try (Writer w = writer(rewritten != null ? Files.newOutputStream(rewritten) : OutputFile.keptOpen(plain))) {
          discovered.rewrite(written, w);
        } catch (IOException | RuntimeException e) {
          if (rewritten != null) {
            Files.deleteIfExists(rewritten);
          }
          throw e;
        }
        if (rewritten != null) {
          Files.delete(tmp);
          tmp = rewritten;
        }
      } else if (spool != null) {
        try (OutputStream out = OutputFile.keptOpen(plain)) {
          Files.copy(spool, out);
        }
      }
      if (tmp != null) {
        Files.move(tmp, options.output(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      }
      return count;
    } finally {
      pool.shutdownNow();
      if (direct != null) {
        direct.close();
      }
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
      finished.complete(null);
    }
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** A page turned into output text. */
  private record Chunk(String text, int records) {}

  /**
   * Page 1 first (its total says how many pages follow, its keys make the header), then pages 2.. on
   * {@code concurrency} threads that each keep one request in flight, written in page order.
   */
  private long walk(ExecutorService pool, Writer w, AttributeColumns discovered) throws IOException {
    ContactsRemote.Page first = remote.page(options.query(), 1);
    if (discovered != null) {
      discovered.learnHeader(first.records());
      CsvLines.line(w, discovered.header(), ',');
    } else if (options.format() == Format.CSV) {
      CsvLines.line(w, options.columns(), ',');
    }
    Chunk chunk = render(first.records(), discovered);
    w.write(chunk.text());
    long count = chunk.records();
    if (first.records().isEmpty()) {
      return count;
    }
    if (first.total() < 0) {
      // a search tells only whether more pages follow: one after the other
      ContactsRemote.Page page = first;
      for (int p = 2; page.more() && !page.records().isEmpty(); p++) {
        checkStop();
        int n = p;
        page = remote.page(options.query(), n);
        chunk = render(page.records(), discovered);
        w.write(chunk.text());
        count += chunk.records();
      }
      return count;
    }
    int perPage = first.records().size();
    int last = (int) ((first.total() + perPage - 1) / perPage);
    Map<Integer, CompletableFuture<Chunk>> pages = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger(2);
    // Bounds the pages fetched but not yet written, so memory stays flat however slow the writer is.
    Semaphore ahead = new Semaphore(Math.max(1, options.concurrency()) * AHEAD_PER_THREAD);
    for (int t = 0; t < Math.max(1, options.concurrency()); t++) {
      pool.execute(() -> fetchPages(pages, next, last, ahead, discovered));
    }
    for (int p = 2; p <= last; p++) {
      checkStop();
      chunk = join(pages.computeIfAbsent(p, k -> new CompletableFuture<>()));
      pages.remove(p);
      ahead.release();
      w.write(chunk.text());
      count += chunk.records();
    }
    return count;
  }

  /** One fetching thread: takes the next page number until none is left; a failure is handed to the writer. */
  private void fetchPages(Map<Integer, CompletableFuture<Chunk>> pages, AtomicInteger next, int last,
      Semaphore ahead, AttributeColumns discovered) {
    while (true) {
      try {
        ahead.acquire();
      } catch (InterruptedException e) {
        return; // the export ended
      }
      int n = next.getAndIncrement();
      if (n > last) {
        return;
      }
      CompletableFuture<Chunk> slot = pages.computeIfAbsent(n, k -> new CompletableFuture<>());
      try {
        if (stopping.get()) {
          throw new Cancelled();
        }
        slot.complete(render(remote.page(options.query(), n).records(), discovered));
      } catch (RuntimeException e) {
        slot.completeExceptionally(e);
      }
    }
  }

  /** The page's records as output text (labels fetched first when asked); runs on the fetching threads. */
  private Chunk render(List<JsonNode> records, AttributeColumns discovered) {
    if (options.labels()) {
      for (JsonNode r : records) {
        long id = r.path("id").asLong();
        ArrayNode names = Json.array();
        remote.labels(id).forEach(names::add);
        ((ObjectNode) r).set("labels", names);
      }
    }
    StringBuilder text = new StringBuilder(records.size() * 160);
    try {
      for (JsonNode record : records) {
        if (discovered != null) {
          CsvLines.line(text, discovered.cells(importable(record)), ',');
        } else if (options.format() == Format.CSV) {
          // columns a person chose: any field of the contact (created_at too), not only the importable ones
          CsvLines.line(text, cells((ObjectNode) record, options.columns()), ',');
        } else {
          text.append(Json.compact(importable(record))).append('\n');
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return new Chunk(text.toString(), records.size());
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
      cells.add(cellText(v));
    }
    return cells;
  }

  /** A value as a CSV cell: blank for none, the text of a scalar, JSON for an object or array. */
  public static String cellText(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? "" : Json.text(v);
  }
}
