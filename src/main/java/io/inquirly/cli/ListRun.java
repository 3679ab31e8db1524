package io.inquirly.cli;

import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.output.RecordSink;

/** A list operation shown as it arrives: one page (--page), the first --limit records, or every page (--all). */
final class ListRun {
  private ListRun() {}

  static int run(Session session, OperationOptions o, Invoker invoker) {
    Operation op = o.op();
    int startPage = o.startPage();
    if (startPage < 1) {
      throw CliException.usage("--page must be 1 or more", null);
    }
    boolean every = o.all();
    long max = o.limit() == null ? 0 : o.limit();
    if (o.limit() != null && max < 1) {
      throw CliException.usage("--limit must be 1 or more", null);
    }
    if (every || max > 0) {
      session.longJob();
    }
    Invoker.Walk walk;
    try (RecordSink sink = session.output().list(op.columns())) {
      boolean reveal = o.reveal();
      walk = invoker.walk(op, invoker.request(op, o.values(), o.body()), startPage, every || max > 0, max,
          records -> records.forEach(r -> sink.add(reveal ? r : Secrets.mask(r, session.knownSecrets()))));
      if (sink.count() == 0 && session.io().stderrTty()) {
        session.status("No " + OperationCommand.plural(op.noun()) + " found.");
      }
    }
    if (walk.more() && !every && max == 0 && session.io().stderrTty()) {
      session.status("More " + OperationCommand.plural(op.noun()) + " on the next pages"
          + (walk.total() == null ? "" : " (" + walk.total() + " in all)")
          + ": use --all for every page, or --page " + (startPage + 1) + ".");
    }
    return ExitCode.OK;
  }
}
