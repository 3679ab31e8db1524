package io.inquirly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.bulk.BulkInputException;
import io.inquirly.bulk.Dedupe;
import io.inquirly.bulk.DedupePlan;
import io.inquirly.bulk.Duplicates;
import io.inquirly.http.Json;
import io.inquirly.output.RecordSink;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code contacts dedupe}: duplicates turned into a plan (who stays, who is merged into it), reviewed, then run. */
@Command(name = "dedupe", description = {"Merge duplicate contacts: plan who stays in each group, review the plan, "
    + "run it.",
    "",
    "Finds the groups as 'contacts duplicates' does, then plans each one: the contact that stays (--keep) and those "
        + "merged into it with the server's contact merge, which moves conversations, messages and contact inboxes, "
        + "fills the survivor's blank fields and attributes from the merged contact, and deletes it. The merge drops "
        + "the merged contact's labels: the plan's copy_labels column names those the survivor lacks, added to it "
        + "before the merge; drops names values lost because the survivor has its own.",
    "",
    "--dry-run prints the plan; --plan-out FILE writes it as CSV for review (in a spreadsheet: change keep/merge, "
        + "delete rows or copy_labels); --plan FILE runs a plan exactly as written. Without --plan the plan is "
        + "written to dedupe-plan.csv and run. A terminal asks once with the counts; scripts pass --yes. Each merge "
        + "is recorded in PLAN.journal: running the same command again after a crash or Ctrl-C resumes without "
        + "merging anything twice. Exit 9 when some groups failed: PLAN.rejects.csv is a plan of them with an error "
        + "column."},
    footer = {"%nExamples:",
        "  inquirly contacts dedupe --dry-run",
        "  inquirly contacts dedupe --by email,phone,name+company --email-rules gmail --plan-out plan.csv",
        "  inquirly contacts dedupe --plan plan.csv --yes",
        "  inquirly contacts dedupe --keep oldest --yes"})
final class ContactsDedupeCommand implements Executable {
  @Mixin DuplicateOptions find = new DuplicateOptions();

  @Option(names = "--keep", paramLabel = "RULE", description = "the contact that stays: oldest, newest, "
      + "most-conversations (default; the server counts at most 20 a contact) or most-complete (most fields set)")
  String keep = "most-conversations";

  @Option(names = "--plan", paramLabel = "FILE", description = "run this plan exactly as written (no search)")
  Path plan;

  @Option(names = "--plan-out", paramLabel = "FILE", description = "write the plan to FILE for review, merge nothing")
  Path planOut;

  @Option(names = "--dry-run", description = "print the plan; merge nothing")
  boolean dryRun;

  @Option(names = "--yes", description = "do not ask for confirmation (required when stdin is not a terminal)")
  boolean yes;

  @Option(names = "--journal", paramLabel = "PATH", description = "the journal (default PLAN.journal)")
  Path journal;

  @Option(names = "--rejects", paramLabel = "PATH", description = "the rejects file (default PLAN.rejects.csv)")
  Path rejects;

  @Option(names = "--restart", description = "ignore the journal of an earlier run of the plan and start over")
  boolean restart;

  @Override
  public int execute(Session session) throws Exception {
    session.output(); // a bad -o fails before anything is sent
    if (plan != null && planOut != null) {
      throw CliException.usage("give --plan or --plan-out, not both", "--plan runs a plan that --plan-out wrote");
    }
    if (plan != null) {
      return dryRun ? show(session, plan) : run(session, plan, restart);
    }
    DedupePlan.Keep rule = keepRule();
    Duplicates index = find.find(session);
    List<DedupePlan.Planned> planned = DedupePlan.build(index.groups(), new CatalogueMerges(session.invoker(null)),
        rule, find.concurrency);
    Path file = planOut != null ? planOut : Path.of("dedupe-plan.csv");
    if (dryRun) {
      print(session, planned);
      if (planOut != null) { // both merge nothing: print the plan and keep it for review
        write(file, planned);
      }
      session.status(summary("would merge", planned) + (planOut != null ? ": wrote " + file : ""));
      return ExitCode.OK;
    }
    write(file, planned);
    if (planOut != null) {
      session.status(summary("planned to merge", planned) + ": wrote " + file + "; review it, then run "
          + "'inquirly contacts dedupe --plan " + file + "'");
      return ExitCode.OK;
    }
    if (planned.isEmpty()) {
      session.status("no duplicates found: nothing to merge");
      return ExitCode.OK;
    }
    session.status("Wrote the plan to " + file);
    // a plan computed now reflects the server now: merges of an earlier run are gone from it
    return run(session, file, true);
  }

  private DedupePlan.Keep keepRule() {
    for (DedupePlan.Keep k : DedupePlan.Keep.values()) {
      if (k.text().equals(keep.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw CliException.usage("unknown --keep '" + keep + "'", "use oldest, newest, most-conversations or "
        + "most-complete");
  }

  private static String summary(String verb, List<DedupePlan.Planned> planned) {
    long merges = planned.stream().mapToLong(p -> p.rows().size() - 1).sum();
    return String.format(Locale.ROOT, "%s %,d contact%s into %,d", verb, merges, merges == 1 ? "" : "s",
        planned.size()) + " (" + planned.size() + " group" + (planned.size() == 1 ? "" : "s") + ")";
  }

  private static void print(Session session, List<DedupePlan.Planned> planned) throws Exception {
    try (RecordSink sink = session.output().list(List.of("group", "action", "contact_id", "name", "email",
        "phone_number", "copy_labels", "match"))) {
      for (DedupePlan.Planned p : planned) {
        for (List<String> row : p.rows()) {
          ObjectNode o = Json.object();
          for (int i = 0; i < DedupePlan.HEADER.size(); i++) {
            o.put(DedupePlan.HEADER.get(i), row.get(i));
          }
          sink.add(o);
        }
      }
    }
  }

  /** Written beside the target and renamed over it: a failed run leaves no half plan. */
  private static void write(Path file, List<DedupePlan.Planned> planned) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw CliException.usage("no such directory: " + parent, null);
    }
    Path tmp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        DedupePlan.write(w, planned);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** --plan FILE --dry-run: the plan checked and shown; nothing is sent. */
  private int show(Session session, Path file) throws Exception {
    List<DedupePlan.Group> groups;
    try {
      groups = DedupePlan.read(file);
    } catch (BulkInputException e) {
      throw CliException.usage(e.getMessage(), e.hint());
    }
    try (RecordSink sink = session.output().list(List.of("group", "action", "contact_id", "copy_labels"))) {
      for (DedupePlan.Group g : groups) {
        sink.add(entry(g.survivor()));
        g.merged().forEach(e -> sink.add(entry(e)));
      }
    }
    long merges = groups.stream().mapToLong(g -> g.merged().size()).sum();
    session.status(String.format(Locale.ROOT, "would merge %,d contact%s into %,d (nothing sent)", merges,
        merges == 1 ? "" : "s", groups.size()));
    return ExitCode.OK;
  }

  private static ObjectNode entry(DedupePlan.Entry e) {
    ObjectNode o = Json.object();
    o.put("group", e.group());
    o.put("action", e.keep() ? "keep" : "merge");
    o.put("contact_id", e.id());
    o.put("copy_labels", String.join(";", e.copyLabels()));
    return o;
  }

  private int run(Session session, Path file, boolean fresh) {
    Path journalPath = journal != null ? journal : Path.of(file + ".journal");
    Path rejectsPath = rejects != null ? rejects : Path.of(file + ".rejects.csv");
    String target = session.client().base() + " (account " + session.target().accountId() + ")";
    session.longJob();
    Dedupe dedupe = new Dedupe(new Dedupe.Options(file, journalPath, rejectsPath, target, fresh,
        find.concurrency), new CatalogueMerges(session.invoker(null)));
    Dedupe.Pending pending;
    long started = System.nanoTime(); // the run's own time: checking the contacts, then merging
    try {
      pending = dedupe.prepare();
    } catch (BulkInputException e) {
      throw CliException.usage(e.getMessage(), e.hint());
    }
    if (pending.merges() == 0) {
      session.status("nothing to merge: every row of " + file + " is recorded in " + journalPath);
      return finish(session, dedupe.run(), 0, 0);
    }
    if (!yes) {
      try {
        session.confirm(String.format(Locale.ROOT, "merge %,d contact%s into %,d", pending.merges(),
            pending.merges() == 1 ? "" : "s", pending.groups()), "add --yes to confirm (review the plan first with "
            + "--dry-run or --plan-out FILE)");
      } catch (RuntimeException e) {
        dedupe.abort();
        closeQuietly(dedupe);
        throw e;
      }
    }
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      dedupe.abort();
      session.client().cancel(); // requests in flight end now; their rows are not journaled
      try {
        finished.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException ignored) {
        // exiting anyway
      }
      session.io().err().println("\ninterrupted: " + dedupe.merged() + " merge(s) done by this run are recorded in "
          + journalPath + "; run the same command again to resume");
    }, "inquirly-dedupe-interrupt");
    boolean hooked = ContactsImportCommand.addHook(hook);
    Ticker ticker = session.io().stderrTty() ? new Ticker(session, dedupe, pending) : null;
    try {
      Dedupe.Report report = dedupe.run();
      if (ticker != null) {
        ticker.stop();
      }
      return finish(session, report, pending.groups(), started);
    } finally {
      finished.countDown();
      if (ticker != null) {
        ticker.stop();
      }
      if (hooked) {
        ContactsImportCommand.removeHook(hook);
      }
    }
  }

  private static void closeQuietly(Dedupe dedupe) {
    dedupe.close();
  }

  private static int finish(Session session, Dedupe.Report r, int groups, long started) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Merged %,d contact%s", r.merged(),
        r.merged() == 1 ? "" : "s"));
    if (groups > 0) {
      line.append(String.format(Locale.ROOT, " into %,d", groups));
    }
    if (started > 0) {
      line.append(String.format(Locale.ROOT, " in %.1f s", (System.nanoTime() - started) / 1e9));
    }
    if (r.gone() > 0) {
      line.append(String.format(Locale.ROOT, "; %,d already merged (gone from the server)", r.gone()));
    }
    if (r.doneBefore() > 0) {
      line.append(String.format(Locale.ROOT, "; %,d row%s done by an earlier run", r.doneBefore(),
          r.doneBefore() == 1 ? "" : "s"));
    }
    session.status(line.toString());
    if (r.failedGroups() > 0) {
      session.status(r.failedGroups() + " group(s) failed: see " + r.rejects() + " (fix the cause, then run it: "
          + "inquirly contacts dedupe --plan " + r.rejects() + ")");
      return ExitCode.PARTIAL;
    }
    return ExitCode.OK;
  }

  /** One self-rewriting progress line on stderr (a terminal only). */
  private static final class Ticker {
    private final Thread thread;
    private volatile boolean running = true;
    private final java.io.PrintStream err;

    Ticker(Session session, Dedupe dedupe, Dedupe.Pending pending) {
      err = session.io().err();
      thread = new Thread(() -> {
        while (running) {
          session.io().err().print(String.format(Locale.ROOT, "\rmerging: %,d/%,d contacts, %,d/%,d groups",
              dedupe.merged(), pending.merges(), dedupe.groupsDone(), pending.groups()));
          session.io().err().flush();
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "inquirly-dedupe-progress");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      if (running) {
        running = false;
        thread.interrupt();
        try {
          thread.join(1000);
        } catch (InterruptedException ignored) {
          Thread.currentThread().interrupt();
        }
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
