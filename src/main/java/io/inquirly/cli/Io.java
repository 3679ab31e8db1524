package io.inquirly.cli;

import java.io.Console;
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

  /** The real process: System streams and environment; TTY facts from System.console(). */
  public static Io system() {
    Console console = System.console();
    // JDK 17: console() is non-null only when both stdin and stdout are terminals.
    boolean tty = console != null;
    return new Io(System.in, System.out, System.err, System.getenv(), tty, tty, tty);
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
