package io.inquirly.bulk;

import io.inquirly.bulk.Journal.Outcome;
import io.inquirly.http.Cancelled;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports contacts exactly once. This class runs the phases and plans each row; each job is its own piece:
 * (1) {@link ImportFile} reads the whole input once, checking encoding, columns and every row locally and hashing
 * it; (2) the {@link Journal} is opened (resume: finished rows are skipped); (3) a {@link ContactLookup} finds the
 * existing contacts into a {@link ContactIndex} ({@link ListLookup}: every one up front; {@link FilterLookup}: the
 * rows' keys, on the workers); (4) the rows are read again, planned (create, update, unchanged, skip, reject) and
 * handed to a {@link KeyedDispatcher}, which runs them on {@code concurrency} workers so that rows sharing a key never
 * run at once (a later duplicate waits for the earlier one and then updates the contact it made); a
 * {@link RowWriter} writes each row. Retries, rate limits and pacing are the HTTP client's (one policy for the
 * process); the importer only tells it how to find out whether a create whose answer was lost landed (by the row's
 * keys), so that it is never sent twice.
 */
public final class Importer {
  /** What to do when a row matches an existing contact. */
  public enum OnConflict { SKIP, UPDATE, FAIL }

  /**
   * How existing contacts are found: LIST reads every contact into the index (one request per page of 15),
   * FILTER asks the server about the rows' keys (one request per few rows), AUTO picks the one that costs fewer
   * requests.
   */
  public enum Lookup { AUTO, LIST, FILTER }

  /**
   * @param input the file (stdin is spooled to a file first by the caller)
   * @param name the file name shown in messages
   * @param crashAtRow tests: stop abruptly (journal batch lost, workers killed) when this row is reached; 0 = never
   */
  public record Options(Path input, String name, Format format, char delimiter, Mapping mapping,
      OnConflict onConflict, Lookup lookup, Long inboxId, int concurrency, Path journal, String target, Path rejects,
      boolean restart, boolean dryRun, int journalBatch, long crashAtRow) {}

  /**
   * The result of a run. {@code earlier} counts rows finished by previous runs (resume); {@code existing} is the
   * account's contact count; {@code lookup} how they were found (LIST or FILTER).
   */
  public record Report(long rows, Map<Outcome, Long> outcomes, Map<Outcome, Long> earlier, long existing,
      Lookup lookup, Duration elapsed, Path journal, Path rejects, boolean dryRun) {
    public long rejected() {
      return outcomes.getOrDefault(Outcome.REJECTED, 0L) + earlier.getOrDefault(Outcome.REJECTED, 0L);
    }
  }

  /** Thrown when a simulated crash stops the run (tests). */
  public static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(long row) {
      super("simulated crash at row " + row);
    }
  }

  private final Options options;
  private final ContactsRemote remote;
  private final ImportFile file;
  private final Outcomes outcomes = new Outcomes();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private volatile long total = -1;
  private volatile long alreadyDone;
  private volatile long started = System.nanoTime();
  private volatile String phase = "reading";
  private Journal journal;
  private ContactIndex index;
  private ContactLookup lookup;
  private RowWriter writer;

  private final AtomicLong unlisted = new AtomicLong();

  public Importer(Options options, ContactsRemote remote) {
    this.options = options;
    this.remote = remote;
    this.file = new ImportFile(options.input(), options.name(), options.format(), options.delimiter(),
        options.mapping());
  }

  /** A snapshot for a progress display. */
  public record Progress(String phase, long done, long total, long rejected, Duration elapsed, long doneThisRun) {}

  public Progress progress() {
    long thisRun = outcomes.total();
    return new Progress(phase, alreadyDone + thisRun, total, outcomes.get(Outcome.REJECTED),
        Duration.ofNanos(System.nanoTime() - started), thisRun);
  }

  /**
   * Contacts this run created (or, dry, would create) from rows with only a name: the server's lists and
   * searches show only contacts with an e-mail, phone number or identifier
   * (chatwoot-4.10/app/models/contact.rb, {@code resolved_contacts}).
   */
  public long unlistedCreated() {
    return unlisted.get();
  }

  /** Stops dispatching rows (Ctrl-C): rows in flight finish, the journal is flushed, run() throws Cancelled. */
  public void abort() {
    stopping.set(true);
  }

  /** Waits until run() has flushed the journal and returned (for a shutdown hook). */
  public void awaitFinished(Duration max) {
    try {
      finished.get(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception ignored) {
      // best effort: the process is exiting
    }
  }

  public Report run() {
    try {
      return doRun();
    } finally {
      finished.complete(null);
    }
  }

  private Report doRun() {
    ImportFile.Scan scan = file.check();
    total = scan.rows();
    if (!options.dryRun()) {
      journal = Journal.open(options.journal(), scan.digest(), options.target(), options.restart(),
          options.journalBatch());
      alreadyDone = journal.doneCount();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.concurrency()), r -> {
      Thread t = new Thread(r, "inquirly-import");
      t.setDaemon(true);
      return t;
    });
    boolean crashed = false;
    try {
      phase = "indexing";
      index = new ContactIndex(scan.targets(), options.inboxId());
      writer = new RowWriter(remote, index, options.inboxId());
      long existing;
      try {
        ContactsRemote.Page first = remote.page(ContactsRemote.Query.all(), 1);
        first.records().forEach(index::add);
        Lookup way = options.lookup() != Lookup.AUTO ? options.lookup()
            : ContactLookup.cheaper(first, scan, alreadyDone);
        lookup = way == Lookup.FILTER ? new FilterLookup(remote, index) : new ListLookup(remote, index, pool);
        existing = lookup.start(first);
      } catch (RuntimeException e) {
        rebuildRejectsQuietly();
        throw e;
      }
      phase = "importing";
      started = System.nanoTime();
      long t0 = System.nanoTime();
      try {
        send(new KeyedDispatcher(pool, Math.max(1, options.concurrency()) * 2));
      } catch (Crash c) {
        crashed = true;
        pool.shutdownNow();
        throw c;
      }
      pool.shutdown();
      awaitPool(pool);
      // the rejects file is rebuilt from the journal at the end of every run, a failed or interrupted one too
      Path rejects = null;
      if (!options.dryRun()) {
        journal.flush();
        rejects = writeRejects(journal.rejected());
      }
      if (fatal.get() != null) {
        throw fatal.get();
      }
      if (stopping.get()) {
        throw new Cancelled();
      }
      Map<Outcome, Long> earlier = options.dryRun() ? Map.of() : journal.earlier();
      return new Report(scan.rows(), outcomes.asMap(), earlier, existing, lookup.way(),
          Duration.ofNanos(System.nanoTime() - t0), options.dryRun() ? null : options.journal(), rejects,
          options.dryRun());
    } finally {
      pool.shutdownNow();
      if (journal != null && !crashed) {
        journal.close();
      }
    }
  }

  private static void awaitPool(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // rows in flight finish first
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  // ---- plan and send ----

  /** Rows read but not yet sent, that a worker looks up together (a {@link ContactLookup#batches()} lookup). */
  private static final class Batch {
    final List<Draft> rows = new ArrayList<>();
    final Set<Long> keyHashes = new HashSet<>();
    int lookupKeys;

    void add(Draft d, List<Long> keys) {
      rows.add(d);
      keyHashes.addAll(keys);
      lookupKeys += d.lookupKeys().size();
    }
  }

  /** Reads the rows again, in file order, and hands each to the dispatcher (alone, or in a batch) or settles it. */
  private void send(KeyedDispatcher dispatcher) {
    Batch batch = new Batch();
    try (RowReader reader = file.rows()) {
      while (reader.hasNext() && !stopping.get() && fatal.get() == null) {
        Row row = reader.next();
        if (options.crashAtRow() > 0 && row.number() >= options.crashAtRow()) {
          journal.crash();
          throw new Crash(row.number());
        }
        if (journal != null && journal.done(row.number())) {
          continue;
        }
        Draft d = file.draft(row);
        if (d.error() != null) {
          finish(d, Outcome.REJECTED, -1, d.error());
          continue;
        }
        List<Long> keys = keyHashes(d);
        if (lookup.batches()) {
          if (lookup.full(batch.rows.size(), batch.lookupKeys, d)) {
            Batch full = batch;
            dispatcher.submit(full.keyHashes, () -> lookUpAndWrite(full.rows));
            batch = new Batch();
          }
          batch.add(d, keys); // a batch's rows are handled in order, on one worker
          continue;
        }
        // a row sharing a key with rows in flight waits for them (in-file duplicates), so it matches what they made
        dispatcher.awaitKeys(keys);
        long id = index.match(d);
        RowPlan plan = plan(d, id);
        if (settled(d, plan, id)) {
          continue;
        }
        dispatcher.submit(keys, () -> write(d, plan, id));
      }
      if (!batch.rows.isEmpty() && !stopping.get() && fatal.get() == null) {
        Batch last = batch;
        dispatcher.submit(last.keyHashes, () -> lookUpAndWrite(last.rows));
      }
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + options.name() + ": " + e.getMessage(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping.set(true);
    }
  }

  /**
   * A batch, on a worker: the lookup finds the rows' contacts into the index; then each row, in file order, is
   * matched there and handled exactly as a row matched when read, so a row repeating an earlier row's key finds the
   * contact that row made.
   */
  private void lookUpAndWrite(List<Draft> rows) {
    if (fatal.get() != null) {
      return;
    }
    try {
      lookup.find(rows);
    } catch (Cancelled e) {
      stopping.set(true);
      return;
    } catch (RuntimeException e) {
      fatal.compareAndSet(null, e); // as a page that cannot be listed stops a LIST import
      return;
    }
    for (Draft d : rows) {
      if (stopping.get() || fatal.get() != null) {
        return; // the rest are not journaled: the next run does them
      }
      long id = index.match(d);
      RowPlan plan = plan(d, id);
      if (!settled(d, plan, id)) {
        write(d, plan, id);
      }
    }
  }

  /** Finishes a row that needs no write (dry run, skip, reject, unchanged); false when it must be sent. */
  private boolean settled(Draft d, RowPlan plan, long id) {
    if (options.dryRun()) {
      dryRun(d, plan, id);
      return true;
    }
    if (plan == RowPlan.SKIP) {
      finish(d, Outcome.SKIPPED, id, null);
      return true;
    }
    if (plan == RowPlan.EXISTS) {
      finish(d, Outcome.REJECTED, id, "a contact with this " + d.key().substring(0, d.key().indexOf(':'))
          + " exists (id " + id + ") and --on-conflict is fail");
      return true;
    }
    if (plan == RowPlan.UNCHANGED && d.labels().isEmpty()) {
      finish(d, Outcome.UNCHANGED, id, null);
      return true;
    }
    return false;
  }

  private static List<Long> keyHashes(Draft d) {
    List<Long> keys = new ArrayList<>(3);
    for (String k : d.keys()) {
      keys.add(Hashes.of(k));
    }
    return keys;
  }

  private RowPlan plan(Draft d, long id) {
    if (id < 0) {
      return RowPlan.CREATE;
    }
    return switch (options.onConflict()) {
      case SKIP -> RowPlan.SKIP;
      case FAIL -> RowPlan.EXISTS;
      case UPDATE -> index.unchanged(d, id) ? RowPlan.UNCHANGED : RowPlan.UPDATE;
    };
  }

  private void dryRun(Draft d, RowPlan plan, long id) {
    switch (plan) {
      case CREATE -> {
        index.remember(d, Long.MAX_VALUE - d.row()); // a later duplicate in the file plans as an update
        if (d.keys().isEmpty()) {
          unlisted.incrementAndGet();
        }
        outcomes.add(Outcome.CREATED);
      }
      case UPDATE -> outcomes.add(Outcome.UPDATED);
      case UNCHANGED -> outcomes.add(d.labels().isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED);
      case SKIP -> outcomes.add(Outcome.SKIPPED);
      case EXISTS -> outcomes.add(Outcome.REJECTED);
    }
  }

  private void finish(Draft d, Outcome outcome, long id, String error) {
    if (outcome == Outcome.CREATED && d.keys().isEmpty()) {
      unlisted.incrementAndGet();
    }
    outcomes.add(outcome);
    if (journal != null) {
      journal.record(d.row(), outcome, id, d.key(), error);
    }
  }

  /** One row on a worker: a failure that is not the row's own stops the import. */
  private void write(Draft d, RowPlan plan, long id) {
    if (fatal.get() != null) {
      return;
    }
    try {
      RowWriter.Written w = writer.write(d, plan, id);
      finish(d, w.outcome(), w.id(), w.error());
    } catch (Cancelled e) {
      stopping.set(true);
    } catch (RuntimeException e) {
      fatal.compareAndSet(null, e);
    }
  }

  // ---- rejects: rebuilt from the journal, so they are exactly the rejected rows even after crashes ----

  /** Before failing for another reason: the rejects of earlier runs stay available (nothing to do in a dry run). */
  private void rebuildRejectsQuietly() {
    if (journal != null) {
      try {
        journal.flush();
        writeRejects(journal.rejected());
      } catch (RuntimeException e) {
        // the failure being reported matters more; the journal still holds every rejected row
      }
    }
  }

  private Path writeRejects(Map<Long, String> rejected) {
    try {
      return RejectsWriter.writeFile(options.rejects(), options.input(), options.format(), options.delimiter(),
          options.name(), rejected);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + options.rejects() + ": " + e.getMessage(), e);
    }
  }
}
