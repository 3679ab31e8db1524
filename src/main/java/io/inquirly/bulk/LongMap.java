package io.inquirly.bulk;

import java.util.Arrays;

/** An open-addressing long → long map: 16 bytes a slot, no boxing (keeps the index small). Not thread-safe. */
final class LongMap {
  static final long MISSING = Long.MIN_VALUE;
  private long[] keys = new long[64];
  private long[] values = new long[64];
  private int size;

  long get(long key) {
    key = key == 0 ? 1 : key;
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == 0) {
        return MISSING;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  void put(long key, long value) {
    key = key == 0 ? 1 : key;
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == 0) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (Hashes.mix(key) & mask);
  }

  @Override
  public String toString() {
    return "LongMap(" + size + "/" + keys.length + ")" + (size < 0 ? Arrays.toString(keys) : "");
  }
}
