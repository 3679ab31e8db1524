package io.inquirly.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * LIST: every existing contact is read into the index before the first row (pages fetched concurrently on the
 * import's pool); rows are then matched as they are read, with no further request.
 */
record ListLookup(ContactsRemote remote, ContactIndex index, Executor pool) implements ContactLookup {
  @Override
  public Importer.Lookup way() {
    return Importer.Lookup.LIST;
  }

  /** Pages 2.. of every contact into the index, as many at a time as the pool runs; returns the contacts indexed. */
  @Override
  public long start(ContactsRemote.Page first) {
    if (first.records().isEmpty()) {
      return 0;
    }
    ContactsRemote.Query all = ContactsRemote.Query.all();
    int perPage = first.records().size();
    long pages = first.total() < 0 ? 1 : (first.total() + perPage - 1) / perPage;
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (int p = 2; p <= pages; p++) {
      int page = p;
      futures.add(CompletableFuture.runAsync(() -> remote.page(all, page).records().forEach(index::add), pool));
    }
    try {
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return index.size();
  }

  @Override
  public boolean batches() {
    return false;
  }

  @Override
  public boolean full(int rows, int keys, Draft next) {
    return rows > 0;
  }

  /** Nothing to ask: the index holds every contact. */
  @Override
  public void find(List<Draft> rows) {}
}
