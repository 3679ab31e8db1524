package io.inquirly.bulk;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Key-serialized dispatch: runs work on a pool so that two pieces of work sharing a key (a row's e-mail, phone
 * number or identifier, hashed) never run at once; work whose keys are held by work in flight waits for it. One
 * thread submits (the file's reader, in file order), so a later duplicate always runs after, and sees, the earlier
 * row. At most {@code queued} pieces wait or run at a time, so reading never runs far ahead of sending.
 */
final class KeyedDispatcher {
  private final Executor pool;
  private final Semaphore slots;
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

  KeyedDispatcher(Executor pool, int queued) {
    this.pool = pool;
    this.slots = new Semaphore(Math.max(1, queued));
  }

  /** Waits until no work holding any of {@code keys} is in flight (what it wrote is then in the index). */
  void awaitKeys(Collection<Long> keys) {
    for (Long k : keys) {
      CompletableFuture<Void> earlier = inFlight.get(k);
      if (earlier != null) {
        earlier.join();
      }
    }
  }

  /**
   * Runs {@code work} on the pool once no work in flight holds one of {@code keys} and a slot is free; the keys are
   * held until it ends. Called from the one submitting thread only.
   */
  void submit(Collection<Long> keys, Runnable work) throws InterruptedException {
    awaitKeys(keys);
    slots.acquire();
    CompletableFuture<Void> mine = new CompletableFuture<>();
    keys.forEach(k -> inFlight.put(k, mine));
    pool.execute(() -> {
      try {
        work.run();
      } finally {
        keys.forEach(k -> inFlight.remove(k, mine));
        mine.complete(null);
        slots.release();
      }
    });
  }
}
