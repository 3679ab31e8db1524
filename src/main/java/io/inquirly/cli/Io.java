package io.inquirly.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The process's streams, environment and terminal facts, passed explicitly so that tests can run many
 * commands in parallel in one JVM without touching System.in/out/err or the real environment.
 */
public record Io(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    boolean stdinTty,
    boolean stdoutTty,
    boolean stderrTty) {

  /** The real process: System streams and environment; which of the three streams are terminals. */
  public static Io system() {
    Boolean in = terminal(0);
    Boolean out = terminal(1);
    Boolean err = terminal(2);
    if (in == null || out == null || err == null) {
      // no /proc: JDK 17's console() is non-null only when both stdin and stdout are terminals
      boolean tty = System.console() != null;
      return new Io(System.in, System.out, System.err, System.getenv(), tty, tty, tty);
    }
    return new Io(System.in, System.out, System.err, System.getenv(), in, out, err);
  }

  /** Whether file descriptor {@code fd} is a terminal, from /proc (Linux); null when that cannot be told. */
  private static Boolean terminal(int fd) {
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }

  /** Non-interactive streams (no TTY anywhere): what tests and pipes look like. */
  public static Io of(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    return new Io(in, out, err, Map.copyOf(env), false, false, false);
  }

  public Io withTty(boolean stdin, boolean stdout, boolean stderr) {
    return new Io(in, out, err, env, stdin, stdout, stderr);
  }

  /** An environment variable, or null when unset or empty. */
  public String getenv(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
