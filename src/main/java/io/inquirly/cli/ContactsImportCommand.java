package io.inquirly.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.bulk.BulkInputException;
import io.inquirly.bulk.Format;
import io.inquirly.bulk.Importer;
import io.inquirly.bulk.Journal.Outcome;
import io.inquirly.bulk.Mapping;
import io.inquirly.http.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contacts import}: exactly-once, resumable, concurrent upsert of contacts from CSV or JSONL. */
@Command(name = "import", description = {"Import contacts from a CSV or JSONL file: create new ones, update matching ones.",
    "",
    "Rows match existing contacts by identifier, then email (any case), then phone number. Every finished row is "
        + "recorded in FILE.journal, so running the same command again resumes where it stopped; invalid rows "
        + "(bad email, phone not in E.164 form, no name/email/phone/identifier, or refused by the server) go to "
        + "FILE.rejects.csv with an error column and the import goes on. Exit 0 when every row landed, 9 when some "
        + "were rejected, 2 for a bad file or flags (nothing sent), 130 when interrupted (run it again to resume).",
    "",
    "Columns: name, email, phone_number, identifier, company, city, country_code, labels (separated by ;), "
        + "custom_attributes.KEY, additional_attributes.KEY. Columns an export writes (id, created_at) are ignored."},
    footer = {"%nExamples:",
        "  inquirly contacts import leads.csv --inbox 1",
        "  inquirly contacts import leads.csv --dry-run",
        "  inquirly contacts import crm.csv --map 'E-Mail=email' --map 'Mobile=phone_number' --extra-columns custom",
        "  inquirly contacts import contacts.jsonl --on-conflict skip --concurrency 4 --rate 20/s",
        "  cat leads.csv | inquirly contacts import - --journal leads.journal"})
final class ContactsImportCommand implements Executable {
  @Parameters(index = "0", paramLabel = "FILE|-", description = "the CSV or JSONL file, or - for stdin")
  String file;

  @Option(names = "--format", paramLabel = "csv|jsonl", description = "input format (default: from the extension)")
  String format;

  @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter: ',', ';', '|' or tab ('tab'); default: "
      + "the one the header row uses most")
  String delimiter;

  @Option(names = "--map", paramLabel = "FROM=TO", description = "rename an input column to a field (repeatable)")
  List<String> maps = new ArrayList<>();

  @Option(names = "--extra-columns", paramLabel = "error|custom|ignore", completionCandidates = ExtraValues.class,
      description = "unknown columns: an error (default), custom attributes, or ignored")
  Mapping.Extra extraColumns = Mapping.Extra.ERROR;

  @Option(names = "--on-conflict", paramLabel = "update|skip|fail", completionCandidates = ConflictValues.class,
      description = "a row matching an existing contact: update it (default; labels are added), skip the row, or "
          + "reject it")
  Importer.OnConflict onConflict = Importer.OnConflict.UPDATE;

  @Option(names = "--lookup", paramLabel = "auto|list|filter", completionCandidates = LookupValues.class,
      description = "how existing contacts are found: list them all once (a request per 15 contacts), filter by "
          + "the rows' keys (a request per 5 rows), or auto (default: whichever sends fewer requests)")
  Importer.Lookup lookup = Importer.Lookup.AUTO;

  @Option(names = "--inbox", paramLabel = "ID", description = "also add every contact to this inbox")
  Long inbox;

  @Option(names = "--concurrency", paramLabel = "N", description = "requests in flight (default 8)")
  int concurrency = 8;

  @Option(names = "--journal", paramLabel = "PATH", description = "the journal (default FILE.journal)")
  Path journal;

  @Option(names = "--rejects", paramLabel = "PATH", description = "the rejects file (default FILE.rejects.csv, "
      + "or .jsonl for JSONL input)")
  Path rejects;

  @Option(names = "--restart", description = "ignore the journal of an earlier run and start over")
  boolean restart;

  @Option(names = "--dry-run", description = "validate and plan (creates, updates, skips, rejects); write nothing")
  boolean dryRun;

  @Option(names = "--server-side", description = "after the local checks, hand the valid rows to the server's own "
      + "asynchronous import; its results are e-mailed to the account's administrators (no journal, no upsert)")
  boolean serverSide;

  @Override
  public int execute(Session session) throws Exception {
    Format fmt = format != null ? Format.of(format) : Format.of(file.equals("-") ? null : file);
    if (fmt == null) {
      throw CliException.usage(format != null ? "unknown --format '" + format + "'"
          : "cannot tell the format of '" + file + "' from its name", "pass --format csv or --format jsonl");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw CliException.usage("--concurrency must be between 1 and 64", null);
    }
    // picocli's own enum options (case-insensitive): a bad value is exit 2 before this runs
    Mapping.Extra extra = extraColumns;
    Importer.OnConflict conflict = onConflict;
    Importer.Lookup lookupWay = lookup;
    char delim = delimiter(delimiter);
    Path spooled = null;
    Path input;
    String name;
    Path journalPath = journal;
    Path rejectsPath = rejects;
    String rejectsExt = fmt == Format.CSV ? ".rejects.csv" : ".rejects.jsonl";
    boolean tempJournal = false;
    try {
      if (file.equals("-")) {
        spooled = spool(session.io().in());
        input = spooled;
        name = "stdin";
        if (journalPath == null) {
          journalPath = spooled.resolveSibling(spooled.getFileName() + ".journal");
          tempJournal = true;
        }
        if (rejectsPath == null) {
          rejectsPath = Path.of("stdin" + rejectsExt);
        }
      } else {
        input = Path.of(file);
        name = file;
        if (!Files.isRegularFile(input)) {
          throw CliException.usage("no such file: " + file, null);
        }
        if (journalPath == null) {
          journalPath = Path.of(file + ".journal");
        }
        if (rejectsPath == null) {
          rejectsPath = Path.of(file + rejectsExt);
        }
      }
      if (delimiter == null && fmt == Format.CSV) {
        delim = io.inquirly.bulk.Delimiters.detect(input); // a ';'-separated export from a spreadsheet works too
      }
      Mapping mapping;
      try {
        mapping = new Mapping(Mapping.renames(maps), extra);
      } catch (BulkInputException e) {
        throw CliException.usage(e.getMessage(), e.hint());
      }
      session.longJob();
      // the journal belongs to one server and account: the same file imported elsewhere is a new import
      String target = session.client().base() + " (account " + session.target().accountId() + ")";
      Importer.Options options = new Importer.Options(input, name, fmt, delim, mapping, conflict, lookupWay, inbox,
          concurrency, journalPath, target, rejectsPath, restart, dryRun, 100, 0);
      session.output(); // a bad -o fails before anything is sent
      if (serverSide) {
        return serverSide(session, options);
      }
      Importer importer = new Importer(options, new CatalogueContacts(session.invoker(null)));
      Path journalShown = journalPath;
      Path rejectsShown = rejectsPath;
      Thread hook = new Thread(() -> {
        importer.abort();
        session.client().cancel(); // requests in flight and rate-limit waits end now; their rows are not journaled
        importer.awaitFinished(Duration.ofSeconds(20));
        if (!dryRun) {
          session.io().err().println("\ninterrupted: " + importer.progress().done() + " row(s) recorded in "
              + journalShown + "; run the same command again to resume");
          session.io().err().flush();
        }
      }, "inquirly-import-interrupt");
      boolean hooked = addHook(hook);
      Ticker ticker = session.io().stderrTty() ? new Ticker(session, importer) : null;
      if (ticker != null) {
        session.client().rateLimitNotices(ticker::notice);
      }
      Importer.Report report;
      try {
        report = importer.run();
      } catch (BulkInputException e) {
        throw CliException.usage(e.getMessage(), e.hint());
      } catch (ApiException e) {
        if (dryRun) {
          throw e;
        }
        // the rows done are in the journal and the rejects file was rebuilt from it: say how to go on
        Importer.Progress p = importer.progress();
        throw new ApiException(e.failure(), e.status(), e.getMessage(), (e.hint() == null ? "" : e.hint() + "; ")
            + p.done() + " row(s) are recorded in " + journalShown + ": run the same command again to resume"
            + (Files.exists(rejectsShown) ? " (rows rejected so far: " + rejectsShown + ")" : ""),
            e);
      } finally {
        if (ticker != null) {
          ticker.stop();
        }
        if (hooked) {
          removeHook(hook);
        }
      }
      if (tempJournal && report.rejected() == 0) {
        Files.deleteIfExists(journalPath);
      }
      print(session, report, name);
      long unlisted = importer.unlistedCreated();
      if (unlisted > 0) {
        session.warn(unlisted + (unlisted == 1 ? " contact " : " contacts ") + (dryRun ? "would be" : "were")
            + " created with only a name: contact lists, searches and exports show only contacts with an e-mail, "
            + "phone number or identifier");
      }
      return report.rejected() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    } finally {
      if (spooled != null) {
        Files.deleteIfExists(spooled);
      }
    }
  }

  /** NOTES §6: multipart import_file to POST contacts/import; 200 with an empty body; results by e-mail. */
  private int serverSide(Session session, Importer.Options options) {
    if (dryRun) {
      throw CliException.usage("--server-side and --dry-run do not go together", "use --dry-run alone to check the file");
    }
    io.inquirly.bulk.ServerSideFile.Result file;
    try {
      file = io.inquirly.bulk.ServerSideFile.build(options);
    } catch (BulkInputException e) {
      throw CliException.usage(e.getMessage(), e.hint());
    }
    var invoker = session.invoker(null);
    String path = invoker.expand("/api/v1/accounts/{account_id}/contacts/import", java.util.Map.of());
    String token = invoker.token(io.inquirly.api.Auth.USER, "contacts import");
    io.inquirly.http.Multipart form = new io.inquirly.http.Multipart()
        .file("import_file", "contacts.csv", "text/csv",
            file.csv());
    session.client().send(io.inquirly.api.Invoker.build("POST", path, List.of(), form.bytes(), form.contentType(), token));
    session.status("Handed " + file.rows() + " row(s) to the server's import. It runs in the background: the "
        + "results (and rows it refuses) arrive by e-mail to the account's administrators; nothing more is shown here.");
    if (file.rejected() > 0) {
      session.status(file.rejected() + " row(s) failed the local checks and were not sent: see " + file.rejects());
      return ExitCode.PARTIAL;
    }
    return ExitCode.OK;
  }

  private void print(Session session, Importer.Report r, String name) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("file", name);
    o.put("rows", r.rows());
    // this run's outcomes; rows finished by earlier runs of a resumed import apart, under "earlier"
    ObjectNode before = JsonNodeFactory.instance.objectNode();
    for (Outcome outcome : Outcome.values()) {
      o.put(outcome.name().toLowerCase(Locale.ROOT), r.outcomes().getOrDefault(outcome, 0L));
      before.put(outcome.name().toLowerCase(Locale.ROOT), r.earlier().getOrDefault(outcome, 0L));
    }
    long earlier = r.earlier().values().stream().mapToLong(Long::longValue).sum();
    o.put("resumed", earlier);
    o.set("earlier", before);
    o.put("existing_contacts", r.existing());
    o.put("lookup", r.lookup().name().toLowerCase(Locale.ROOT));
    double seconds = r.elapsed().toNanos() / 1e9;
    long thisRun = r.outcomes().values().stream().mapToLong(Long::longValue).sum();
    o.put("seconds", Math.round(seconds * 100) / 100.0);
    o.put("rows_per_second", seconds > 0 ? Math.round(thisRun / seconds) : 0);
    // what the run cost the server, and how often it ran into the server's rate limit
    o.put("requests", session.client().requestCount());
    o.put("rate_limited", session.client().throttledCount());
    o.put("dry_run", r.dryRun());
    if (r.journal() != null) {
      o.put("journal", r.journal().toString());
    }
    o.put("rejects", r.rejects() == null ? null : r.rejects().toString());
    session.output().single(o, null);
    if (r.dryRun()) {
      session.status("dry run: nothing was sent or written");
    } else if (r.rejects() != null) {
      session.status(r.rejected() + " row(s) rejected: see " + r.rejects());
    }
  }

  static char delimiter(String d) {
    if (d == null) {
      return ',';
    }
    if (d.equalsIgnoreCase("tab") || d.equals("\\t") || d.equals("\t")) {
      return '\t';
    }
    if (d.length() != 1) {
      throw CliException.usage("invalid --delimiter '" + d + "'", "give one character, e.g. ';' or tab");
    }
    return d.charAt(0);
  }

  /** Stdin to a private temporary file: the importer reads its input more than once. */
  private static Path spool(InputStream in) throws IOException {
    Path tmp = Files.createTempFile("inquirly-import-", ".in",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    return tmp;
  }

  static boolean addHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException | SecurityException e) {
      return false;
    }
  }

  static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | SecurityException e) {
      // the JVM is already shutting down
    }
  }

  /** One self-rewriting progress line on stderr (a terminal only). */
  static final class Ticker {
    private final Thread thread;
    private final java.io.PrintStream err;
    private volatile boolean running = true;
    /** The rate-limit pause being waited out, and the rows done when it began (shown until work moves on). */
    private volatile String notice;
    private volatile long noticeAt;

    private final Importer importer;

    Ticker(Session session, Importer importer) {
      this.importer = importer;
      err = session.io().err();
      thread = new Thread(() -> {
        while (running) {
          try {
            Thread.sleep(250);
          } catch (InterruptedException e) {
            return;
          }
          Importer.Progress p = importer.progress();
          double secs = Math.max(0.001, p.elapsed().toNanos() / 1e9);
          double rate = p.doneThisRun() / secs;
          long left = p.total() - p.done();
          String eta = rate > 0 && left > 0 ? String.format(" ETA %d:%02d", (long) (left / rate) / 60,
              (long) (left / rate) % 60) : "";
          String line = p.phase().equals("importing")
              ? String.format("%,d/%,d rows  %.0f rows/s%s  %d rejected", p.done(), Math.max(p.total(), 0), rate, eta,
                  p.rejected())
              : p.phase() + "…";
          String waiting = notice;
          if (waiting != null && p.done() == noticeAt) {
            line += "  (" + waiting + ")";
          }
          err.print("\r\033[K" + line);
          err.flush();
        }
      }, "inquirly-progress");
      thread.setDaemon(true);
      thread.start();
    }

    /** A rate-limit line from the HTTP client: shown in the progress line until the next row is done. */
    void notice(String line) {
      noticeAt = importer.progress().done();
      notice = line;
    }

    void stop() {
      running = false;
      thread.interrupt();
      try {
        thread.join(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      err.print("\r\033[K");
      err.flush();
    }
  }

  /** The enum options' values as people type them, for completion (picocli would offer the constants' names). */
  static final class ExtraValues extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ExtraValues() {
      super(List.of("error", "custom", "ignore"));
    }
  }

  static final class ConflictValues extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ConflictValues() {
      super(List.of("update", "skip", "fail"));
    }
  }

  static final class LookupValues extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    LookupValues() {
      super(List.of("auto", "list", "filter"));
    }
  }
}
