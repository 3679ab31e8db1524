package io.inquirly.bulk;

import io.inquirly.http.ApiException;
import io.inquirly.http.Cancelled;
import io.inquirly.http.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a dedupe plan file exactly as written, journaled like an import ({@link Journal}: one line per plan row, the
 * plan's SHA-256 and the target in its header, an OS lock against a second run): a group's {@code keep} row is
 * recorded once the survivor has the labels to copy (before its first merge), each {@code merge} row once merged.
 * Running the same plan again after a crash skips what is recorded; a merge the server answered 404 to (the mergee
 * gone: a merge whose answer was lost) counts as done. Before anything is sent, every contact of a group not yet
 * started must exist. Groups run {@code concurrency} at a time, merges of a group one after the other.
 */
public final class Dedupe {
  public record Options(Path plan, Path journal, Path rejects, String target, boolean restart, int concurrency) {}

  /** What a run found to do, for the confirmation: merges still to do and the survivors they go into. */
  public record Pending(int groups, long merges, long doneBefore) {}

  /**
   * @param merged contacts merged by this run
   * @param gone contacts the server no longer had (merged by an interrupted run)
   * @param failedGroups groups with a failed merge (this run and earlier ones)
   * @param rejects the rejects file (a plan of the failed groups with an error column), or null
   */
  public record Report(long merged, long gone, long failedGroups, long doneBefore, Path rejects) {}

  private final Options options;
  private final MergeRemote remote;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicLong merged = new AtomicLong();
  private final AtomicLong gone = new AtomicLong();
  private final AtomicInteger groupsDone = new AtomicInteger();
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  private final Map<Long, List<String>> survivorLabels = new ConcurrentHashMap<>();
  private List<DedupePlan.Group> groups;
  private List<DedupePlan.Group> pending;
  private Journal journal;
  private long doneBefore;

  public Dedupe(Options options, MergeRemote remote) {
    this.options = options;
    this.remote = remote;
  }

  /**
   * Reads and checks the plan, opens the journal and checks that the contacts of groups not yet started exist
   * (one labels request each: the survivor's are needed anyway). Problems are {@link BulkInputException}s, and
   * nothing has been changed on the server.
   */
  public Pending prepare() {
    groups = DedupePlan.read(options.plan());
    journal = Journal.open(options.journal(), digest(options.plan()), options.target(), options.restart(), 1);
    try {
      pending = new ArrayList<>();
      long merges = 0;
      for (DedupePlan.Group g : groups) {
        long left = g.merged().stream().filter(e -> !journal.done(e.row())).count();
        if (left > 0) {
          pending.add(g);
          merges += left;
        }
      }
      checkContacts();
      doneBefore = journal.doneCount();
      return new Pending(pending.size(), merges, doneBefore);
    } catch (RuntimeException e) {
      journal.close();
      throw e;
    }
  }

  private void checkContacts() {
    String name = options.plan().getFileName().toString();
    List<long[]> wanted = new ArrayList<>(); // {id, row, survivor?}
    for (DedupePlan.Group g : pending) {
      boolean started = journal.done(g.survivor().row());
      wanted.add(new long[] {g.survivor().id(), g.survivor().row(), 1});
      if (!started) {
        g.merged().forEach(e -> wanted.add(new long[] {e.id(), e.row(), 0}));
      }
    }
    Map<Long, String> missing = new ConcurrentHashMap<>();
    runAll(wanted, w -> {
      List<String> labels = remote.labels(w[0]);
      if (labels == null) {
        missing.put(w[1], "contact " + w[0] + " (" + name + " line " + (w[1] + 1) + ") does not exist");
      } else if (w[2] == 1) {
        survivorLabels.put(w[0], labels);
      }
    });
    if (!missing.isEmpty()) {
      long first = missing.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
      throw new BulkInputException(missing.get(first) + (missing.size() > 1 ? " (and " + (missing.size() - 1)
          + " more)" : ""), "remove its rows from the plan, or write a fresh one with 'contacts dedupe --plan-out'");
    }
  }

  /** Runs {@code task} over the items on {@code concurrency} threads; the first failure is rethrown. */
  private <T> void runAll(List<T> items, java.util.function.Consumer<T> task) {
    ExecutorService pool = pool();
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    for (int t = 0; t < Math.max(1, options.concurrency()); t++) {
      pool.execute(() -> {
        for (int i; failed.get() == null && !stopping.get() && (i = next.getAndIncrement()) < items.size(); ) {
          try {
            task.accept(items.get(i));
          } catch (RuntimeException e) {
            failed.compareAndSet(null, e);
          }
        }
      });
    }
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // waiting for the workers
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
    if (stopping.get()) {
      throw new Cancelled(); // what failed then was the cancelled requests
    }
    if (failed.get() != null) {
      throw failed.get();
    }
  }

  private ExecutorService pool() {
    return Executors.newFixedThreadPool(Math.max(1, options.concurrency()), r -> {
      Thread t = new Thread(r, "inquirly-dedupe");
      t.setDaemon(true);
      return t;
    });
  }

  /** Merges what {@link #prepare()} found pending; the journal is closed at the end. */
  public Report run() {
    try {
      try {
        runAll(pending, this::group);
      } catch (Cancelled c) {
        throw fatal.get() != null ? fatal.get() : c;
      }
      journal.flush();
      Path rejects = writeRejects();
      long failed = failedGroups();
      return new Report(merged.get(), gone.get(), failed, doneBefore, rejects);
    } finally {
      journal.close();
    }
  }

  /** Closes the journal without running (a declined confirmation). */
  public void close() {
    journal.close();
  }

  /** Stops taking merges; those in flight end with the client's cancellation. */
  public void abort() {
    stopping.set(true);
  }

  public long merged() {
    return merged.get() + gone.get();
  }

  public int groupsDone() {
    return groupsDone.get();
  }

  public Path journalPath() {
    return options.journal();
  }

  private void group(DedupePlan.Group g) {
    long base = g.survivor().id();
    if (!journal.done(g.survivor().row())) {
      List<String> have = survivorLabels.getOrDefault(base, List.of());
      Set<String> want = new LinkedHashSet<>(have);
      List<DedupePlan.Entry> todo = g.merged().stream().filter(e -> !journal.done(e.row())).toList();
      want.addAll(DedupePlan.labelsToCopy(todo));
      boolean copy = want.size() > have.size();
      if (!step(g, g.survivor(), () -> {
        if (copy) {
          remote.setLabels(base, List.copyOf(want));
        }
        return copy ? Journal.Outcome.UPDATED : Journal.Outcome.UNCHANGED;
      })) {
        return;
      }
      journal.flush(); // on disk before the first merge: a rerun knows this group started
    }
    for (DedupePlan.Entry e : g.merged()) {
      if (journal.done(e.row())) {
        continue;
      }
      step(g, e, () -> {
        if (remote.merge(base, e.id())) {
          merged.incrementAndGet();
          return Journal.Outcome.UPDATED;
        }
        gone.incrementAndGet();
        return Journal.Outcome.SKIPPED;
      });
    }
    groupsDone.incrementAndGet();
  }

  /** Runs one row's requests and records how it ended; false when it failed (or the run stops). */
  private boolean step(DedupePlan.Group g, DedupePlan.Entry e, java.util.function.Supplier<Journal.Outcome> work) {
    if (stopping.get() || fatal.get() != null) {
      throw new Cancelled();
    }
    try {
      Journal.Outcome o = work.get();
      journal.record(e.row(), o, e.id(), "group " + g.number(), null);
      return true;
    } catch (ApiException x) {
      if (x.failure() == Failure.INVALID || x.failure() == Failure.SERVER || x.failure() == Failure.NOT_FOUND) {
        String what = e.keep() ? "adding labels " + DedupePlan.labelsToCopy(g.merged()) + " to " + e.id()
            : "merging " + e.id() + " into " + g.survivor().id();
        journal.record(e.row(), Journal.Outcome.REJECTED, e.id(), "group " + g.number(), what + ": "
            + x.getMessage());
        return false;
      }
      fatal.compareAndSet(null, x);
      throw new Cancelled();
    }
  }

  private long failedGroups() {
    Set<Integer> failed = new LinkedHashSet<>();
    Map<Long, String> rejected = journal.rejected();
    for (DedupePlan.Group g : groups) {
      if (rejected.containsKey(g.survivor().row()) || g.merged().stream().anyMatch(e -> rejected.containsKey(e.row()))) {
        failed.add(g.number());
      }
    }
    return failed.size();
  }

  /**
   * The rows of failed groups with an error column: the keep row and every merge row not done, so that the file is
   * a plan of what is left (fix the cause, then run it with --plan).
   */
  private Path writeRejects() {
    Map<Long, String> rejected = journal.rejected();
    Map<Long, String> rows = new HashMap<>();
    for (DedupePlan.Group g : groups) {
      String error = null;
      for (DedupePlan.Entry e : g.merged()) {
        error = error != null ? error : rejected.get(e.row());
      }
      error = rejected.getOrDefault(g.survivor().row(), error);
      if (error == null) {
        continue;
      }
      rows.put(g.survivor().row(), rejected.getOrDefault(g.survivor().row(), "the survivor of a failed group"));
      for (DedupePlan.Entry e : g.merged()) {
        if (!journal.done(e.row()) || rejected.containsKey(e.row())) {
          rows.put(e.row(), rejected.getOrDefault(e.row(), "not merged: " + error));
        }
      }
    }
    try {
      return RejectsWriter.writeFile(options.rejects(), options.plan(), Format.CSV, ',',
          options.plan().getFileName().toString(), rows);
    } catch (IOException x) {
      throw new BulkInputException("cannot write " + options.rejects() + ": " + x.getMessage(),
          "choose another place with --rejects PATH");
    }
  }

  static String digest(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + file + ": " + e.getMessage(), null);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
