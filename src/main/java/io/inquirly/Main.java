package io.inquirly;

import io.inquirly.cli.Cli;
import io.inquirly.cli.Io;
import java.io.PrintStream;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Io.system()));
  }

  /** Runs with the process's environment and stdin; output to the given streams. Returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Io system = Io.system();
    return run(args, new Io(system.in(), out, err, system.env(), system.stdinTty(), false, false));
  }

  /** Runs with everything given; tests use this to run commands in parallel. Returns the exit code. */
  public static int run(String[] args, Io io) {
    return new Cli(io).run(args);
  }
}
