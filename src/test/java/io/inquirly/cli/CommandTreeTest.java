package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.api.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Start-up builds only what the arguments name (every CommandLine costs picocli's set-up), while help and
 * misspellings still see every command. A performance guard: it counts what is built, never how long it takes.
 */
@org.junit.jupiter.api.Tag("performance-guard")
class CommandTreeTest {
  private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());
  private static final Io IO = Io.of(new ByteArrayInputStream(new byte[0]), DISCARD, DISCARD, Map.of());

  private static CommandLine root(String... args) {
    return Commands.root(IO, args);
  }

  @Test
  void aNamedCommandIsBuiltWithoutItsSiblings() {
    CommandLine root = root("-o", "json", "contacts", "show", "1");
    assertThat(root.getSubcommands().keySet()).containsExactly("contacts");
    assertThat(root.getSubcommands().get("contacts").getSubcommands().keySet()).containsExactly("show");

    CommandLine nested = root("contacts", "labels", "add", "1", "vip");
    CommandLine labels = nested.getSubcommands().get("contacts").getSubcommands().get("labels");
    assertThat(nested.getSubcommands().get("contacts").getSubcommands().keySet()).containsExactly("labels");
    assertThat(labels.getSubcommands().keySet()).containsExactly("add");

    assertThat(root("contacts", "import", "f.csv").getSubcommands().get("contacts").getSubcommands().keySet())
        .containsExactly("import");
    assertThat(root("auth", "status").getSubcommands().keySet()).containsExactly("auth");
  }

  @Test
  void theRootsHelpListsEveryCommandWithoutBuildingAny() {
    CommandLine root = root("--help");
    assertThat(root.getSubcommands()).isEmpty();
    String help = root.getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertThat(help).startsWith("Usage: inquirly [OPTIONS] [COMMAND]\n")
        // the name column is as wide as the longest group name
        .containsPattern("\nCommands:\n  account +Show or change the account's settings.\n")
        .containsPattern("\n  help +Help on a command, or on a topic: exit-codes, environment, formatting.\n");
    for (Catalogue.Entry e : Catalogue.entries()) {
      assertThat(help).contains("\n  " + e.name() + " ");
    }
    for (Commands.Builtin b : Commands.BUILTINS) {
      assertThat(help).contains("\n  " + b.name() + " ");
    }
    // the same text as when every command is built (the reference pages are generated that way)
    assertThat(root("help").getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(help);
  }

  @Test
  void misspellingsSeeEveryCommand() {
    int groups = Catalogue.entries().size() + Commands.BUILTINS.size();
    assertThat(root("contcts", "show").getSubcommands()).hasSize(groups);
    assertThat(root("contacts").getSubcommands().get("contacts").getSubcommands().keySet())
        .contains("list", "show", "create", "labels", "import", "export");
    assertThat(root("contacts", "shw").getSubcommands().get("contacts").getSubcommands().keySet())
        .contains("list", "show", "create", "labels", "import", "export");
  }
}
