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
 * misspellings still see every command.
 */
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
  void helpAndMisspellingsSeeEveryCommand() {
    int groups = Catalogue.entries().size() + Commands.BUILTINS.size();
    assertThat(root("--help").getSubcommands()).hasSize(groups);
    assertThat(root("contcts", "show").getSubcommands()).hasSize(groups);
    assertThat(root("contacts").getSubcommands().get("contacts").getSubcommands().keySet())
        .contains("list", "show", "create", "labels", "import", "export");
    assertThat(root("contacts", "shw").getSubcommands().get("contacts").getSubcommands().keySet())
        .contains("list", "show", "create", "labels", "import", "export");
  }
}
