package io.inquirly.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

  /**
   * {@code out} (stdout) behind a stream whose close only flushes: the writer wrapped around it is closed, stdout
   * stays open for what follows.
   */
  public static OutputStream keptOpen(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len); // FilterOutputStream would write byte by byte
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
