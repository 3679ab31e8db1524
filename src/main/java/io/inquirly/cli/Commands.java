package io.inquirly.cli;

import io.inquirly.api.Catalogue;
import io.inquirly.api.Group;
import io.inquirly.api.Operation;
import io.inquirly.http.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the command tree. Only the group or command that was named is built in full: building picocli's
 * model for every command costs a few hundred milliseconds of start-up.
 */
public final class Commands {
  private Commands() {}

  static {
    // For every CommandLine it builds, picocli looks up optional converters (java.sql, java.time) and Groovy
    // closures by reflection. No option of ours has those types; skipping the lookups saves ~15 ms per start.
    System.setProperty("picocli.disable.closures", "true");
    System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
  }

  static final String GLOBAL_SECTION = "globalOptions";
  /** Help text width: wide enough for the examples, narrow enough for most terminals. */
  static final int HELP_WIDTH = 110;

  /** A hand-written command: its name and one line of help. */
  record Builtin(String name, String summary) {}

  static final List<Builtin> BUILTINS = List.of(
      new Builtin("auth", "Log in, check and forget credentials"),
      new Builtin("config", "View and change the config file's profiles"),
      new Builtin("api", "Send a request to any API endpoint"),
      new Builtin("apply", "Make the account match resource files (kubectl style)"),
      new Builtin("diff", "Show what apply would change (exit 1 when something would)"),
      new Builtin("export", "Print the account's set-up as an apply-able file"),
      new Builtin("completion", "Print the shell completion script for bash, zsh or fish"),
      new Builtin("commands", "List every API operation as a command (-o json for scripts)"),
      new Builtin("shell", "An interactive shell with completion and history"),
      new Builtin("sandbox", "Run an in-memory Inquirly server to try things out"),
      new Builtin("help", "Help on a command, or on a topic: exit-codes, environment, formatting"));

  /** Makes a hand-written command; a switch, so only the named command's class is loaded. */
  private static Object create(String name, Io io) {
    return switch (name) {
      case "auth" -> new AuthCommand();
      case "config" -> new ConfigCommand();
      case "api" -> new ApiCommand();
      case "apply" -> new ApplyCommand();
      case "diff" -> new DiffCommand();
      case "export" -> new ExportCommand();
      case "completion" -> new CompletionCommand();
      case "commands" -> new CommandsCommand();
      case "shell" -> new ShellCommand();
      case "sandbox" -> new SandboxCommand(io);
      case "help" -> new HelpCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  /** A hand-written command inside a catalogue group (e.g. contacts import): group, name, one line of help. */
  record Extra(String group, String name, String summary) {}

  static final List<Extra> EXTRAS = List.of(
      new Extra("contacts", "import", "Import contacts from a CSV or JSONL file: create new ones, update matching ones"),
      new Extra("contacts", "export", "Export contacts as CSV or JSONL, in the columns 'contacts import' reads back"),
      new Extra("contacts", "duplicates", "Find contacts that are likely the same person, in groups, with the reason"),
      new Extra("contacts", "dedupe", "Merge duplicate contacts: plan who stays in each group, review, run the plan"),
      new Extra("conversations", "export", "Export conversations: one CSV row or JSONL line per conversation"));

  private static Object create(Extra e) {
    return switch (e.group() + " " + e.name()) {
      case "contacts import" -> new ContactsImportCommand();
      case "contacts export" -> new ContactsExportCommand();
      case "contacts duplicates" -> new ContactsDuplicatesCommand();
      case "contacts dedupe" -> new ContactsDedupeCommand();
      case "conversations export" -> new ConversationsExportCommand();
      default -> throw new IllegalArgumentException("no command " + e);
    };
  }

  /** Commands whose work needs every group built (listings of the whole tree). */
  private static final List<String> NEED_ALL = List.of("commands", "help", "completion", "shell");

  /** Builds the root command for these arguments. */
  public static CommandLine root(Io io, String[] args) {
    String first = firstWord(args);
    boolean buildAll = first != null && NEED_ALL.contains(first);
    // Siblings of a known command word only serve "did you mean" suggestions for a misspelled one; the root's
    // help lists the commands from the catalogue (commandList) without building them.
    boolean onlyNamed = !buildAll && (first == null
        || Catalogue.entry(first) != null
        || BUILTINS.stream().anyMatch(b -> b.name().equals(first)));
    CommandSpec root = CommandSpec.create().name("inquirly");
    root.usageMessage()
        .description("The command-line admin tool for Inquirly: contacts, conversations, inboxes, agents, teams, "
            + "reports and more, for people and for scripts.")
        .commandListHeading("%nCommands:%n")
        .footerHeading("%nExamples:%n")
        .footer("  inquirly sandbox &                     # a server to try things on",
            "  inquirly contacts list --all -o json",
            "  inquirly contacts create --inbox 1 --name 'Ada' --email ada@example.com",
            "",
            "Run 'inquirly COMMAND --help' for a command's options, 'inquirly help exit-codes' for exit codes.");
    root.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).arity("0").description("print the version")
        .build());
    root.version("inquirly " + Version.get());
    root.usageMessage().customSynopsis("inquirly [OPTIONS] [COMMAND]");
    root.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
        help -> help.createHeading(root.usageMessage().commandListHeading()));
    root.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Commands::commandList);
    finish(root);
    root.usageMessage().sectionMap().put(GLOBAL_SECTION,
        help -> String.format("%nGlobal options (any command):%n") + GlobalOptions.helpSection());
    CommandLine cl = new CommandLine(root);
    for (Catalogue.Entry e : Catalogue.entries()) {
      if (buildAll || e.name().equals(first)) {
        List<String> words = words(args);
        cl.addSubcommand(e.name(), group(e.build().get(), e.summary(), buildAll ? null : words.subList(1,
            words.size())));
      } else if (!onlyNamed) {
        cl.addSubcommand(e.name(), placeholder(e.name(), e.summary()));
      }
    }
    for (Builtin b : BUILTINS) {
      if (buildAll || b.name().equals(first)) {
        Object command = create(b.name(), io);
        CommandSpec spec = command instanceof CommandSpec s ? s : CommandSpec.forAnnotatedObject(command);
        finishTree(spec);
        cl.addSubcommand(b.name(), spec);
      } else if (!onlyNamed) {
        cl.addSubcommand(b.name(), placeholder(b.name(), b.summary()));
      }
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setHelpFactory(HelpLayout.factory()); // lines break at spaces, never inside FILE.rejects.csv
    // '@file' is ours (--data @file, --input): picocli must not expand it as an argument file
    cl.setExpandAtFiles(false);
    cl.setOverwrittenOptionsAllowed(true);
    cl.setOut(new java.io.PrintWriter(io.out(), true));
    cl.setErr(new java.io.PrintWriter(io.err(), true));
    return cl;
  }

  /**
   * The root's list of commands, from the catalogue and the built-ins, whether or not they were built: laid out
   * as picocli lays out a command list (two columns, descriptions wrapped to the help width).
   */
  private static String commandList(CommandLine.Help help) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Catalogue.Entry e : Catalogue.entries()) {
      rows.put(e.name(), e.summary() + ".");
    }
    for (Builtin b : BUILTINS) {
      rows.put(b.name(), b.summary() + ".");
    }
    int nameWidth = Math.min(rows.keySet().stream().mapToInt(String::length).max().orElse(0), help.commandSpec().usageMessage().width() / 2);
    CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme().ansi(),
        new CommandLine.Help.Column(nameWidth + 2, 2, CommandLine.Help.Column.Overflow.SPAN),
        new CommandLine.Help.Column(help.commandSpec().usageMessage().width() - (nameWidth + 2), 2, CommandLine.Help.Column.Overflow.WRAP));
    rows.forEach((name, description) -> {
      CommandLine.Help.Ansi.Text[] lines = help.colorScheme().text(description).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? help.colorScheme().commandText(name) : help.colorScheme().text(""), lines[i]);
      }
    });
    return table.toString();
  }

  /**
   * The subtree of one group; intermediate words ("labels") become their own commands. Only the commands on
   * the path that was typed ({@code wanted}: the words after the group name; null for all) are built in full.
   * When the words name a command, its siblings are left out; otherwise (the group's help, a misspelled
   * command) they are listed by name and summary.
   */
  static CommandSpec group(Group group, String summary, List<String> wanted) {
    CommandSpec top = groupSpec(group.name(), summary);
    Map<String, CommandSpec> nested = new LinkedHashMap<>();
    boolean commandNamed = wanted != null
        && (group.operations().stream().anyMatch(op -> typed(op.command().subList(1, op.command().size()), wanted))
            || EXTRAS.stream().anyMatch(x -> x.group().equals(group.name()) && typed(List.of(x.name()), wanted)));
    for (Operation op : group.operations()) {
      boolean typed = typed(op.command().subList(1, op.command().size()), wanted);
      if (commandNamed && !typed) {
        continue;
      }
      CommandSpec parent = top;
      List<String> words = op.command();
      for (int i = 1; i < words.size() - 1; i++) {
        String key = String.join(" ", words.subList(0, i + 1));
        CommandSpec p = parent;
        String word = words.get(i);
        parent = nested.computeIfAbsent(key, k -> {
          CommandSpec s = groupSpec(word, capitalize(word.replace('-', ' ')) + " of " + p.name());
          p.addSubcommand(word, s);
          return s;
        });
      }
      parent.addSubcommand(op.verb(), typed ? OperationCommand.spec(op) : placeholder(op.verb(), op.summary()));
    }
    for (Extra extra : EXTRAS) {
      boolean typed = typed(List.of(extra.name()), wanted);
      if (extra.group().equals(group.name()) && (typed || !commandNamed)) {
        CommandSpec spec;
        if (typed) {
          spec = CommandSpec.forAnnotatedObject(create(extra));
          finishTree(spec);
        } else {
          spec = placeholder(extra.name(), extra.summary());
        }
        top.addSubcommand(extra.name(), spec);
      }
    }
    return top;
  }

  /** Whether the typed words start with this command's words (everything is wanted when {@code wanted} is null). */
  private static boolean typed(List<String> path, List<String> wanted) {
    return wanted == null || wanted.size() >= path.size() && wanted.subList(0, path.size()).equals(path);
  }


  private static CommandSpec groupSpec(String name, String summary) {
    CommandSpec s = CommandSpec.create().name(name);
    s.usageMessage().description(summary + ".").commandListHeading("%nCommands:%n");
    finish(s);
    return s;
  }

  /** A group or builtin that was not named: only listed in the root's help, so it needs no options. */
  private static CommandSpec placeholder(String name, String summary) {
    CommandSpec s = CommandSpec.create().name(name);
    s.usageMessage().description(summary + ".");
    return s;
  }

  /** Adds -h/--help, the global options and their help section to a command. */
  static void finish(CommandSpec spec) {
    if (spec.optionsMap().get("--help") == null) {
      spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").description("show this help")
          .build());
    }
    GlobalOptions.addTo(spec, true);
    UsageMessageSpec usage = spec.usageMessage();
    usage.abbreviateSynopsis(true);
    usage.width(HELP_WIDTH);
    usage.sortOptions(false);
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    int at = keys.indexOf(UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS);
    keys.add(at < 0 ? keys.size() : at + 1, GLOBAL_SECTION);
    usage.sectionKeys(keys);
    Map<String, CommandLine.IHelpSectionRenderer> map = new LinkedHashMap<>(usage.sectionMap());
    map.put(GLOBAL_SECTION, help -> String.format("%nGlobal options (see 'inquirly --help'):%n")
        + GlobalOptions.compactHelpSection());
    usage.sectionMap(map);
  }

  private static void finishTree(CommandSpec spec) {
    finish(spec);
    for (CommandLine sub : spec.subcommands().values()) {
      finishTree(sub.getCommandSpec());
    }
  }

  /** The first command word of the arguments (skipping global options and their values), or null. */
  static String firstWord(String[] args) {
    List<String> words = words(args);
    return words.isEmpty() ? null : words.get(0);
  }

  /** The words of the arguments that are not options or values of global options. */
  static List<String> words(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i : wordIndexes(args)) {
      out.add(args[i]);
    }
    return out;
  }

  /** Where those words are in the arguments (the aliases and suggestions replace them in place). */
  static List<Integer> wordIndexes(String[] args) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      if (a.startsWith("-")) {
        if (!a.contains("=") && GlobalOptions.TAKES_VALUE.contains(a)) {
          i++;
        }
        continue;
      }
      out.add(i);
    }
    return out;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
