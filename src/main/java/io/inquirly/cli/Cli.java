package io.inquirly.cli;

import io.inquirly.http.HttpTuning;
import io.inquirly.http.Redactor;
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
    static final Pattern CHOICE = Pattern.compile(
        "Invalid value for option '([^']+)': expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'",
        Pattern.DOTALL);
    static final Pattern PATTERN = Pattern.compile(
        "Invalid value for (option '([^']+)'|positional parameter at index \\d+ \\(([^)]+)\\)): '(.*)' is not an? (\\w+).*",
        Pattern.DOTALL);
  }

  private final Io io;
  private final HttpTuning tuning;
  /** The run's session once created: its resolved settings name the secrets errors must not show. */
  private Session session;
  private String[] args = new String[0];

  public Cli(Io io) {
    this(io, HttpTuning.DEFAULT);
  }

  public Cli(Io io, HttpTuning tuning) {
    this.io = io;
    this.tuning = tuning;
  }

  public int run(String[] typed) {
    this.args = typed;
    boolean debug = GlobalOptions.debugRequested(typed);
    try {
      DashboardLinks.Rewritten linked = DashboardLinks.rewrite(typed);
      String[] args = Suggestions.resolve(linked.args());
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
        this.session = session;
        if (linked.host() != null && !linked.host().equalsIgnoreCase(session.baseUrl().getHost())) {
          session.warn("the link is for " + linked.host() + ", not the configured server "
              + session.baseUrl().getHost() + ": acting on the configured one (--server chooses)");
        }
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

  /**
   * The one error line: secrets masked (a server may quote the token back) and control characters escaped (a
   * message may quote a file's or a server's text, which must not drive the terminal). --debug adds the trace,
   * masked the same way.
   */
  private int fail(String message, String hint, int code, Throwable t, boolean debug) {
    io.out().flush();
    Redactor redactor = new Redactor(secrets());
    io.err().println(Terminal.escape(redactor.redact("error: " + message + (hint == null ? "" : "; " + hint))));
    if (debug) {
      java.io.StringWriter trace = new java.io.StringWriter();
      t.printStackTrace(new java.io.PrintWriter(trace));
      for (String line : trace.toString().split("\\R")) {
        io.err().println(Terminal.escape(redactor.redact(line)));
      }
    }
    return code;
  }

  /** Secret values this run knows of: resolved settings, the environment, and secret flags' values. */
  private List<String> secrets() {
    List<String> out = new java.util.ArrayList<>();
    if (session != null) {
      out.addAll(session.knownSecrets());
    }
    for (java.util.Map.Entry<String, String> e : io.env().entrySet()) {
      if (e.getKey().startsWith("INQUIRLY_") && Redactor.secretField(e.getKey())) {
        out.add(e.getValue());
      }
    }
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--") && a.contains("=") && Redactor.secretField(a.substring(2, a.indexOf('=')).replace('-', '_'))) {
        out.add(a.substring(a.indexOf('=') + 1));
      } else if (a.startsWith("--") && Redactor.secretField(a.substring(2).replace('-', '_')) && i + 1 < args.length) {
        out.add(args[i + 1]);
      }
    }
    return out;
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
    Matcher choice = BadValue.CHOICE.matcher(m);
    if (choice.matches()) {
      // an enum option: the values as they are typed (picocli lists the constants' names)
      return "invalid " + choice.group(1) + " '" + choice.group(3) + "' for '" + command + "': use "
          + choice.group(2).toLowerCase(java.util.Locale.ROOT).replace(", ", ", ");
    }
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
