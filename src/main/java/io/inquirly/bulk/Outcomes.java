package io.inquirly.bulk;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** Thread-safe counts of row outcomes. */
public final class Outcomes {
  private final AtomicLongArray counts = new AtomicLongArray(Journal.Outcome.values().length);

  void add(Journal.Outcome o) {
    counts.incrementAndGet(o.ordinal());
  }

  public long get(Journal.Outcome o) {
    return counts.get(o.ordinal());
  }

  public long total() {
    long t = 0;
    for (int i = 0; i < counts.length(); i++) {
      t += counts.get(i);
    }
    return t;
  }

  public Map<Journal.Outcome, Long> asMap() {
    Map<Journal.Outcome, Long> m = new EnumMap<>(Journal.Outcome.class);
    for (Journal.Outcome o : Journal.Outcome.values()) {
      m.put(o, get(o));
    }
    return m;
  }
}
