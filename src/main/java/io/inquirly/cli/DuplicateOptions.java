package io.inquirly.cli;

import io.inquirly.bulk.BulkInputException;
import io.inquirly.bulk.ContactsRemote;
import io.inquirly.bulk.DuplicateKeys;
import io.inquirly.bulk.Duplicates;
import io.inquirly.http.Cancelled;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Option;

/**
 * What {@code contacts duplicates} and {@code contacts dedupe} share: the keys that make contacts the same person,
 * and one walk over every contact (pages fetched {@code --concurrency} ahead, indexed in order).
 */
final class DuplicateOptions {
  @Option(names = "--by", paramLabel = "KEYS", description = "what makes two contacts one person, comma-separated: "
      + "email, phone, identifier, name+company, name+city (default email,phone,identifier)")
  String by = "email,phone,identifier";

  @Option(names = "--email-rules", paramLabel = "RULES", description = "gmail: also ignore dots and +tags in "
      + "gmail.com and googlemail.com addresses")
  String emailRules;

  @Option(names = "--country-code", paramLabel = "CODE", description = "the calling code of phone numbers written "
      + "without one (e.g. 1 or +44); without it such numbers join nothing")
  String countryCode;

  @Option(names = "--link", paramLabel = "FILE", description = "a CSV tying e-mails to phone numbers or "
      + "identifiers (columns email and phone and/or identifier): contacts it ties are one person")
  Path link;

  @Option(names = "--concurrency", paramLabel = "N", description = "requests in flight (default 4)")
  int concurrency = 4;

  /** Reads every contact once into the index (problems with the options are usage errors). */
  Duplicates find(Session session) {
    if (concurrency < 1 || concurrency > 64) {
      throw CliException.usage("--concurrency must be between 1 and 64", null);
    }
    Duplicates index;
    try {
      boolean gmail = false;
      if (emailRules != null) {
        if (!emailRules.strip().equalsIgnoreCase("gmail")) {
          throw new BulkInputException("unknown --email-rules '" + emailRules + "'", "the one rule is gmail");
        }
        gmail = true;
      }
      Set<Duplicates.Key> keys = Duplicates.Key.parse(by);
      index = new Duplicates(keys, new DuplicateKeys(gmail, DuplicateKeys.callingCode(countryCode)));
      if (link != null) {
        index.link(link);
      }
    } catch (BulkInputException e) {
      throw CliException.usage(e.getMessage(), e.hint());
    }
    session.longJob();
    walk(new CatalogueContacts(session.invoker(null)), index);
    return index;
  }

  /** Pages in order, up to {@code concurrency} requested ahead of the one being indexed. */
  private void walk(ContactsRemote remote, Duplicates index) {
    ContactsRemote.Query all = ContactsRemote.Query.all();
    ContactsRemote.Page first = remote.page(all, 1);
    first.records().forEach(index::add);
    if (first.records().isEmpty() || !first.more()) {
      return;
    }
    int perPage = first.records().size();
    long last = first.total() < 0 ? Long.MAX_VALUE : (first.total() + perPage - 1) / perPage;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "inquirly-duplicates");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<CompletableFuture<ContactsRemote.Page>> ahead = new ArrayDeque<>();
      int next = 2;
      while (true) {
        while (ahead.size() < concurrency * 2 && next <= last) {
          int n = next++;
          ahead.add(CompletableFuture.supplyAsync(() -> remote.page(all, n), pool));
        }
        if (ahead.isEmpty()) {
          return;
        }
        ContactsRemote.Page page = join(ahead.poll());
        page.records().forEach(index::add);
        if (page.records().isEmpty() || !page.more() && first.total() < 0) {
          return;
        }
        if (Thread.currentThread().isInterrupted()) {
          throw new Cancelled();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
