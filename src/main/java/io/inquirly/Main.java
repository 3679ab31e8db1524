package io.inquirly;

import io.inquirly.cli.Cli;
import io.inquirly.cli.Io;
import io.inquirly.common.Threads;
import java.io.PrintStream;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(args, Io.system());
    if (mustExit(code)) {
      System.exit(code);
    }
  }

  /**
   * Whether ending with this code needs System.exit. Returning from main ends the JVM with status 0 as
   * System.exit(0) would, minus JDK 21+'s logging of Runtime.exit, whose logger look-up scans the class path
   * (~10 ms of a help or local command); but only when no other non-daemon thread would keep the JVM alive.
   */
  public static boolean mustExit(int code) {
    if (code != 0) {
      return true;
    }
    // a loop, not a stream: a lambda here would be linked on every exit (training runs never reach main)
    for (Thread t : Threads.live()) {
      if (t != Thread.currentThread() && !t.isDaemon()) {
        return true;
      }
    }
    return false;
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

  /** As {@link #run(String[], Io)}, with the server's timings given (tests: short windows and backoffs). */
  public static int run(String[] args, Io io, io.inquirly.http.HttpTuning tuning) {
    return new Cli(io, tuning).run(args);
  }
}
