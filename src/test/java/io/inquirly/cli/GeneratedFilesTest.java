package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed completions and command reference match the command tree; the bash script works in bash. */
class GeneratedFilesTest {
  private static List<String> stale(Map<String, String> expected, Path dir) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path file = dir.resolve(e.getKey());
      if (!Files.exists(file)) {
        problems.add("missing " + file);
      } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
        problems.add("stale " + file);
      }
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> !expected.containsKey(f.getFileName().toString()))
            .forEach(f -> problems.add("no longer generated: " + f));
      }
    }
    return problems;
  }

  @Test
  void completionsAreUpToDate() throws IOException {
    assertThat(stale(Reference.completions(), Path.of("completions")))
        .as("run 'make completions' and commit the result").isEmpty();
  }

  @Test
  void commandReferenceIsUpToDate() throws IOException {
    assertThat(stale(Reference.markdown(), Path.of("docs/reference")))
        .as("run 'make docs' and commit the result").isEmpty();
  }

  @Test
  void everyCommandHasAManPage() {
    Map<String, String> man = Reference.man();
    assertThat(man).containsKeys("inquirly.1", "inquirly-contacts-create.1");
    assertThat(man.get("inquirly-contacts-create.1")).startsWith(".TH INQUIRLY-CONTACTS-CREATE 1")
        .contains("\\fB\\-\\-email\\fR \\fIEMAIL\\fR");
  }

  /** Candidates bash offers for a command line, using the committed script. */
  private static List<String> complete(String... words) throws Exception {
    String line = String.join(" ", words);
    String script = "source completions/inquirly.bash\n"
        + "compopt() { :; }\n"
        + "COMP_WORDS=(" + line + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
        + "_complete_inquirly inquirly '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script).redirectErrorStream(true).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void bashCompletesCommandsAndOptions() throws Exception {
    assertThat(complete("inquirly", "con")).contains("contacts", "config").allMatch(s -> s.startsWith("con"));
    assertThat(complete("inquirly", "contacts", "create", "--em")).containsExactly("--email");
  }
}
