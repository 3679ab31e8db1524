package io.inquirly.cli;

import io.inquirly.bulk.ContactsRemote;
import io.inquirly.bulk.Exporter;
import io.inquirly.bulk.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contacts export}: every contact (or a filtered set) as CSV or JSONL that an import reads back. */
@Command(name = "export", description = {"Export contacts as CSV or JSONL, in the columns 'contacts import' reads back.",
    "",
    "Pages (15 contacts each) are fetched --concurrency at a time and written in order. With --output FILE the file "
        + "is written to a temporary name and renamed at the end, so a failed or interrupted export leaves no partial "
        + "file; the format follows -o, else the file's extension (default csv). CSV columns: id, name, email, "
        + "phone_number, identifier, company, city, country_code, then additional_attributes.KEY and "
        + "custom_attributes.KEY sorted by key; --columns picks others (labels costs one request per contact)."},
    footer = {"%nExamples:",
        "  inquirly contacts export --output contacts.csv",
        "  inquirly contacts export -o jsonl --label vip > vip.jsonl",
        "  inquirly contacts export --where 'email contains @acme.com' --columns id,email,labels --output acme.csv",
        "  inquirly contacts export -q ada"})
final class ContactsExportCommand implements Executable {
  @Spec CommandSpec spec;

  @Option(names = "--label", paramLabel = "LABEL", description = "only contacts with this label (repeatable: any)")
  List<String> labels = new ArrayList<>();

  @Option(names = "--where", paramLabel = "COND", description = "a filter condition KEY OPERATOR VALUE (repeatable; "
      + "see 'contacts filter --help')")
  List<String> where = new ArrayList<>();

  @Option(names = "--any", description = "match any --where condition instead of all")
  boolean any;

  @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "only contacts a search for TEXT finds")
  String query;

  @Option(names = "--concurrency", paramLabel = "N", description = "pages in flight (default 8)")
  int concurrency = 8;

  @Option(names = "--with-labels", description = "add a labels column (one extra request per contact)")
  boolean withLabels;

  @Override
  public int execute(Session session) throws Exception {
    Format format = null;
    Path file = null;
    for (String v : outputValues()) {
      Format f = v.equalsIgnoreCase("csv") ? Format.CSV : v.equalsIgnoreCase("jsonl") ? Format.JSONL : null;
      if (f != null) {
        format = f;
      } else if (v.equalsIgnoreCase("json") || v.equalsIgnoreCase("table") || v.equalsIgnoreCase("yaml")
          || v.equalsIgnoreCase("ids")) {
        throw CliException.usage("contacts export writes csv or jsonl, not " + v, "use -o csv or -o jsonl");
      } else {
        file = Path.of(v);
      }
    }
    if (format == null) {
      format = file != null && Format.of(file.toString()) == Format.JSONL ? Format.JSONL : Format.CSV;
    }
    if (concurrency < 1 || concurrency > 64) {
      throw CliException.usage("--concurrency must be between 1 and 64", null);
    }
    int filters = (labels.isEmpty() ? 0 : 1) + (where.isEmpty() ? 0 : 1) + (query == null ? 0 : 1);
    if (filters > 1) {
      throw CliException.usage("give one of --label, --where and -q", null);
    }
    if (file != null && file.toAbsolutePath().getParent() != null
        && !Files.isDirectory(file.toAbsolutePath().getParent())) {
      throw CliException.usage("no such directory: " + file.toAbsolutePath().getParent(), null);
    }
    List<String> columns = session.options().columns();
    boolean wantLabels = withLabels || columns != null && columns.contains("labels");
    ContactsRemote.Query q = new ContactsRemote.Query(labels, where, any, query);
    session.longJob();
    Exporter exporter = new Exporter(new Exporter.Options(q, format, columns, wantLabels, concurrency, file),
        new CatalogueContacts(session.invoker(null)));
    Thread hook = new Thread(() -> {
      exporter.abort();
      session.client().cancel(); // no waiting for a stuck request: the partial file is removed at once
      exporter.awaitFinished(Duration.ofSeconds(10));
    }, "inquirly-export-interrupt");
    boolean hooked = ContactsImportCommand.addHook(hook);
    try {
      long started = System.nanoTime();
      long n = exporter.run(session.io().out());
      if (file != null) {
        // the time of the export itself (not the JVM's start): what 'make bench-bulk' reports as sending time
        session.status(exported(n, "contact", file, started));
      }
      return ExitCode.OK;
    } finally {
      if (hooked) {
        ContactsImportCommand.removeHook(hook);
      }
    }
  }

  /** Every value given to -o/--output, on this command and its parents: formats and a file name. */
  private List<String> outputValues() {
    List<String> values = new ArrayList<>();
    List<CommandSpec> chain = new ArrayList<>();
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      chain.add(0, s);
    }
    for (CommandSpec s : chain) {
      OptionSpec o = s.findOption("--output");
      if (o != null) {
        values.addAll(o.originalStringValues());
      }
    }
    return values;
  }

  /** "Exported 3 contacts to FILE in 0.12 s": the last line of an export to a file. */
  static String exported(long n, String noun, Path file, long startedNanos) {
    return String.format(java.util.Locale.ROOT, "Exported %d %s%s to %s in %.2f s", n, noun, n == 1 ? "" : "s", file,
        (System.nanoTime() - startedNanos) / 1e9);
  }
}
