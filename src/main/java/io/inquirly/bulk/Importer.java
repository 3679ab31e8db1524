package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.bulk.Journal.Outcome;
import io.inquirly.http.ApiException;
import io.inquirly.http.Cancelled;
import io.inquirly.http.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports contacts exactly once: (1) reads the whole input once, checking encoding, columns and every row locally
 * and hashing it; (2) opens the journal (resume: finished rows are skipped); (3) streams every existing contact
 * into a {@link ContactIndex} (pages fetched concurrently); (4) streams the rows again, plans each (create, update,
 * unchanged, skip, reject) and runs them on {@code concurrency} workers. Rows sharing a key never run at once: a
 * later duplicate waits for the earlier one and then updates the contact it made. Retries, rate limits and pacing
 * are the HTTP client's (one policy for the process); the importer only tells it how to find out whether a create
 * whose answer was lost landed (by the row's keys), so that it is never sent twice.
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

  private enum Plan { CREATE, UPDATE, UNCHANGED, SKIP, EXISTS }

  private final Options options;
  private final ContactsRemote remote;
  private final Outcomes outcomes = new Outcomes();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private volatile long total = -1;
  private volatile long alreadyDone;
  private volatile long started = System.nanoTime();
  private volatile String phase = "reading";
  private Journal journal;
  private ContactIndex index;
  /** FILTER: rows are matched by asking the server, on the workers. */
  private boolean filtering;

  private final java.util.concurrent.atomic.AtomicLong unlisted = new java.util.concurrent.atomic.AtomicLong();

  public Importer(Options options, ContactsRemote remote) {
    this.options = options;
    this.remote = remote;
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
    Scan scan = scan();
    total = scan.rows;
    if (!options.dryRun()) {
      journal = Journal.open(options.journal(), scan.digest, options.target(), options.restart(),
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
      index = new ContactIndex(scan.targets, options.inboxId());
      ContactsRemote.Query all = ContactsRemote.Query.all();
      ContactsRemote.Page first;
      Lookup lookup;
      long existing;
      try {
        first = remote.page(all, 1);
        first.records().forEach(index::add);
        lookup = choose(first, scan);
        filtering = lookup == Lookup.FILTER;
        existing = filtering ? Math.max(first.total(), first.records().size()) : listTheRest(pool, first);
      } catch (RuntimeException e) {
        rebuildRejectsQuietly();
        throw e;
      }
      phase = "importing";
      started = System.nanoTime();
      long t0 = System.nanoTime();
      try {
        send(pool);
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
      return new Report(scan.rows, outcomes.asMap(), earlier, existing, lookup,
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

  // ---- pass 1: read and check everything before sending anything ----

  /**
   * {@code keyed}: the valid rows that have a match key; {@code lookupKeys}: their keys (FILTER asks the server
   * about each at most once).
   */
  private record Scan(long rows, long invalid, long keyed, long lookupKeys, String digest, List<String> targets) {}

  private Scan scan() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long rows = 0;
    long invalid = 0;
    long keyed = 0;
    long lookupKeys = 0;
    Set<String> targets = new TreeSet<>();
    try (InputStream raw = Files.newInputStream(options.input());
        DigestInputStream in = new DigestInputStream(raw, sha);
        RowReader reader = RowReader.open(in, options.format(), options.delimiter(), options.name())) {
      if (options.format() == Format.CSV) {
        options.mapping().checkHeader(reader.header(), options.name());
        for (String h : reader.header()) {
          String p = options.mapping().path(h);
          if (p != null && !p.equals("labels")) {
            targets.add(p);
          }
        }
      }
      while (reader.hasNext()) {
        Draft d = options.mapping().draft(reader.next(), options.name());
        rows++;
        if (d.error() != null) {
          invalid++;
        } else {
          keyed += d.lookupKeys().isEmpty() ? 0 : 1;
          lookupKeys += d.lookupKeys().size();
        }
        targets.addAll(d.projection().keySet());
      }
      drain(in);
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + options.name() + ": " + e, null);
    }
    return new Scan(rows, invalid, keyed, lookupKeys, HexFormat.of().formatHex(sha.digest()), List.copyOf(targets));
  }

  /** Hashes any bytes the parser left unread (it closes its source at the end, so this is usually a no-op). */
  private static void drain(InputStream in) {
    try {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException closedAlready) {
      // the reader read to the end and closed it
    }
  }

  // ---- pass 2: how to find existing contacts, and (LIST) every one of them into the index ----

  /**
   * LIST costs a request per page after the first; FILTER one per batch of rows still to do (at most
   * {@link #LOOKUP_ROWS} rows and {@link #LOOKUP_KEYS} keys; fewer when the index already knows a row's strongest
   * key). AUTO takes the cheaper; LIST when the server gives no count.
   */
  private Lookup choose(ContactsRemote.Page first, Scan scan) {
    if (options.lookup() != Lookup.AUTO) {
      return options.lookup();
    }
    if (first.total() < 0 || first.records().isEmpty()) {
      return Lookup.LIST;
    }
    int perPage = first.records().size();
    long listRequests = (first.total() + perPage - 1) / perPage - 1;
    long toDo = Math.max(0, scan.rows - alreadyDone);
    double share = scan.rows == 0 ? 0 : (double) toDo / scan.rows;
    long filterRequests =
        (long) Math.ceil(Math.max(scan.keyed * share / LOOKUP_ROWS, scan.lookupKeys * share / LOOKUP_KEYS));
    return filterRequests < listRequests ? Lookup.FILTER : Lookup.LIST;
  }

  /** Pages 2.. of every contact into the index, {@code concurrency} at a time; returns the contacts indexed. */
  private long listTheRest(ExecutorService pool, ContactsRemote.Page first) {
    if (first.records().isEmpty()) {
      return 0;
    }
    ContactsRemote.Query all = ContactsRemote.Query.all();
    int perPage = first.records().size();
    long pages = first.total() < 0 ? 1 : (first.total() + perPage - 1) / perPage;
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (int p = 2; p <= pages; p++) {
      int page = p;
      futures.add(CompletableFuture.runAsync(() -> remote.page(all, page).records()
          .forEach(index::add), pool));
    }
    try {
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return index.size();
  }

  /**
   * FILTER: how many rows, and how many of their keys, one filter request looks up together. The server pages
   * filter results by 15 and a key (e-mail, phone number, identifier) matches at most one contact, so 15 keys fit
   * one page; the rows of a batch are then handled one after the other, so fewer rows keep the workers parallel.
   */
  static final int LOOKUP_ROWS = 5;
  static final int LOOKUP_KEYS = 15;

  /** FILTER: rows read but not yet sent, looked up on the server with one request. */
  private static final class Batch {
    final List<Draft> rows = new ArrayList<>();
    final Set<Long> keyHashes = new HashSet<>();
    int lookupKeys;

    boolean full(Draft next) {
      return rows.size() >= LOOKUP_ROWS || (!rows.isEmpty() && lookupKeys + next.lookupKeys().size() > LOOKUP_KEYS);
    }

    void add(Draft d, List<Long> keys) {
      rows.add(d);
      keyHashes.addAll(keys);
      lookupKeys += d.lookupKeys().size();
    }
  }

  /**
   * FILTER, on a worker: one request asks the server about every key of the batch's rows that the index does not
   * know (none for a row whose strongest key it knows: from an earlier answer or a contact this run made); what it
   * shows goes into the index. Then each row, in file order, is matched there and handled exactly as with LIST, so
   * a row repeating an earlier row's key finds the contact that row made.
   */
  private void lookUpAndExecute(List<Draft> rows) {
    if (fatal.get() != null) {
      return;
    }
    List<Draft.Key> unknown = new ArrayList<>();
    for (Draft d : rows) {
      List<Draft.Key> keys = d.lookupKeys();
      if (!keys.isEmpty() && index.id(keys.get(0)) < 0) {
        keys.stream().filter(k -> index.id(k) < 0 && !unknown.contains(k)).forEach(unknown::add);
      }
    }
    try {
      if (!unknown.isEmpty()) {
        remote.find(unknown).forEach(index::add);
      }
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
      Plan plan = plan(d, id);
      if (!settled(d, plan, id)) {
        execute(d, plan, id);
      }
    }
  }

  // ---- pass 3: plan and send ----

  private void send(ExecutorService pool) {
    Semaphore slots = new Semaphore(Math.max(1, options.concurrency()) * 2);
    Batch batch = new Batch();
    try (InputStream in = Files.newInputStream(options.input());
        RowReader reader = RowReader.open(in, options.format(), options.delimiter(), options.name())) {
      while (reader.hasNext() && !stopping.get() && fatal.get() == null) {
        Row row = reader.next();
        if (options.crashAtRow() > 0 && row.number() >= options.crashAtRow()) {
          journal.crash();
          throw new Crash(row.number());
        }
        if (journal != null && journal.done(row.number())) {
          continue;
        }
        Draft d = options.mapping().draft(row, options.name());
        if (d.error() != null) {
          finish(d, Outcome.REJECTED, -1, d.error());
          continue;
        }
        List<Long> keys = keyHashes(d);
        if (filtering && batch.full(d)) {
          Batch full = batch;
          dispatch(pool, slots, full.keyHashes, () -> lookUpAndExecute(full.rows));
          batch = new Batch();
        }
        // a row sharing a key with rows in flight waits for them (in-file duplicates); in the batch being
        // gathered, the rows are handled in order anyway
        for (Long k : keys) {
          CompletableFuture<Void> earlier = batch.keyHashes.contains(k) ? null : inFlight.get(k);
          if (earlier != null) {
            earlier.join();
          }
        }
        if (filtering) {
          batch.add(d, keys);
          continue;
        }
        long id = index.match(d);
        Plan plan = plan(d, id);
        if (settled(d, plan, id)) {
          continue;
        }
        dispatch(pool, slots, keys, () -> execute(d, plan, id));
      }
      if (!batch.rows.isEmpty() && !stopping.get() && fatal.get() == null) {
        Batch last = batch;
        dispatch(pool, slots, last.keyHashes, () -> lookUpAndExecute(last.rows));
      }
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + options.name() + ": " + e.getMessage(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping.set(true);
    }
  }

  /**
   * Runs {@code work} on the pool once a slot is free, with {@code keys} marked in flight until it ends (a later
   * row with one of them waits for it).
   */
  private void dispatch(ExecutorService pool, Semaphore slots, Collection<Long> keys, Runnable work)
      throws InterruptedException {
    CompletableFuture<Void> mine = new CompletableFuture<>();
    keys.forEach(k -> inFlight.put(k, mine));
    slots.acquire();
    pool.execute(() -> {
      try {
        work.run();
      } finally {
        keys.forEach(k -> inFlight.remove(k, mine));
        mine.complete(null);
        slots.release();
      }
    });
  }

  /** Finishes a row that needs no write (dry run, skip, reject, unchanged); false when it must be sent. */
  private boolean settled(Draft d, Plan plan, long id) {
    if (options.dryRun()) {
      dryRun(d, plan, id);
      return true;
    }
    if (plan == Plan.SKIP) {
      finish(d, Outcome.SKIPPED, id, null);
      return true;
    }
    if (plan == Plan.EXISTS) {
      finish(d, Outcome.REJECTED, id, "a contact with this " + d.key().substring(0, d.key().indexOf(':'))
          + " exists (id " + id + ") and --on-conflict is fail");
      return true;
    }
    if (plan == Plan.UNCHANGED && d.labels().isEmpty()) {
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

  private Plan plan(Draft d, long id) {
    if (id < 0) {
      return Plan.CREATE;
    }
    return switch (options.onConflict()) {
      case SKIP -> Plan.SKIP;
      case FAIL -> Plan.EXISTS;
      case UPDATE -> index.unchanged(d, id) ? Plan.UNCHANGED : Plan.UPDATE;
    };
  }

  private void dryRun(Draft d, Plan plan, long id) {
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

  /** One row on a worker. */
  private void execute(Draft d, Plan plan, long id) {
    if (fatal.get() != null) {
      return;
    }
    try {
      Outcome outcome;
      long contactId = id;
      if (plan == Plan.CREATE) {
        JsonNode contact = create(d);
        contactId = contact.path("id").asLong();
        index.add(contact);
        index.remember(d, contactId);
        if (!d.labels().isEmpty()) {
          addLabels(contactId, d.labels(), contact.has("_found"));
        }
        outcome = Outcome.CREATED;
      } else if (plan == Plan.UPDATE) {
        long target = id;
        ObjectNode body = d.body().deepCopy();
        JsonNode contact = remote.update(target, body);
        index.add(contact);
        index.remember(d, id);
        if (options.inboxId() != null && !inInbox(contact, options.inboxId())) {
          remote.addToInbox(target, options.inboxId());
        }
        addLabels(id, d.labels(), true);
        outcome = Outcome.UPDATED;
      } else {
        outcome = addLabels(id, d.labels(), true) ? Outcome.UPDATED : Outcome.UNCHANGED;
      }
      finish(d, outcome, contactId, null);
    } catch (ApiException e) {
      if (e.failure() == Failure.INVALID) {
        finish(d, Outcome.REJECTED, id, serverMessage(e));
      } else if (plan == Plan.CREATE && d.keys().isEmpty()
          && (e.failure() == Failure.NETWORK || e.failure() == Failure.SERVER)) {
        // the create may have landed, and a contact without keys cannot be looked up to find out
        finish(d, Outcome.REJECTED, -1, "the create failed without an answer (" + serverMessage(e) + ") and a "
            + "contact with no email, phone or identifier cannot be looked up; check whether it exists before "
            + "importing it again");
      } else if (e.failure() == Failure.NOT_FOUND && plan != Plan.CREATE) {
        finish(d, Outcome.REJECTED, id, "contact " + id + " was deleted during the import");
      } else {
        fatal.compareAndSet(null, e);
      }
    } catch (Cancelled e) {
      stopping.set(true);
    } catch (RuntimeException e) {
      fatal.compareAndSet(null, e);
    }
  }

  /**
   * Creates the contact. When an attempt fails without a trustworthy answer (timeout, dropped connection,
   * 502/503/504), the HTTP policy looks the contact up by the row's keys before sending it again, so a lost answer
   * never makes a second contact; a contact found that way comes back marked {@code _found}.
   */
  private JsonNode create(Draft d) {
    ObjectNode body = d.body().deepCopy();
    if (options.inboxId() != null) {
      body.put("inbox_id", options.inboxId());
    }
    JsonNode contact = remote.create(body, d.lookupKeys());
    if (contact.has("_found") && options.inboxId() != null && !inInbox(contact, options.inboxId())) {
      remote.addToInbox(contact.path("id").asLong(), options.inboxId());
    }
    return contact;
  }

  /** Adds labels, keeping the contact's others; returns whether anything was sent. */
  private boolean addLabels(long id, List<String> labels, boolean readFirst) {
    if (labels.isEmpty()) {
      return false;
    }
    Set<String> next = new LinkedHashSet<>();
    if (readFirst) {
      next.addAll(remote.labels(id));
      if (next.containsAll(labels)) {
        return false;
      }
    }
    next.addAll(labels);
    List<String> all = List.copyOf(next);
    remote.setLabels(id, all);
    return true;
  }

  private static boolean inInbox(JsonNode contact, long inboxId) {
    for (JsonNode ci : contact.path("contact_inboxes")) {
      if (ci.path("inbox").path("id").asLong(-1) == inboxId) {
        return true;
      }
    }
    return false;
  }

  /** The server's own words from an API failure (without the method and path). */
  static String serverMessage(ApiException e) {
    String m = e.getMessage();
    int at = m.indexOf(": ");
    return at > 0 && e.status() > 0 ? m.substring(at + 2) : m;
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
