package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The committed completion scripts complete the global options, and their values, after any command. */
class CompletionScriptsTest {
  private static String bash(String... words) throws Exception {
    String script = "source completions/inquirly.bash\n"
        + "COMP_WORDS=(" + String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList()) + ")\n"
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()\n"
        + "compopt() { :; }\n"
        + "_complete_inquirly inquirly \"${COMP_WORDS[-1]}\" \"${COMP_WORDS[-2]}\"\n"
        + "echo \"${COMPREPLY[*]}\"\n";
    Process p = new ProcessBuilder("bash", "-c", script).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.strip();
  }

  @Test
  void bashCompletesGlobalOptionsAndTheirValuesAfterAnyCommand() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "bash is not installed: the bash completion is not checked");
    assertThat(bash("inquirly", "contacts", "list", "-o", "")).isEqualTo("table wide json jsonl yaml csv ids");
    assertThat(bash("inquirly", "contacts", "list", "--out")).isEqualTo("--output");
    assertThat(bash("inquirly", "--out")).isEqualTo("--output");
    assertThat(bash("inquirly", "conversations", "show", "1", "--col")).isEqualTo("--columns");
    assertThat(bash("inquirly", "reports", "summary", "--output", "j")).isEqualTo("json jsonl");
  }

  @Test
  void fishCompletesGlobalOptionsEverywhere() throws Exception {
    String fish = Files.readString(Path.of("completions/inquirly.fish"));
    assertThat(fish).contains("\ncomplete -c inquirly -s o -l output -r -f -a 'table wide json jsonl yaml csv ids' -d ")
        .contains("\ncomplete -c inquirly -l columns -r -d ");
  }
}
