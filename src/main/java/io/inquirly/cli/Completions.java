package io.inquirly.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Shell completion scripts generated from the command tree: bash (picocli's), zsh (via bashcompinit), fish. */
final class Completions {
  private Completions() {}

  static final List<String> SHELLS = List.of("bash", "zsh", "fish");

  static String script(String shell, CommandLine root) {
    return switch (shell) {
      case "bash" -> bash(root);
      case "zsh" -> "#compdef inquirly\n"
          + "# zsh completion for inquirly: the bash script through zsh's bashcompinit.\n"
          + "autoload -U +X compinit && compinit\n"
          + "autoload -U +X bashcompinit && bashcompinit\n"
          + bash(root);
      case "fish" -> fish(root);
      default -> throw CliException.usage("no completion for shell '" + shell + "'", "use bash, zsh or fish");
    };
  }

  private static String bash(CommandLine root) {
    // picocli stamps the generation time into the script; drop it so the committed file is reproducible
    return AutoComplete.bash("inquirly", root).replaceAll("(?m)^# Generated on: .*\\R", "");
  }

  private static String fish(CommandLine root) {
    StringBuilder sb = new StringBuilder();
    sb.append("# fish completion for inquirly, generated from the command tree ('inquirly completion fish').\n");
    sb.append("function __inquirly_path --description 'the command words typed so far'\n");
    sb.append("    set -l words\n");
    sb.append("    set -l skip 0\n");
    sb.append("    for w in (commandline -opc)[2..-1]\n");
    sb.append("        if test $skip = 1\n            set skip 0\n            continue\n        end\n");
    sb.append("        switch $w\n");
    sb.append("            case ").append(String.join(" ", valued(root))).append("\n                set skip 1\n");
    sb.append("            case '-*'\n            case '*'\n                set words $words $w\n");
    sb.append("        end\n    end\n    echo (string join ' ' $words)\nend\n\n");
    walk(root, "", sb);
    return sb.toString();
  }

  /** Global options that take a value (their value is not a command word). */
  private static List<String> valued(CommandLine root) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : root.getCommandSpec().options()) {
      if (o.arity().max() > 0) {
        names.addAll(List.of(o.names()));
      }
    }
    return names;
  }

  private static void walk(CommandLine cl, String path, StringBuilder sb) {
    CommandSpec spec = cl.getCommandSpec();
    String cond = "-n '__inquirly_path | string match -qx -- " + quote(path) + "'";
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      sb.append("complete -c inquirly -f ").append(cond).append(" -a ").append(e.getKey());
      if (description.length > 0) {
        sb.append(" -d ").append(fishString(firstSentence(description[0])));
      }
      sb.append('\n');
    }
    for (OptionSpec o : spec.options()) {
      if (o.hidden() && !path.isEmpty()) {
        continue;
      }
      sb.append("complete -c inquirly ").append(cond);
      for (String name : o.names()) {
        if (name.startsWith("--")) {
          sb.append(" -l ").append(name.substring(2));
        } else {
          sb.append(" -s ").append(name.substring(1));
        }
      }
      if (o.arity().max() > 0) {
        sb.append(" -r");
        List<String> candidates = new ArrayList<>();
        if (o.completionCandidates() != null) {
          o.completionCandidates().forEach(candidates::add);
        }
        if (!candidates.isEmpty()) {
          sb.append(" -f -a ").append(fishString(String.join(" ", candidates)));
        }
      }
      if (o.description().length > 0) {
        sb.append(" -d ").append(fishString(firstSentence(o.description()[0])));
      }
      sb.append('\n');
    }
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      walk(e.getValue(), path.isEmpty() ? e.getKey() : path + " " + e.getKey(), sb);
    }
  }

  private static String firstSentence(String s) {
    int dot = s.indexOf(". ");
    String first = dot < 0 ? s : s.substring(0, dot);
    return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static String fishString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
