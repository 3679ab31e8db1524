package io.inquirly.common;

import java.util.ArrayList;
import java.util.List;

/** The JVM's live threads, for the decisions that depend on which threads would outlive a command. */
public final class Threads {
  private Threads() {}

  /** Every live thread in the JVM (all thread groups). */
  public static List<Thread> live() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int n = root.enumerate(threads, true);
    List<Thread> live = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (threads[i].isAlive()) {
        live.add(threads[i]);
      }
    }
    return live;
  }
}
