package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** Help text breaks lines at spaces, never inside a word or a path (picocli's BreakIterator broke after dots). */
class HelpTextTest {
  private static final Pattern DOTTED = Pattern.compile("[\\w\\-]+(\\.[\\w\\-]+)+");

  private static void all(CommandLine cl, List<CommandLine> out) {
    out.add(cl);
    cl.getSubcommands().values().forEach(sub -> all(sub, out));
  }

  @Test
  void everyDottedWordOfEveryHelpStaysOnOneLine() {
    List<CommandLine> commands = new ArrayList<>();
    all(Reference.tree(), commands);
    int checked = 0;
    for (CommandLine cl : commands) {
      List<String> texts = new ArrayList<>(List.of(cl.getCommandSpec().usageMessage().description()));
      cl.getCommandSpec().options().stream().filter(o -> !o.hidden()).forEach(o -> texts.addAll(List.of(o.description())));
      String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
      for (String text : texts) {
        Matcher m = DOTTED.matcher(text.replace("%n", " "));
        while (m.find()) {
          assertThat(help).as(cl.getCommandSpec().qualifiedName()).contains(m.group());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    String importHelp = Reference.tree().getSubcommands().get("contacts").getSubcommands().get("import")
        .getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertThat(importHelp).contains("FILE.rejects.csv", "custom_attributes.KEY");
    assertThat(importHelp.lines()).allMatch(l -> l.length() <= Commands.HELP_WIDTH);
  }
}
