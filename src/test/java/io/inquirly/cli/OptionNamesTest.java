package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * No command's own option may share a name with a global option: a global option that takes over a resource's
 * flag (the server's --url over a webhook's URL) sends the user's data, and worse the token, somewhere else.
 */
class OptionNamesTest {
  private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

  /** Global option name -> its description, from the one list in GlobalOptions. */
  private static Map<String, String> globals() {
    CommandSpec spec = CommandSpec.create();
    GlobalOptions.addTo(spec, false);
    Map<String, String> names = new HashMap<>();
    for (OptionSpec o : spec.options()) {
      for (String n : o.names()) {
        names.put(n, String.join(" ", o.description()));
      }
    }
    return names;
  }

  @Test
  void noCommandOptionSharesANameWithAGlobalOption() {
    Map<String, String> globals = globals();
    CommandLine root = Commands.root(Io.of(new ByteArrayInputStream(new byte[0]), DISCARD, DISCARD, Map.of()),
        new String[] {"help"});
    List<String> clashes = new ArrayList<>();
    int[] commands = {0};
    walk(root, spec -> {
      commands[0]++;
      for (OptionSpec o : spec.options()) {
        boolean global = o.names().length > 0 && globals.containsKey(o.names()[0])
            && String.join(" ", o.description()).equals(globals.get(o.names()[0]))
            && Arrays.stream(o.names()).allMatch(globals::containsKey);
        if (global) {
          continue;
        }
        for (String n : o.names()) {
          if (globals.containsKey(n)) {
            clashes.add(spec.qualifiedName() + " " + n);
          }
        }
      }
    });
    assertThat(commands[0]).isGreaterThan(150);
    assertThat(clashes).as("command options named like a global option").isEmpty();
  }

  @Test
  void theServerIsSetWithServerAndResourceUrlsWithUrl() {
    Map<String, String> globals = globals();
    assertThat(globals).containsKey("--server").doesNotContainKey("--url");
    CommandLine root = Commands.root(Io.of(new ByteArrayInputStream(new byte[0]), DISCARD, DISCARD, Map.of()),
        new String[] {"help"});
    for (String[] path : List.of(new String[] {"webhooks", "create"}, new String[] {"webhooks", "update"},
        new String[] {"agent-bots", "create"}, new String[] {"agent-bots", "update"},
        new String[] {"platform", "agent-bots", "create"}, new String[] {"platform", "agent-bots", "update"})) {
      CommandLine c = root;
      for (String w : path) {
        c = c.getSubcommands().get(w);
      }
      OptionSpec url = c.getCommandSpec().findOption("--url");
      assertThat(url).as(String.join(" ", path) + " --url").isNotNull();
      assertThat(url.hidden()).isFalse();
    }
  }

  private static void walk(CommandLine cl, java.util.function.Consumer<CommandSpec> visit) {
    visit.accept(cl.getCommandSpec());
    for (CommandLine sub : cl.getSubcommands().values()) {
      walk(sub, visit);
    }
  }
}
