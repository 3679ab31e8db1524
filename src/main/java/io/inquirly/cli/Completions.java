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
    globalsEverywhere(root);
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

  /** The values an option's completion offers ({@code -o}: the formats); null for none. */
  static List<String> candidates(OptionSpec o) {
    if (List.of(o.names()).contains("--output")) {
      return java.util.Arrays.stream(io.inquirly.output.Format.values())
          .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }
    return null;
  }

  /**
   * The global options are hidden from each command's option list (they have their own help section), and
   * picocli's completion leaves hidden options out: for the scripts they are shown on every command, with the
   * values they take, so that {@code -o <Tab>} and {@code --out<Tab>} complete after any command.
   */
  private static void globalsEverywhere(CommandLine root) {
    java.util.Set<String> globals = new java.util.HashSet<>();
    for (OptionSpec o : root.getCommandSpec().options()) {
      if (o.hidden()) {
        globals.add(o.longestName());
      }
    }
    unhide(root, globals);
  }

  private static void unhide(CommandLine cl, java.util.Set<String> globals) {
    CommandSpec spec = cl.getCommandSpec();
    for (OptionSpec o : new ArrayList<>(spec.options())) {
      if (o.hidden() && globals.contains(o.longestName())) {
        spec.remove(o);
        OptionSpec.Builder b = OptionSpec.builder(o).hidden(false);
        List<String> values = candidates(o);
        if (values != null) {
          b.completionCandidates(values);
        }
        spec.addOption(b.build());
      }
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      unhide(sub, globals);
    }
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
    sb.append("# global options, after any command\n");
    for (OptionSpec o : root.getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        option(o, "", sb);
      }
    }
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
    java.util.Set<String> globals = new java.util.HashSet<>();
    for (OptionSpec o : cl.getCommandSpec().root().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        globals.add(o.longestName());
      }
    }
    for (OptionSpec o : spec.options()) {
      if (globals.contains(o.longestName())) {
        continue; // completed everywhere, above
      }
      option(o, cond, sb);
    }
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      walk(e.getValue(), path.isEmpty() ? e.getKey() : path + " " + e.getKey(), sb);
    }
  }

  private static void option(OptionSpec o, String cond, StringBuilder sb) {
    sb.append("complete -c inquirly").append(cond.isEmpty() ? "" : " " + cond);
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
      if (candidates(o) != null) {
        candidates.addAll(candidates(o));
      } else if (o.completionCandidates() != null) {
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
