package io.inquirly;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's output file goes, and how it may be written there. */
public final class OutputFile {
  private OutputFile() {}

  /**
   * Whether output for {@code path} is written beside it and renamed over it when complete, so that a reader never
   * sees half a file: yes for a new or regular file. A device, a pipe or /dev/stdout (anything else that exists)
   * is written straight into: renaming over it, or deleting it, would replace /dev/null with a file.
   */
  public static boolean replacedWhole(Path path) {
    return !Files.exists(path) || Files.isRegularFile(path);
  }
}
