package io.inquirly.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Which process holds the OS lock on a file: Linux lists every lock with its holder's pid and the file's device and
 * inode in {@code /proc/locks}. Elsewhere (or when it cannot tell) the answer is null.
 */
final class LockHolder {
  private LockHolder() {}

  static Long pid(Path file) {
    try {
      Path locks = Path.of("/proc/locks");
      if (!Files.isReadable(locks)) {
        return null;
      }
      Object ino = Files.getAttribute(file, "unix:ino");
      Object dev = Files.getAttribute(file, "unix:dev");
      long d = ((Number) dev).longValue();
      // /proc/locks writes the device as MAJOR:MINOR in hex, from the kernel's encoding of st_dev
      long major = ((d >>> 32) & 0xfffff000L) | ((d >>> 8) & 0xfffL);
      long minor = ((d >>> 12) & 0xffffff00L) | (d & 0xffL);
      String id = String.format("%02x:%02x:%d", major, minor, ((Number) ino).longValue());
      for (String line : Files.readAllLines(locks)) {
        // 1: POSIX  ADVISORY  WRITE 4242 08:01:1234567 0 EOF
        String[] f = line.trim().split("\\s+");
        if (f.length >= 6 && !f[1].equals("->") && f[5].equals(id) && f[4].matches("\\d+")) {
          return Long.parseLong(f[4]);
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** " (started 02:50:11)" when the process's start is known, else "". */
  static String started(long pid) {
    return ProcessHandle.of(pid).flatMap(h -> h.info().startInstant())
        .map(i -> " (started " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault())
            .format(i) + ")")
        .orElse("");
  }
}
