package io.inquirly.cli;

import io.inquirly.http.Version;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Generated files, all from the command tree: completion scripts, the markdown command reference and man
 * pages. {@code main} writes them (make completions, make docs, make build); tests check the committed ones
 * are up to date.
 */
public final class Reference {
  private Reference() {}

  /** The whole tree, as 'inquirly help' builds it. */
  static CommandLine tree() {
    Io io = Io.of(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()), Map.of());
    return Commands.root(io, new String[] {"help"});
  }

  public static Map<String, String> completions() {
    CommandLine root = tree();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("inquirly.bash", Completions.script("bash", root));
    files.put("_inquirly", Completions.script("zsh", root));
    files.put("inquirly.fish", Completions.script("fish", root));
    return files;
  }

  /** One markdown page per command, plus an index. */
  public static Map<String, String> markdown() {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder("# Command reference\n\nGenerated from the command tree "
        + "(`make docs`); every page shows the command's `--help`.\n\n");
    for (CommandLine cl : all(tree())) {
      String name = cl.getCommandSpec().qualifiedName();
      String file = name.replace(' ', '_') + ".md";
      String summary = summary(cl);
      index.append("- [").append(name).append("](").append(file).append(")").append(summary.isEmpty() ? "" : ": "
          + summary).append('\n');
      files.put(file, "# " + name + "\n\n" + (summary.isEmpty() ? "" : summary + ".\n\n") + "```\n"
          + cl.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing() + "\n```\n");
    }
    files.put("README.md", index.toString());
    return files;
  }

  /**
   * One man page per command (section 1), in the sections man pages have: NAME, SYNOPSIS, DESCRIPTION,
   * COMMANDS (groups), OPTIONS, EXAMPLES, EXIT STATUS, ENVIRONMENT, FILES, SEE ALSO. Text is filled by man
   * itself, so pages fit the reader's terminal; the only unfilled lines (examples) are kept under 72 columns.
   */
  public static Map<String, String> man() {
    Map<String, String> files = new LinkedHashMap<>();
    for (CommandLine cl : all(tree())) {
      CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
      String name = spec.qualifiedName();
      String page = name.replace(' ', '-');
      boolean root = cl.getParent() == null;
      StringBuilder sb = new StringBuilder();
      sb.append(".TH ").append(page.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"inquirly ")
          .append(Version.get()).append("\" \"inquirly manual\"\n");
      // no hyphenation (words, options and paths are never broken) and a ragged right margin (no stretched
      // spaces around a long path or JSON value)
      sb.append(".nh\n.ad l\n");
      sb.append(".SH NAME\n").append(roff(page)).append(" \\- ").append(roff(summary(cl))).append('\n');
      sb.append(".SH SYNOPSIS\n.B ").append(roff(name)).append('\n');
      StringBuilder synopsis = new StringBuilder("[\\fIOPTIONS\\fR]");
      for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
        if (!p.hidden()) {
          String label = roff(p.paramLabel());
          synopsis.append(' ').append(p.arity().min() == 0 ? "[\\fI" + label + "\\fR]" : "\\fI" + label + "\\fR")
              .append(p.arity().max() > 1 ? "..." : "");
        }
      }
      if (!cl.getSubcommands().isEmpty()) {
        synopsis.append(" \\fICOMMAND\\fR");
      }
      sb.append(synopsis).append('\n');
      sb.append(".SH DESCRIPTION\n");
      paragraphs(sb, spec.usageMessage().description());
      if (!cl.getSubcommands().isEmpty()) {
        sb.append(".SH COMMANDS\n");
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
          sb.append(".TP\n.B ").append(roff(e.getKey())).append('\n').append(roff(summary(e.getValue()))).append(".\n");
        }
      }
      sb.append(".SH OPTIONS\n");
      for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
        if (!p.hidden()) {
          sb.append(".TP\n.I ").append(roff(p.paramLabel())).append('\n');
          paragraphs(sb, p.description());
        }
      }
      for (CommandLine.Model.OptionSpec o : spec.options()) {
        if (o.hidden() && !root) {
          continue;
        }
        sb.append(".TP\n");
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
          names.add("\\fB" + roff(n) + "\\fR");
        }
        sb.append(String.join(", ", names));
        if (o.arity().max() > 0) {
          sb.append(" \\fI").append(roff(o.paramLabel())).append("\\fR");
        }
        sb.append('\n');
        paragraphs(sb, o.description());
      }
      if (!root) {
        sb.append(".PP\nEvery command also takes the global options (\\fB\\-o\\fR, \\fB\\-\\-columns\\fR, "
            + "\\fB\\-\\-server\\fR, ...): see \\fBinquirly\\fR(1).\n");
      }
      List<String> examples = examples(spec.usageMessage().footerHeading(), spec.usageMessage().footer());
      if (!examples.isEmpty()) {
        sb.append(".SH EXAMPLES\n.RS 4\n.nf\n");
        for (String example : examples) {
          List<String> lines = fold(example, 66);
          if (lines.stream().anyMatch(l -> l.length() > 66)) {
            // a long JSON argument has no spaces to fold at: filled, breakable after its commas (\:)
            sb.append(".fi\n\\&").append(roff(example).replace(",", ",\\:")).append("\n.nf\n");
            continue;
          }
          for (String line : lines) {
            sb.append(line.startsWith(".") || line.startsWith("'") ? "\\&" : "").append(roff(line)).append('\n');
          }
        }
        sb.append(".fi\n.RE\n");
      }
      sb.append(".SH EXIT STATUS\n");
      for (String[] row : ExitCode.TABLE) {
        sb.append(".TP\n.B ").append(row[0]).append('\n').append(roff(row[1])).append('\n');
      }
      sb.append(".SH ENVIRONMENT\n");
      environment(sb);
      sb.append(".SH FILES\n.TP\n.I $XDG_CONFIG_HOME/inquirly/config.yaml\n"
          + "Profiles: server URL, tokens, account (mode 0600; \\fI~/.config\\fR when \\fBXDG_CONFIG_HOME\\fR is "
          + "unset, or \\fBINQUIRLY_CONFIG\\fR).\n");
      if (name.equals("inquirly contacts import")) {
        sb.append(".TP\n.I FILE.journal\nThe rows finished so far, for resuming.\n"
            + ".TP\n.I FILE.rejects.csv\nThe rows refused, with an error column.\n");
      }
      sb.append(".SH SEE ALSO\n");
      List<String> see = new ArrayList<>();
      if (!root) {
        see.add("\\fBinquirly\\fR(1)");
        if (cl.getParent().getParent() != null) {
          see.add("\\fB" + roff(cl.getParent().getCommandSpec().qualifiedName().replace(' ', '-')) + "\\fR(1)");
        }
      }
      for (String sub : cl.getSubcommands().keySet()) {
        see.add("\\fB" + roff(page + "-" + sub) + "\\fR(1)");
      }
      sb.append(String.join(",\n", see)).append('\n');
      files.put(page + ".1", sb.toString());
    }
    return files;
  }

  /** Description lines as filled paragraphs: picocli's %n ends a line, an empty line starts a paragraph. */
  private static void paragraphs(StringBuilder sb, String[] lines) {
    boolean first = true;
    for (String line : lines) {
      for (String part : line.split("%n", -1)) {
        if (part.isBlank()) {
          if (!first) {
            sb.append(".PP\n");
          }
          continue;
        }
        String text = prose(part.strip());
        sb.append(text.startsWith(".") || text.startsWith("'") ? "\\&" : "").append(text).append('\n');
        first = false;
      }
    }
  }

  /** The command lines after "Examples:" (in the footer, or as its heading), up to an empty line. */
  private static List<String> examples(String heading, String[] footer) {
    List<String> out = new ArrayList<>();
    boolean in = heading != null && heading.matches("(?s).*Examples?:.*");
    for (String line : footer) {
      for (String part : line.split("%n", -1)) {
        if (part.strip().matches("Examples?:")) {
          in = true;
        } else if (in && part.isBlank() && !out.isEmpty()) {
          in = false;
        } else if (in && !part.isBlank()) {
          out.add(part.strip().replace("%%", "%"));
        }
      }
    }
    return out;
  }

  /** A command line cut at spaces into lines of at most {@code width}, continued with a backslash. */
  static List<String> fold(String line, int width) {
    List<String> out = new ArrayList<>();
    String rest = line;
    String indent = "";
    while ((indent + rest).length() > width) {
      int cut = (indent + rest).lastIndexOf(' ', width - 2) - indent.length();
      if (cut <= 0) {
        break;
      }
      out.add(indent + rest.substring(0, cut) + " \\");
      rest = rest.substring(cut + 1);
      indent = "    ";
    }
    out.add(indent + rest);
    return out;
  }

  /** HelpTopics.ENVIRONMENT as tagged paragraphs. */
  private static void environment(StringBuilder sb) {
    String current = null;
    StringBuilder text = new StringBuilder();
    for (String line : HelpTopics.ENVIRONMENT.split("\n")) {
      String s = line.strip();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z_]{3,})\\s{2,}(.*)").matcher(s);
      if (m.matches()) {
        if (current != null) {
          sb.append(".TP\n.B ").append(roff(current)).append('\n').append(roff(text.toString())).append('\n');
        }
        current = m.group(1);
        text.setLength(0);
        text.append(m.group(2));
      } else if (current != null && !s.isEmpty() && line.startsWith("      ") && !s.endsWith(":")) {
        text.append(' ').append(s);
      } else {
        if (current != null) {
          sb.append(".TP\n.B ").append(roff(current)).append('\n').append(roff(text.toString())).append('\n');
          current = null;
        }
        if (!s.isEmpty() && !s.equals("Environment")) {
          sb.append(".PP\n").append(roff(s)).append('\n');
        }
      }
    }
    if (current != null) {
      sb.append(".TP\n.B ").append(roff(current)).append('\n').append(roff(text.toString())).append('\n');
    }
  }

  /**
   * Running text: as {@link #roff}, with a break point after each '/', so that a long path (an upstream file the
   * description names) may wrap there instead of overflowing 80 columns (no hyphen is printed at the break).
   */
  private static String prose(String s) {
    return roff(s).replace("/", "/\\:");
  }

  /** Text for roff: backslashes and hyphens escaped, characters beyond ASCII as {@code \[uXXXX]}. */
  private static String roff(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\\') {
        sb.append("\\e");
      } else if (cp == '-') {
        sb.append("\\-");
      } else if (cp > 127) {
        sb.append(String.format(java.util.Locale.ROOT, "\\[u%04X]", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  private static String summary(CommandLine cl) {
    String[] d = cl.getCommandSpec().usageMessage().description();
    if (d.length == 0) {
      return "";
    }
    String s = d[0].strip();
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<CommandLine> all(CommandLine root) {
    List<CommandLine> out = new ArrayList<>();
    out.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      out.addAll(all(sub));
    }
    return out;
  }

  /** Writes one kind of generated file into a directory, removing files of that kind that no longer exist. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Reference completions|markdown|man DIR");
      System.exit(2);
    }
    Map<String, String> files = switch (args[0]) {
      case "completions" -> completions();
      case "markdown" -> markdown();
      case "man" -> man();
      default -> throw new IllegalArgumentException(args[0]);
    };
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    try (Stream<Path> existing = Files.list(dir)) {
      for (Path p : existing.toList()) {
        if (!files.containsKey(p.getFileName().toString())) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + files.size() + " files to " + dir);
  }
}
