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

  /** One man page per command (section 1). */
  public static Map<String, String> man() {
    Map<String, String> files = new LinkedHashMap<>();
    for (CommandLine cl : all(tree())) {
      String name = cl.getCommandSpec().qualifiedName();
      String page = name.replace(' ', '-');
      StringBuilder sb = new StringBuilder();
      sb.append(".TH ").append(page.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"inquirly ")
          .append(Version.get()).append("\" \"inquirly manual\"\n");
      sb.append(".SH NAME\n").append(page).append(" \\- ").append(roff(summary(cl))).append('\n');
      sb.append(".SH DESCRIPTION\n.nf\n");
      for (String line : cl.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing().split("\n")) {
        sb.append(line.startsWith(".") || line.startsWith("'") ? "\\&" : "").append(roff(line)).append('\n');
      }
      sb.append(".fi\n");
      if (cl.getParent() == null) {
        sb.append(".SH EXIT STATUS\n.nf\n");
        for (String[] row : ExitCode.TABLE) {
          sb.append(row[0]).append("\t").append(roff(row[1])).append('\n');
        }
        sb.append(".fi\n.SH ENVIRONMENT\n.nf\n");
        for (String line : HelpTopics.ENVIRONMENT.split("\n")) {
          sb.append(roff(line)).append('\n');
        }
        sb.append(".fi\n");
      }
      sb.append(".SH SEE ALSO\n").append(cl.getParent() == null ? "inquirly-COMMAND(1) for each command"
          : "inquirly(1)").append('\n');
      files.put(page + ".1", sb.toString());
    }
    return files;
  }

  private static String roff(String s) {
    return s.replace("\\", "\\e").replace("-", "\\-");
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
