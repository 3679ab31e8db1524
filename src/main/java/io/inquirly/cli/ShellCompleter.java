package io.inquirly.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completes the shell's command lines from the command tree: command words, options, option choices and
 * live values from the server (inbox, agent, team and label names), fetched once per session.
 */
final class ShellCompleter implements Completer {
  static final List<String> SHELL_WORDS = List.of("use", "clear", "exit", "quit");
  private static final List<String> FORMATS = List.of("table", "wide", "json", "jsonl", "yaml", "csv", "ids");

  private final CommandLine root;
  /** Live candidates for an option name (e.g. --inbox), or an empty list. */
  private final Function<String, List<Candidate>> live;

  ShellCompleter(CommandLine root, Function<String, List<Candidate>> live) {
    this.root = root;
    this.live = live;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates.addAll(candidates(line.words().subList(0, line.wordIndex()), line.word()));
  }

  /** Candidates for the word being typed after the given words. */
  List<Candidate> candidates(List<String> before, String current) {
    List<Candidate> out = new java.util.ArrayList<>();
    if (!before.isEmpty() && before.get(0).equals("use")) {
      if (before.size() == 1) {
        out.add(new Candidate("account", "account", null, "act on another account", null, null, true));
        out.addAll(live.apply("--profile"));
      } else if (before.size() == 2 && before.get(1).equals("account")) {
        out.addAll(live.apply("--account"));
      }
      return out;
    }
    CommandLine command = root;
    OptionSpec pendingValue = null;
    for (String word : before) {
      if (pendingValue != null) {
        pendingValue = null;
        continue;
      }
      if (word.startsWith("-")) {
        OptionSpec o = command.getCommandSpec().findOption(word.contains("=") ? word.substring(0, word.indexOf('='))
            : word);
        if (o != null && o.arity().max() > 0 && !word.contains("=")) {
          pendingValue = o;
        }
        continue;
      }
      CommandLine sub = command.getSubcommands().get(word);
      if (sub != null) {
        command = sub;
      }
    }
    if (pendingValue != null) {
      String name = pendingValue.longestName();
      if (name.equals("--output")) {
        FORMATS.forEach(f -> out.add(new Candidate(f)));
      } else if (pendingValue.completionCandidates() != null) {
        pendingValue.completionCandidates().forEach(c -> out.add(new Candidate(c)));
      }
      out.addAll(live.apply(name));
      return out;
    }
    if (current.startsWith("-")) {
      for (OptionSpec o : command.getCommandSpec().options()) {
        for (String n : o.names()) {
          if (n.startsWith("--")) {
            out.add(new Candidate(n, n, null, first(o.description()), null, null, o.arity().max() == 0));
          }
        }
      }
      return out;
    }
    for (Map.Entry<String, CommandLine> e : command.getSubcommands().entrySet()) {
      String[] d = e.getValue().getCommandSpec().usageMessage().description();
      out.add(new Candidate(e.getKey(), e.getKey(), null, first(d), null, null, true));
    }
    if (command == root) {
      SHELL_WORDS.forEach(w -> out.add(new Candidate(w, w, null, "shell", null, null, true)));
    }
    return out;
  }

  private static String first(String[] description) {
    return description.length == 0 ? null : description[0];
  }
}
