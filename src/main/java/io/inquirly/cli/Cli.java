package io.inquirly.cli;

import io.inquirly.http.HttpTuning;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Parses the arguments, runs the named command, and turns every failure into one line and an exit code. */
public final class Cli {
  /**
   * picocli's "Invalid value for option '--x': 'y' is not a long number" and its positional twin. In a holder:
   * compiling it costs a noticeable part of start-up, and only a usage error needs it.
   */
  private static final class BadValue {
    static final Pattern PATTERN = Pattern.compile(
        "Invalid value for (option '([^']+)'|positional parameter at index \\d+ \\(([^)]+)\\)): '(.*)' is not an? (\\w+).*",
        Pattern.DOTALL);
  }

  private final Io io;
  private final HttpTuning tuning;

  public Cli(Io io) {
    this(io, HttpTuning.DEFAULT);
  }

  public Cli(Io io, HttpTuning tuning) {
    this.io = io;
    this.tuning = tuning;
  }

  public int run(String[] typed) {
    boolean debug = GlobalOptions.debugRequested(typed);
    try {
      String[] args = Suggestions.resolve(typed);
      CommandLine root = Commands.root(io, args);
      ParseResult parsed;
      try {
        parsed = root.parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        return fail(usageMessage(e), hintFor(e), ExitCode.USAGE, e, debug);
      }
      if (CommandLine.printHelpIfRequested(parsed)) {
        return ExitCode.OK;
      }
      ParseResult leaf = parsed;
      while (leaf.subcommand() != null) {
        leaf = leaf.subcommand();
      }
      Object command = leaf.commandSpec().userObject();
      GlobalOptions options = GlobalOptions.from(parsed);
      debug = debug || options.debug();
      try (Session session = new Session(io, options, tuning)) {
        if (command instanceof Executable e) {
          return e.execute(session);
        }
        if (command instanceof Callable<?> c) {
          Object code = c.call();
          return code instanceof Integer i ? i : ExitCode.OK;
        }
        // a group named without a command: show what it offers
        leaf.commandSpec().commandLine().usage(io.out());
        return ExitCode.OK;
      }
    } catch (Throwable t) {
      ExitCode.Outcome outcome = ExitCode.of(t);
      return fail(outcome.message(), outcome.hint(), outcome.code(), t, debug);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private int fail(String message, String hint, int code, Throwable t, boolean debug) {
    io.out().flush();
    io.err().println("error: " + message + (hint == null ? "" : "; " + hint));
    if (debug) {
      t.printStackTrace(io.err());
    }
    return code;
  }

  private static String usageMessage(CommandLine.ParameterException e) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      boolean option = arg.startsWith("-");
      List<String> suggestions = u.getSuggestions();
      String did = suggestions.isEmpty() ? "" : " (did you mean '" + suggestions.get(0) + "'?)";
      if (!option) {
        // picocli's similarity offers 'merge' for 'get': ours knows the aliases and measures edit distance
        String best = Suggestions.best(arg, e.getCommandLine().getSubcommands().keySet());
        did = best == null ? "" : " (did you mean '" + best + "'?)";
      }
      if (option) {
        return "unknown option '" + arg + "' for '" + command + "'" + did;
      }
      boolean hasSubcommands = !e.getCommandLine().getSubcommands().isEmpty();
      return (hasSubcommands ? "unknown command '" + arg + "' for '" + command + "'"
          : "unexpected argument '" + arg + "' for '" + command + "'") + did;
    }
    String m = e.getMessage();
    Matcher bad = BadValue.PATTERN.matcher(m);
    if (bad.matches()) {
      String what = bad.group(2) != null ? bad.group(2) : bad.group(3);
      String type = bad.group(5);
      String expected = type.startsWith("long") || type.startsWith("int") ? "a whole number"
          : type.startsWith("positive") ? "a positive whole number"
          : type.startsWith("double") || type.startsWith("float") ? "a number" : type;
      return "invalid " + what + " '" + bad.group(4) + "' for '" + command + "': expected " + expected;
    }
    return m + (m.contains(command) ? "" : " (" + command + ")");
  }

  private static String hintFor(CommandLine.ParameterException e) {
    return "see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
  }
}
