package io.inquirly.bulk;

import io.inquirly.common.OutputFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The import's source of truth for resuming: an append-only text file, one line per finished row
 * ({@code row TAB outcome TAB contact-id TAB key TAB error}), after a header naming the input's SHA-256 and the
 * target (server and account) the rows went to: the same file imported elsewhere is a new import. Lines are
 * written in batches, each batch followed by an fsync; a torn last line (a crash mid-write) is ignored and cut
 * off on the next run. Created with mode 0600; it holds row keys, never tokens.
 */
public final class Journal implements AutoCloseable {
  static final String MAGIC = "# inquirly contacts import journal v1";

  /** How a row ended. */
  public enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED, REJECTED }

  private final Path path;
  private final FileChannel channel;
  private final int batchSize;
  private final StringBuilder pending = new StringBuilder();
  private int pendingLines;
  private final BitSet done = new BitSet();
  private final Map<Long, String> rejected = new HashMap<>();
  private final Map<Outcome, Long> earlier = new HashMap<>();
  private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(
      r -> {
        Thread t = new Thread(r, "inquirly-journal");
        t.setDaemon(true);
        return t;
      });
  private volatile IOException failure;

  private Journal(Path path, FileChannel channel, int batchSize) {
    this.path = path;
    this.channel = channel;
    this.batchSize = batchSize;
  }

  /**
   * Opens (creating it when absent) the journal for an input with this digest, imported into {@code target} (the
   * server and account, as shown to the user). A journal written for other input or another target is refused
   * unless {@code restart}, which starts it afresh.
   */
  public static Journal open(Path path, String inputDigest, String target, boolean restart, int batchSize) {
    if (!OutputFile.replacedWhole(path)) {
      // it is read back, truncated and rewritten: and deleting /dev/null to start afresh would replace it
      throw new BulkInputException("the journal " + path + " is not a regular file",
          "give --journal the path of a file (it is created when missing)");
    }
    FileChannel ch = null;
    try {
      try {
        ch = FileChannel.open(path, java.util.Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.CREATE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
      }
      lock(path, ch);
      // the lock is held from here on: only now may an earlier journal be thrown away
      if (restart) {
        ch.truncate(0);
      }
      boolean exists = ch.size() > 0;
      Journal j = new Journal(path, ch, batchSize);
      if (exists) {
        j.load(inputDigest, target);
      } else {
        String header = MAGIC + "\tsha256=" + inputDigest + "\ttarget=" + escape(target) + "\n";
        ch.write(ByteBuffer.wrap(header.getBytes(StandardCharsets.UTF_8)), 0);
        ch.position(header.getBytes(StandardCharsets.UTF_8).length);
        ch.force(true);
      }
      return j;
    } catch (IOException e) {
      closeQuietly(ch);
      throw new BulkInputException("cannot open the journal " + path + ": " + e.getMessage(),
          "choose another place with --journal PATH");
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  /**
   * Takes an exclusive OS lock on the journal for as long as it is open (closing releases it, also when the process
   * dies), so that a second run of the same import (a cron job overlapping itself) stops before sending anything
   * instead of interleaving its rows with the first one's.
   */
  private static void lock(Path path, FileChannel ch) throws IOException {
    java.nio.channels.FileLock lock;
    Long holder = null;
    try {
      lock = ch.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null;
      holder = ProcessHandle.current().pid(); // another import in this very process (the shell, tests)
    }
    if (lock != null) {
      return;
    }
    if (holder == null) {
      holder = LockHolder.pid(path);
    }
    String who = holder == null ? "another process" : "process " + holder + LockHolder.started(holder);
    throw new BulkInputException("the journal " + path + " is locked by " + who
        + ": an import of the same file is running, and two at once would interleave their rows",
        "wait for it to finish" + (holder == null || holder == ProcessHandle.current().pid() ? ""
            : " or stop it (kill " + holder + ")") + ", or give this run another --journal PATH");
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // failing anyway
      }
    }
  }

  /** Creates an empty file readable by its owner only. */
  static void createPrivate(Path path) throws IOException {
    try {
      Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(path);
    }
  }

  private void load(String inputDigest, String target) throws IOException {
    long size = channel.size();
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE));
    channel.read(buf, 0);
    byte[] bytes = buf.array();
    int lastNewline = -1;
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        lastNewline = i;
        break;
      }
    }
    String text = new String(bytes, 0, lastNewline + 1, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].startsWith(MAGIC)) {
      throw new BulkInputException(path + " is not an inquirly import journal",
          "pass --journal with another path, or --restart to overwrite it");
    }
    Map<String, String> header = new HashMap<>();
    for (String field : lines[0].split("\t")) {
      int eq = field.indexOf('=');
      if (eq > 0) {
        header.put(field.substring(0, eq), unescape(field.substring(eq + 1)));
      }
    }
    if (!inputDigest.equals(header.get("sha256"))) {
      throw new BulkInputException("the input changed since " + path + " was written",
          "pass --restart to import it afresh (rows already imported are matched, not duplicated), "
              + "or give the original file");
    }
    // journals written before the target was recorded have none: they resume as before
    String written = header.get("target");
    if (written != null && !written.equals(target)) {
      throw new BulkInputException(path + " records an import into " + written + ", not " + target,
          "pass --restart to import the file into " + target + " from its first row (contacts already there are "
              + "matched, not duplicated), or --journal PATH to keep a journal per target");
    }
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n];
      String[] f = line.split("\t", 5);
      try {
        long row = Long.parseLong(f[0]);
        Outcome outcome = Outcome.valueOf(f[1]);
        done.set((int) row);
        earlier.merge(outcome, 1L, Long::sum);
        if (outcome == Outcome.REJECTED) {
          rejected.put(row, f.length > 4 ? unescape(f[4]) : "rejected");
        }
      } catch (RuntimeException e) {
        if (n == lines.length - 1) {
          lastNewline = text.length() - line.length() - 2;
          break; // a torn line with a newline: only possible as the last one
        }
        throw new BulkInputException(path + " is damaged at line " + (n + 1),
            "pass --restart to start over (rows already imported are matched, not duplicated)");
      }
    }
    // cut a torn tail so the next lines start clean
    channel.truncate(lastNewline + 1L);
    channel.position(lastNewline + 1L);
  }

  public Path path() {
    return path;
  }

  /** Whether a previous run finished this row. */
  public synchronized boolean done(long row) {
    return done.get((int) row);
  }

  /** Rows a previous run finished, by outcome. */
  public Map<Outcome, Long> earlier() {
    return Map.copyOf(earlier);
  }

  public synchronized int doneCount() {
    return done.cardinality();
  }

  /** Rejected rows so far (this run and earlier ones) with their errors. */
  public synchronized Map<Long, String> rejected() {
    return Map.copyOf(rejected);
  }

  /**
   * Records a finished row. Every {@code batchSize} rows the batch is handed to a writer thread that writes and
   * fsyncs it, so workers never wait for the disk; {@link #flush()} writes everything recorded so far.
   */
  public void record(long row, Outcome outcome, long contactId, String key, String error) {
    String line = row + "\t" + outcome + "\t" + (contactId > 0 ? contactId : "-") + "\t" + escape(key) + "\t"
        + (error == null ? "-" : escape(error)) + "\n";
    byte[] batch = null;
    synchronized (this) {
      pending.append(line);
      done.set((int) row);
      if (outcome == Outcome.REJECTED) {
        rejected.put(row, error);
      }
      if (++pendingLines >= batchSize) {
        batch = take();
      }
    }
    if (batch != null) {
      byte[] b = batch;
      try {
        writer.execute(() -> write(b));
      } catch (java.util.concurrent.RejectedExecutionException crashed) {
        // after crash() (tests): a worker still finishing a row loses its batch, as a real crash would
      }
    }
  }

  private byte[] take() {
    byte[] b = pending.toString().getBytes(StandardCharsets.UTF_8);
    pending.setLength(0);
    pendingLines = 0;
    return b;
  }

  /** Writes one batch and fsyncs it (on the writer thread, in order). */
  private void write(byte[] bytes) {
    if (!channel.isOpen()) {
      return; // crashed
    }
    try {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        channel.write(b);
      }
      channel.force(false);
    } catch (IOException e) {
      failure = e;
    }
  }

  /** Writes and fsyncs everything recorded so far. */
  public void flush() {
    byte[] batch;
    synchronized (this) {
      batch = pendingLines == 0 ? null : take();
    }
    java.util.concurrent.Future<?> f = writer.submit(() -> {
      if (batch != null) {
        write(batch);
      }
    });
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (failure != null) {
      throw new IllegalStateException("cannot write the journal " + path + ": " + failure.getMessage(), failure);
    }
  }

  /** Drops the pending lines without writing them: what a crash does (tests). */
  public synchronized void crash() {
    pending.setLength(0);
    pendingLines = 0;
    writer.shutdownNow();
    try {
      channel.close();
    } catch (IOException ignored) {
      // simulating a crash
    }
  }

  @Override
  public void close() {
    if (channel.isOpen()) {
      try {
        flush();
      } finally {
        writer.shutdown();
        try {
          channel.close();
        } catch (IOException ignored) {
          // flushed and forced already
        }
      }
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
