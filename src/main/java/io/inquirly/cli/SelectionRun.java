package io.inquirly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.http.ApiException;
import io.inquirly.http.Cancelled;
import io.inquirly.http.Failure;
import io.inquirly.http.Json;
import io.inquirly.output.RecordSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch verb over a {@link Selection}: reads every selected id first (a snapshot), shows the count and asks
 * once (scripts give --yes), then acts. Where the server has a bulk form ({@link BulkForm}) it sends
 * {@code bulk_actions} in chunks, and since the server answers before its job has run, reads the records back in
 * pages and reports the ids that did not change (exit 9); where it has none, or refuses it, one request per id
 * ({@link Batch}). With --dry-run: the count, the first ids and the requests, nothing sent.
 */
final class SelectionRun {
  private SelectionRun() {}

  /** Ids per bulk_actions request: one background job each on the server. */
  static final int BULK_CHUNK = 500;
  /**
   * Reads in a row that find no more records changed before the ones still unchanged are reported: a job that
   * is still working shows progress between reads, and is waited for.
   */
  static final int VERIFY_ROUNDS = 4;

  /** What a confirmation says the verb does, by command after the group (else the verb). */
  private static final Map<String, String> ACTIONS = Map.of(
      "labels add", "label", "labels remove", "unlabel", "labels set", "relabel", "status", "set the status of",
      "priority", "set the priority of", "attributes", "set attributes of", "attributes remove",
      "remove attributes from");

  /**
   * The selection's ids, read before anything changes (every page, even in a dry run: the dry-run invoker would
   * print the filter's POST instead of sending it), then printed in a dry run or confirmed once ({@code action}
   * and the count; scripts give --yes). Empty, with a line saying so, when nothing matches. Operations that take
   * all ids in one request ({@code macros execute}) use it alone; batch verbs through {@link #run}.
   */
  static List<Long> snapshotFor(Session session, OperationOptions o, Invoker invoker, String action) {
    Selection selection = o.selection();
    String noun = noun(selection);
    session.longJob();
    List<Long> ids = selection.snapshot(o.dryRun() ? session.invoker(null) : invoker);
    if (ids.isEmpty()) {
      session.status("No " + OperationCommand.plural(noun) + " match the selection: nothing to do.");
      return ids;
    }
    String count = String.format(java.util.Locale.ROOT, "%,d", ids.size()) + " "
        + (ids.size() == 1 ? noun : OperationCommand.plural(noun));
    if (o.dryRun()) {
      printSelection(session, count, ids);
    } else if (!o.yes()) {
      session.confirm(action + " " + count, "add --yes to confirm");
    }
    return ids;
  }

  static int run(Session session, OperationOptions o, Invoker invoker) {
    Operation op = o.op();
    Selection selection = o.selection();
    String words = String.join(" ", op.command().subList(1, op.command().size()));
    List<Long> ids = snapshotFor(session, o, invoker, ACTIONS.getOrDefault(words, op.verb()));
    if (ids.isEmpty()) {
      return ExitCode.OK;
    }
    BulkForm form = BulkForm.of(op, o.values());
    if (o.dryRun()) {
      if (form != null) {
        sendBulk(invoker, form, ids);
        return DryRun.done(session);
      }
      return perId(session, o, invoker, ids);
    }
    if (form == null) {
      return perId(session, o, invoker, ids);
    }
    try {
      sendBulk(invoker, form, ids);
    } catch (ApiException e) {
      if (e.failure() != Failure.NOT_FOUND && e.failure() != Failure.INVALID) {
        throw e;
      }
      session.status("The server refused bulk_actions (" + e.getMessage() + "): one request per "
          + noun(selection) + " instead.");
      return perId(session, o, invoker, ids);
    }
    return verify(session, invoker, selection, form, ids);
  }

  /** "conversation" for a selection of conversations. */
  private static String noun(Selection selection) {
    return selection.group().substring(0, selection.group().length() - 1);
  }

  /** "Selection: 1,204 conversations: 1, 2, …"; with -o json and the like one JSON line (the requests follow). */
  private static void printSelection(Session session, String count, List<Long> ids) {
    String format = session.options().output();
    if (format != null && DryRun.machine(format)) {
      ObjectNode o = Json.object();
      o.put("selected", ids.size());
      ids.subList(0, Math.min(10, ids.size())).forEach(o.putArray("first_ids")::add);
      session.io().out().println(Json.compact(o));
    } else {
      session.io().out().println("Selection: " + count + ": " + OperationCommand.joined(ids));
    }
  }

  private static int perId(Session session, OperationOptions o, Invoker invoker, List<Long> ids) {
    return new Batch(session, session.output(), invoker, (inv, v, b) -> SingleRun.send(o, inv, v, b), o.dryRun())
        .run(ids, o.values(), o.body(), o.batchId().name(), o.concurrency());
  }

  /** One bulk_actions request per chunk of ids; the first one refused stops before any other is sent. */
  private static void sendBulk(Invoker invoker, BulkForm form, List<Long> ids) {
    Operation bulk = form.bulk().resolve();
    for (int from = 0; from < ids.size(); from += BULK_CHUNK) {
      invoker.call(bulk, form.values(ids.subList(from, Math.min(ids.size(), from + BULK_CHUNK))), null);
    }
  }

  /**
   * Reads the records back until every one shows the change or {@link #VERIFY_ROUNDS} reads in a row changed
   * nothing more (waiting longer each time, up to 8 backoffs: the server's job runs after its answer), then
   * reports each id: ok, or unchanged and why.
   */
  private static int verify(Session session, Invoker reader, Selection selection, BulkForm form, List<Long> ids) {
    Map<Long, String> unchanged = new LinkedHashMap<>();
    ids.forEach(id -> unchanged.put(id, "not read back"));
    long base = session.tuning().retryBase().toMillis();
    long wait = base;
    for (int round = 0, idle = 0; idle < VERIFY_ROUNDS && !unchanged.isEmpty(); round++) {
      if (round > 0) {
        pause(wait);
        wait = Math.min(wait * 2, base * 8);
      }
      int before = unchanged.size();
      List<Long> open = new ArrayList<>(unchanged.keySet());
      if (form.deletes()) {
        Set<Long> listed = selection.stillListed(reader, open);
        open.stream().filter(id -> !listed.contains(id)).forEach(unchanged::remove);
        listed.forEach(id -> unchanged.put(id, "still there"));
      } else {
        open.forEach(id -> unchanged.put(id, "not found"));
        Selection.readConversations(reader, open, r -> {
          long id = r.path("id").asLong();
          if (unchanged.containsKey(id)) {
            String why = form.check().unchanged(r);
            if (why == null) {
              unchanged.remove(id);
            } else {
              unchanged.put(id, why);
            }
          }
        });
      }
      idle = unchanged.size() < before ? 0 : idle + 1;
    }
    try (RecordSink sink = session.output().list(List.of("id", "status", "error"))) {
      for (Long id : ids) {
        ObjectNode line = Json.object();
        line.put("id", id);
        String why = unchanged.get(id);
        line.put("status", why == null ? "ok" : "unchanged");
        line.put("error", why == null ? "" : why);
        sink.add(line);
      }
    }
    if (unchanged.isEmpty()) {
      return ExitCode.OK;
    }
    session.status(unchanged.size() + " of " + ids.size() + " unchanged after the server's job.");
    return ExitCode.PARTIAL;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }
}
