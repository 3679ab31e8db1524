package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Invoker;
import io.inquirly.api.Param;
import io.inquirly.http.Cancelled;
import io.inquirly.http.Json;
import io.inquirly.output.Output;
import io.inquirly.output.RecordSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one operation for several ids concurrently in one process: a result line per id (in the order
 * given), exit 0 when all succeed, 9 when some fail, and the failure's own code when all fail.
 */
final class Batch {
  /** One request of the operation for given values. */
  @FunctionalInterface
  interface One {
    JsonNode run(Invoker invoker, Map<String, Object> values, JsonNode body);
  }

  private final Session session;
  private final Output output;
  private final Invoker invoker;
  private final One one;
  private final boolean dryRun;

  Batch(Session session, Output output, Invoker invoker, One one, boolean dryRun) {
    this.session = session;
    this.output = output;
    this.invoker = invoker;
    this.one = one;
    this.dryRun = dryRun;
  }

  /** Ids from the arguments and --ids (comma list, or - for one per line on stdin), in order, deduplicated. */
  static List<Long> ids(Session session, OperationOptions o) {
    Param batchId = o.batchId();
    java.util.LinkedHashSet<Long> all = new java.util.LinkedHashSet<>();
    Object given = o.values().remove(batchId.name());
    if (given instanceof List<?> list) {
      list.forEach(v -> all.add((Long) v));
    } else if (given != null) {
      all.add((Long) given);
    }
    String text = o.ids();
    if (text != null) {
      List<String> words = new ArrayList<>();
      if (text.equals("-")) {
        try {
          String in = new String(session.io().in().readAllBytes(), StandardCharsets.UTF_8);
          for (String line : in.split("\\R")) {
            words.add(line.strip());
          }
        } catch (IOException e) {
          throw CliException.usage("cannot read ids from stdin: " + e.getMessage(), null);
        }
      } else {
        words.addAll(java.util.Arrays.asList(text.split(",")));
      }
      for (String w : words) {
        String id = w.strip();
        if (id.isEmpty()) {
          continue;
        }
        if (!id.matches("\\d{1,18}")) {
          throw CliException.usage("invalid id '" + id + "' in --ids", "give whole numbers, one per line or comma-separated");
        }
        all.add(Long.parseLong(id));
      }
    }
    if (all.isEmpty() && "-".equals(text)) {
      return List.of(); // like xargs -r: an empty pipe is nothing to do
    }
    if (all.isEmpty()) {
      throw CliException.usage("no " + batchId.label() + " given for '" + o.op().commandLine() + "'",
          "give one or more ids, or --ids - to read them from stdin");
    }
    return new ArrayList<>(all);
  }

  int run(List<Long> ids, Map<String, Object> values, JsonNode body, String idName, int concurrency) {
    if (concurrency < 1) {
      throw CliException.usage("--concurrency must be 1 or more", null);
    }
    // dry runs print requests in order: no threads
    ExecutorService pool = Executors.newFixedThreadPool(dryRun ? 1 : Math.min(concurrency, ids.size()), r -> {
      Thread t = new Thread(r, "inquirly-batch");
      t.setDaemon(true);
      return t;
    });
    List<Future<JsonNode>> results = new ArrayList<>();
    for (Long id : ids) {
      Map<String, Object> v = new HashMap<>(values);
      v.put(idName, id);
      results.add(pool.submit(() -> one.run(invoker, v, body)));
    }
    int failed = 0;
    ExitCode.Outcome firstFailure = null;
    try (RecordSink sink = output.list(List.of("id", "status", "error"))) {
      for (int i = 0; i < ids.size(); i++) {
        ObjectNode line = Json.object();
        line.put("id", ids.get(i));
        try {
          results.get(i).get();
          line.put("status", dryRun ? "dry-run" : "ok");
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Cancelled c) {
            throw c;
          }
          ExitCode.Outcome outcome = ExitCode.of(e.getCause());
          firstFailure = firstFailure == null ? outcome : firstFailure;
          failed++;
          line.put("status", "failed");
          line.put("error", session.safe(outcome.message()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new Cancelled();
        }
        sink.add(line);
      }
    } finally {
      pool.shutdownNow();
    }
    if (failed > 0) {
      session.status(failed + " of " + ids.size() + " failed.");
    }
    if (failed == 0) {
      return ExitCode.OK;
    }
    return failed == ids.size() ? firstFailure.code() : ExitCode.PARTIAL;
  }
}
