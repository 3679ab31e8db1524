package io.inquirly.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Key-serialized dispatch: work sharing a key never runs at once; other work does not wait for it. */
class KeyedDispatcherTest {

  /** An executor that runs nothing until the test says so, so what was handed to it can be counted. */
  static final class Manual implements Executor {
    final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable r) {
      queued.add(r);
    }

    synchronized int size() {
      return queued.size();
    }

    void runOne() {
      Runnable r;
      synchronized (this) {
        r = queued.poll();
      }
      r.run();
    }
  }

  /** Starts a submitter and returns once it is parked (waiting on a key or a slot) or has finished. */
  private static Thread submitInBackground(KeyedDispatcher d, List<Long> keys, Runnable work) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        d.submit(keys, work);
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    t.start();
    while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TERMINATED) {
      Thread.onSpinWait();
    }
    assertThat(failure.get()).isNull();
    return t;
  }

  @Test
  void workSharingAKeyIsNotHandedOnUntilTheEarlierWorkEnds() throws Exception {
    Manual pool = new Manual();
    KeyedDispatcher d = new KeyedDispatcher(pool, 10);
    List<String> ran = new ArrayList<>();
    d.submit(List.of(1L, 2L), () -> ran.add("first"));
    Thread second = submitInBackground(d, List.of(3L, 2L), () -> ran.add("second"));
    assertThat(second.getState()).isEqualTo(Thread.State.WAITING); // parked on key 2, held by "first"
    assertThat(pool.size()).isEqualTo(1);
    pool.runOne();
    second.join();
    assertThat(pool.size()).isEqualTo(1);
    pool.runOne();
    assertThat(ran).containsExactly("first", "second");
  }

  @Test
  void workWithOtherKeysRunsAlongside() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      KeyedDispatcher d = new KeyedDispatcher(pool, 4);
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch otherRan = new CountDownLatch(1);
      d.submit(List.of(1L), () -> await(release));
      d.submit(List.of(2L), otherRan::countDown);
      // the second ends while the first still holds key 1: they ran at the same time
      assertThat(otherRan.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(release.getCount()).isEqualTo(1);
      release.countDown();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void atMostTheQueuedCountWaitsOrRuns() throws Exception {
    Manual pool = new Manual();
    KeyedDispatcher d = new KeyedDispatcher(pool, 2);
    d.submit(List.of(1L), () -> {});
    d.submit(List.of(2L), () -> {});
    Thread third = submitInBackground(d, List.of(3L), () -> {});
    assertThat(third.getState()).isEqualTo(Thread.State.WAITING); // no slot free
    assertThat(pool.size()).isEqualTo(2);
    pool.runOne();
    third.join();
    assertThat(pool.size()).isEqualTo(2);
  }

  /** Many rows with overlapping keys on 8 workers: no key is ever held by two running rows. */
  @Test
  void noTwoRunningRowsEverShareAKey() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger[] running = new AtomicInteger[12];
    for (int i = 0; i < running.length; i++) {
      running[i] = new AtomicInteger();
    }
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Random random = new Random(3);
    try {
      KeyedDispatcher d = new KeyedDispatcher(pool, 16);
      for (int n = 0; n < 3000; n++) {
        List<Long> keys = List.of((long) random.nextInt(12), (long) random.nextInt(12)).stream().distinct().toList();
        d.submit(keys, () -> {
          for (long k : keys) {
            if (running[(int) k].incrementAndGet() > 1) {
              overlaps.incrementAndGet();
            }
          }
          Thread.yield();
          for (long k : keys) {
            running[(int) k].decrementAndGet();
          }
          done.incrementAndGet();
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(done.get()).isEqualTo(3000);
    assertThat(overlaps.get()).isZero();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
