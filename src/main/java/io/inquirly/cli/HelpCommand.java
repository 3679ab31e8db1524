package io.inquirly.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** help [COMMAND...|TOPIC]: a command's help, or one of the topics. */
@Command(name = "help", description = "Help on a command, or on a topic: exit-codes, environment, formatting.",
    footer = {"%nExamples:", "  inquirly help contacts create", "  inquirly help exit-codes"})
final class HelpCommand implements Executable {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "COMMAND|TOPIC", arity = "0..*", description = "command words, or a topic")
  List<String> words = List.of();

  static final Map<String, String> TOPICS = Map.of(
      "exit-codes", exitCodes(),
      "environment", HelpTopics.ENVIRONMENT,
      "formatting", HelpTopics.FORMATTING);

  private static String exitCodes() {
    StringBuilder sb = new StringBuilder("Exit codes\n\n");
    for (String[] row : ExitCode.TABLE) {
      sb.append(String.format("  %-4s %s%n", row[0], row[1]));
    }
    return sb.toString();
  }

  @Override
  public int execute(Session session) {
    CommandLine root = spec.root().commandLine();
    if (words.isEmpty()) {
      root.usage(session.io().out());
      return ExitCode.OK;
    }
    if (words.size() == 1 && TOPICS.containsKey(words.get(0))) {
      session.io().out().print(TOPICS.get(words.get(0)));
      return ExitCode.OK;
    }
    CommandLine current = root;
    for (String w : words) {
      CommandLine next = current.getSubcommands().get(w);
      if (next == null) {
        java.util.Set<String> known = new java.util.TreeSet<>(current.getSubcommands().keySet());
        if (current == root) {
          known.addAll(TOPICS.keySet());
        }
        String best = Suggestions.best(w, known);
        throw CliException.usage("no command or help topic '" + String.join(" ", words) + "'"
            + (best == null ? "" : " (did you mean '" + best + "'?)"),
            "topics: " + String.join(", ", new java.util.TreeSet<>(TOPICS.keySet()))
                + "; commands: run 'inquirly --help'");
      }
      current = next;
    }
    current.usage(session.io().out());
    return ExitCode.OK;
  }

}
