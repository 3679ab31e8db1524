package io.inquirly.cli;

import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the command {@link OperationSpec} built from one catalogue operation, in kubectl's three steps: complete
 * (read what was given into {@link OperationOptions}, resolve names to ids), validate (a create given nothing),
 * run: several ids ({@link Batch}), a chart ({@link ChartRun}), a list ({@link ListRun}) or one request
 * ({@link SingleRun}); with --dry-run the writes go to {@link DryRun} instead of the server.
 */
final class OperationCommand implements Executable {
  private final OperationSpec spec;

  OperationCommand(OperationSpec spec) {
    this.spec = spec;
  }

  static picocli.CommandLine.Model.CommandSpec spec(Operation op) {
    return OperationSpec.of(op);
  }

  @Override
  public int execute(Session session) {
    Operation op = spec.op;
    session.output(); // a bad -o or --jq fails before anything else
    OperationOptions o = spec.read(session);
    validate(o);
    Invoker invoker = session.invoker(o.dryRun() ? new DryRun(session, o.reveal())::print : null);
    new NamedIds().resolve(invoker, o.values()); // --inbox Support: the id, looked up once (a dry run too)
    Param into = OperationSpec.selecting(op);
    if (into != null) {
      if (o.selection() == null && !o.values().containsKey(into.name())) {
        throw CliException.usage("give " + into.option() + " " + into.label() + " or a selection of " + into.selects()
            + " (--where, --label, --status, --inbox, --all-matching)", "see 'inquirly " + op.commandLine()
            + " --help'");
      }
      if (o.selection() != null) {
        if (o.values().containsKey(into.name())) {
          throw CliException.usage("give " + into.option() + " ids or a selection (--where, --label, ...), not both",
              "drop " + into.option() + ", or the selection");
        }
        List<Long> ids = SelectionRun.snapshotFor(session, o, invoker, op.verb() + " " + op.noun() + " on");
        if (ids.isEmpty()) {
          return ExitCode.OK;
        }
        o.values().put(into.name(), ids);
      }
    } else if (o.selection() != null) {
      if (!o.values().containsKey(o.batchId().name()) && o.ids() == null) {
        return SelectionRun.run(session, o, invoker);
      }
      throw CliException.usage("give ids or a selection (--where, --label, ...), not both",
          "drop the ids, or the selection");
    }
    List<Long> batch = o.batchId() == null ? null : Batch.ids(session, o);
    if (batch != null && batch.isEmpty()) {
      if (session.io().stderrTty()) {
        session.status("No " + plural(op.noun()) + " to " + op.verb() + ": --ids - read no ids.");
      }
      return ExitCode.OK;
    }
    if (batch != null && batch.size() != 1) {
      if (op.confirm() && !o.dryRun() && !o.yes()) {
        confirm(session, op, batch.size() + " " + plural(op.noun()) + " (" + joined(batch) + ")");
      }
      session.longJob();
      return new Batch(session, session.output(), invoker, (inv, v, b) -> SingleRun.send(o, inv, v, b), o.dryRun())
          .run(batch, o.values(), o.body(), o.batchId().name(), o.concurrency());
    }
    if (batch != null) {
      o.values().put(o.batchId().name(), batch.get(0));
    }
    if (op.confirm() && !o.dryRun() && !o.yes()) {
      confirm(session, op, target(op, o.values()));
    }
    if (o.chart() != null && !session.options().raw()) {
      return ChartRun.run(session, o, invoker);
    }
    if (op.result() == Operation.Result.LIST && !session.options().raw() && op.handler() == null) {
      return ListRun.run(session, o, invoker);
    }
    return SingleRun.run(session, o, invoker);
  }

  /**
   * A create that was given nothing at all (an empty contact nobody can list, ...): it has body fields and no
   * option of any kind was given (a file option such as --attach counts). Operations with a handler or a prepare
   * step check their own input.
   */
  private static void validate(OperationOptions o) {
    Operation op = o.op();
    if (o.body() == null && nothingToCreate(op, o.values())) {
      List<String> options = op.params().stream().filter(p -> p.in() == Param.In.BODY && p.option() != null)
          .map(Param::option).limit(4).toList();
      throw CliException.usage("nothing to create: '" + op.commandLine() + "' was given no fields",
          "give " + (options.isEmpty() ? "" : String.join(", ", options) + " ... or ") + "--data");
    }
  }

  private static boolean nothingToCreate(Operation op, Map<String, Object> values) {
    if (!op.verb().equals("create") || !op.method().equals("POST") || op.handler() != null || op.prepare() != null
        || op.params().stream().noneMatch(p -> p.in() == Param.In.BODY)) {
      return false;
    }
    for (Param p : op.params()) {
      if (p.in() == Param.In.PATH || op.positionals().contains(p)) {
        continue;
      }
      Object v = values.get(p.name());
      if (v != null && !Boolean.FALSE.equals(v) && !(v instanceof java.util.Collection<?> c && c.isEmpty())
          && !(v instanceof Map<?, ?> m && m.isEmpty())) {
        return false;
      }
    }
    return true;
  }

  static void confirm(Session session, Operation op, String target) {
    session.confirm((op.method().equals("DELETE") ? "delete " : op.verb() + " ") + target, "add --yes to confirm");
  }

  static String joined(List<Long> ids) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(ids.size(), 10); i++) {
      parts.add(String.valueOf(ids.get(i)));
    }
    return String.join(", ", parts) + (ids.size() > 10 ? ", …" : "");
  }

  /**
   * What the positional ids name, for people: "contact 4"; "contacts 4 and 5" when every id is one of the
   * noun's (merge's two contacts); else the last id's noun "of" the others ("label 3 of portal 1").
   */
  static String target(Operation op, Map<String, Object> values) {
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Param p : op.positionals()) {
      Object v = values.get(p.name());
      if (v != null) {
        ids.add(String.valueOf(v));
        names.add(p.name());
      }
    }
    int n = ids.size();
    if (n <= 1) {
      return op.noun() + (n == 0 ? "" : " " + ids.get(0));
    }
    String key = op.noun().replace(' ', '_');
    if (names.stream().allMatch(name -> name.contains(key))) {
      return plural(op.noun()) + " " + String.join(", ", ids.subList(0, n - 1)) + " and " + ids.get(n - 1);
    }
    StringBuilder sb = new StringBuilder(op.noun() + " " + ids.get(n - 1));
    for (int i = n - 2; i >= 0; i--) {
      sb.append(" of ").append(names.get(i).replaceFirst("_id$", "").replace('_', ' ')).append(' ').append(ids.get(i));
    }
    return sb.toString();
  }

  static String plural(String noun) {
    if (noun.endsWith("x") || noun.endsWith("s")) {
      return noun + "es";
    }
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }
}
