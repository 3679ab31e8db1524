package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.bulk.Duplicates;
import io.inquirly.http.Json;
import io.inquirly.output.RecordSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code contacts duplicates}: groups of contacts that are likely one person, with the reason for each match. */
@Command(name = "duplicates", description = {"Find contacts that are likely the same person, in groups, with the "
    + "reason for each match.",
    "",
    "Reads every contact once (15 a page) and groups those sharing a key: email (trimmed, any case), phone (E.164, "
        + "from phone_number and from attributes named like phone, mobile or whatsapp), identifier, and a "
        + "normalised name (case, accents, spacing and word order ignored) together with the company or the city. "
        + "Groups are transitive: A and B share an e-mail, B and C a phone number: one group. Memory holds a hash "
        + "per key and an id per contact, not the contacts. Then the grouped contacts are read once more to show "
        + "them. 'contacts dedupe' merges the groups."},
    footer = {"%nExamples:",
        "  inquirly contacts duplicates",
        "  inquirly contacts duplicates --by email,phone,name+company --email-rules gmail -o csv",
        "  inquirly contacts duplicates --by phone --country-code 1 -o json"})
final class ContactsDuplicatesCommand implements Executable {
  static final List<String> COLUMNS = List.of("group", "id", "name", "email", "phone_number", "identifier", "match");

  @Mixin DuplicateOptions find = new DuplicateOptions();

  @Override
  public int execute(Session session) throws Exception {
    session.output(); // a bad -o fails before anything is sent
    long started = System.nanoTime();
    Duplicates index = find.find(session);
    List<List<Duplicates.Member>> groups = index.groups();
    CatalogueMerges remote = new CatalogueMerges(session.invoker(null));
    ExecutorService pool = Executors.newFixedThreadPool(find.concurrency, r -> {
      Thread t = new Thread(r, "inquirly-duplicates-show");
      t.setDaemon(true);
      return t;
    });
    long contacts = 0;
    int shown = 0;
    try (RecordSink sink = session.output().list(COLUMNS)) {
      // a window of groups read ahead of the one written: the records in memory stay few
      java.util.ArrayDeque<List<CompletableFuture<JsonNode>>> ahead = new java.util.ArrayDeque<>();
      int next = 0;
      for (List<Duplicates.Member> g : groups) {
        while (next < groups.size() && ahead.size() < find.concurrency * 4) {
          List<CompletableFuture<JsonNode>> reads = new ArrayList<>();
          for (Duplicates.Member m : groups.get(next++)) {
            reads.add(CompletableFuture.supplyAsync(() -> remote.show(m.id()), pool));
          }
          ahead.add(reads);
        }
        List<CompletableFuture<JsonNode>> reads = ahead.poll();
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
          JsonNode c = join(reads.get(i));
          if (c != null) {
            rows.add(row(shown + 1, c, g.get(i).reason()));
          }
        }
        if (rows.size() > 1) { // one gone since the walk leaves no group
          shown++;
          contacts += rows.size();
          rows.forEach(sink::add);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    session.status(String.format(java.util.Locale.ROOT, "%,d group%s of duplicates (%,d contacts) among %,d "
        + "contacts in %.1f s", shown, shown == 1 ? "" : "s", contacts, index.contacts(),
        (System.nanoTime() - started) / 1e9));
    return ExitCode.OK;
  }

  private static ObjectNode row(int group, JsonNode c, String match) {
    ObjectNode o = Json.object();
    o.put("group", group);
    o.set("id", c.path("id"));
    for (String f : List.of("name", "email", "phone_number", "identifier")) {
      o.set(f, c.path(f).isMissingNode() ? null : c.get(f));
    }
    o.put("match", match);
    return o;
  }

  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
