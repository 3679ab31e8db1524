package io.inquirly.cli;

import io.inquirly.http.HttpTuning;
import io.inquirly.config.ConfigFile;
import io.inquirly.config.Resolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;

/** An interactive shell over the same command tree, with completion, history and 'use'. */
@Command(name = "shell", description = "An interactive shell: every command without 'inquirly', with completion and history.",
    footer = {"%nInside the shell:",
        "  contacts list --label vip         any command, without 'inquirly'",
        "  use account 2                     act on account 2 from now on",
        "  use staging                       switch to the profile 'staging'",
        "  exit                              leave (or Ctrl-D)",
        "%nTab completes commands, options and live values (inbox, agent, team and label names, fetched once).",
        "Ctrl-C cancels the running command, not the shell. History is kept in $XDG_STATE_HOME/inquirly/history",
        "(default ~/.local/state/inquirly/history), with tokens masked."})
final class ShellCommand implements Executable {
  /** Tokens typed as flags are masked before a line reaches the history file. */
  private static final Pattern SECRET_FLAG =
      Pattern.compile("(--(?:platform-)?token|--hmac-token)(=|\\s+)(\\S+)");

  @Override
  public int execute(Session session) throws IOException {
    Io io = session.io();
    if (!io.stdinTty()) {
      return script(session);
    }
    TerminalBuilder builder = TerminalBuilder.builder().name("inquirly");
    if (io.stdinTty() && io.stdoutTty()) {
      builder.system(true);
    } else {
      builder.system(false).streams(io.in(), io.out()).type("dumb").encoding(StandardCharsets.UTF_8);
    }
    try (Terminal terminal = builder.build()) {
      return loop(session, terminal);
    }
  }

  int loop(Session session, Terminal terminal) throws IOException {
    Io io = session.io();
    Map<String, String> env = new HashMap<>(io.env());
    PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    Io commandIo = new Io(terminal.input(), out, out, env, io.stdinTty(), io.stdoutTty(), io.stdoutTty());
    LiveValues live = new LiveValues(() -> new Session(withEnv(commandIo, env), session.options(), session.tuning()));
    Path history = historyFile(io.env());
    secureHistory(history); // JLine appends as lines are entered: the file must exist as 0600 first
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("inquirly")
        .completer(new ShellCompleter(Reference.tree(), live::forOption))
        .history(new RedactingHistory())
        .variable(LineReader.HISTORY_FILE, history)
        .variable(LineReader.HISTORY_SIZE, 5000)
        .build();
    out.println("inquirly shell: type a command without 'inquirly' (Tab completes), 'exit' to leave.");
    int last = ExitCode.OK;
    while (true) {
      String line;
      try {
        line = reader.readLine(prompt(env, last));
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      List<String> words = reader.getParsedLine().words().stream().filter(w -> !w.isEmpty()).toList();
      if (words.isEmpty()) {
        continue;
      }
      String first = words.get(0);
      if (first.equals("exit") || first.equals("quit")) {
        break;
      }
      if (first.equals("inquirly")) {
        words = words.subList(1, words.size());
        if (words.isEmpty()) {
          continue;
        }
      }
      if (words.get(0).equals("use")) {
        last = use(words, env, out, withEnv(commandIo, env));
        live.clear();
        continue;
      }
      if (words.get(0).equals("clear")) {
        // as in a login shell (Ctrl-L does the same)
        terminal.puts(org.jline.utils.InfoCmp.Capability.clear_screen);
        terminal.flush();
        continue;
      }
      if (words.get(0).equals("shell")) {
        out.println("error: already in the shell");
        last = ExitCode.USAGE;
        continue;
      }
      last = runCancellable(terminal, withEnv(commandIo, env), session.tuning(), words.toArray(String[]::new));
    }
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      io.err().println("warning: cannot save the history to " + history + ": " + e.getMessage());
    }
    return ExitCode.OK;
  }

  /**
   * Lines from a pipe or a file are a script, as for sh: no banner, no prompts and no echo of the lines read (a
   * line editor would copy every line, a '--token VALUE' included, to the output); only what the commands print.
   * Commands get an empty stdin: the rest of the script is not theirs to read. The exit code is the last command's.
   */
  private static int script(Session session) throws IOException {
    Io io = session.io();
    Map<String, String> env = new HashMap<>(io.env());
    Io commandIo = new Io(java.io.InputStream.nullInputStream(), io.out(), io.err(), env, false, io.stdoutTty(),
        io.stderrTty());
    org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser();
    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(io.in(),
        StandardCharsets.UTF_8));
    int last = ExitCode.OK;
    String line;
    while ((line = in.readLine()) != null) {
      List<String> words;
      try {
        words = parser.parse(line, line.length()).words().stream().filter(w -> !w.isEmpty()).toList();
      } catch (org.jline.reader.SyntaxError e) {
        io.err().println("error: cannot parse the line: " + e.getMessage());
        last = ExitCode.USAGE;
        continue;
      }
      if (!words.isEmpty() && words.get(0).equals("inquirly")) {
        words = words.subList(1, words.size());
      }
      if (words.isEmpty() || words.get(0).startsWith("#") || words.get(0).equals("clear")) {
        continue;
      }
      if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
        break;
      }
      if (words.get(0).equals("use")) {
        last = use(words, env, io.err(), withEnv(commandIo, env)); // status and errors: not data
        continue;
      }
      if (words.get(0).equals("shell")) {
        io.err().println("error: already in the shell");
        last = ExitCode.USAGE;
        continue;
      }
      last = new Cli(withEnv(commandIo, env)).run(words.toArray(String[]::new));
    }
    return last;
  }

  /** Runs one command on its own thread so Ctrl-C interrupts it and not the shell. */
  private static int runCancellable(Terminal terminal, Io io, HttpTuning tuning, String[] args) {
    AtomicInteger code = new AtomicInteger(ExitCode.INTERRUPTED);
    Thread worker = new Thread(() -> code.set(new Cli(io, tuning).run(args)), "inquirly-shell-command");
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> worker.interrupt());
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
    return code.get();
  }

  /** 'use account ID' and 'use PROFILE'. */
  private static int use(List<String> words, Map<String, String> env, PrintStream out, Io io) {
    if (words.size() == 3 && words.get(1).equals("account")) {
      if (!words.get(2).matches("\\d+")) {
        out.println("error: the account id must be a number, got '" + words.get(2) + "'");
        return ExitCode.USAGE;
      }
      env.put("INQUIRLY_ACCOUNT_ID", words.get(2));
      out.println("Now using account " + words.get(2) + ".");
      return ExitCode.OK;
    }
    if (words.size() == 2) {
      String profile = words.get(1);
      ConfigFile file = new ConfigFile(ConfigFile.defaultPath(io.env()));
      try {
        if (!file.read().profiles().containsKey(profile)) {
          out.println("error: no profile '" + profile + "' in " + file.path() + "; create it with "
              + "'auth login --profile " + profile + "'");
          return ExitCode.USAGE;
        }
      } catch (RuntimeException e) {
        out.println("error: " + e.getMessage());
        return ExitCode.USAGE;
      }
      env.put(Resolver.PROFILE_ENV, profile);
      env.remove("INQUIRLY_ACCOUNT_ID");
      out.println("Now using profile '" + profile + "'.");
      return ExitCode.OK;
    }
    out.println("error: use 'use account ID' or 'use PROFILE'");
    return ExitCode.USAGE;
  }

  private static Io withEnv(Io io, Map<String, String> env) {
    return new Io(io.in(), io.out(), io.err(), Map.copyOf(env), io.stdinTty(), io.stdoutTty(), io.stderrTty());
  }

  private static String prompt(Map<String, String> env, int last) {
    String profile = env.get(Resolver.PROFILE_ENV);
    String account = env.get("INQUIRLY_ACCOUNT_ID");
    StringBuilder sb = new StringBuilder("inquirly");
    if (profile != null) {
      sb.append(' ').append(profile);
    }
    if (account != null) {
      sb.append(" #").append(account);
    }
    if (last != ExitCode.OK) {
      sb.append(" [").append(last).append(']');
    }
    return sb.append("> ").toString();
  }

  /** $XDG_STATE_HOME/inquirly/history (default ~/.local/state/inquirly/history). */
  static Path historyFile(Map<String, String> env) {
    String state = env.get("XDG_STATE_HOME");
    Path base = state != null && !state.isEmpty() ? Path.of(state)
        : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
    return base.resolve("inquirly").resolve("history");
  }

  private static void secureHistory(Path history) {
    try {
      Files.createDirectories(history.getParent(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      if (!Files.exists(history)) {
        Files.createFile(history, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the save below reports the problem
    }
  }

  static String redact(String line) {
    return SECRET_FLAG.matcher(line).replaceAll("$1$2****");
  }

  /** History that never stores a token typed as a flag. */
  static final class RedactingHistory extends DefaultHistory {
    @Override
    public void add(Instant time, String line) {
      super.add(time, redact(line));
    }
  }
}
