package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the start-up archive holds: every class the training runs load is loaded by every start of an installed
 * inquirly, used or not (JDK 25 loads an AOT cache's classes eagerly). The everyday commands must not pull in
 * the heavy machinery only rare commands need. A performance guard: it asserts what is loaded, never how long
 * anything takes (times are for make bench-start).
 */
@org.junit.jupiter.api.Tag("performance-guard")
class TrainingClassesTest {
  private static List<String> classesLoadedBy(String... trainArgs) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-Xlog:class+load=info:stdout:none", "-cp", System.getProperty("java.class.path"), Train.class.getName()));
    command.addAll(List.of(trainArgs));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("Train's exit code").isZero();
    return out.lines().map(line -> line.split(" ")[0]).toList();
  }

  @Test
  void theEverydayRunsLoadNoObjectMapperYamlJqOrTerminal() throws Exception {
    List<String> classes = classesLoadedBy();
    // the runs did happen: requests, JSON parsing, table output, an error
    assertThat(classes).contains("io.inquirly.http.ApiClient", "com.fasterxml.jackson.core.json.UTF8StreamJsonParser",
        "io.inquirly.output.Table", "io.inquirly.http.ApiException");
    // JsonNode.toString() and toPrettyString() build an ObjectMapper (~300 classes): Json.text/compact/pretty do not
    assertThat(classes).doesNotContain("com.fasterxml.jackson.databind.ObjectMapper");
    assertThat(classes).noneMatch(c -> c.startsWith("org.yaml.snakeyaml.") || c.startsWith("net.thisptr.jackson.jq.")
        || c.startsWith("org.jline.") || c.startsWith("io.inquirly.sandbox."));
  }

  @Test
  void theHelpRunsLoadNoHttpClient() throws Exception {
    List<String> classes = classesLoadedBy("help");
    // help builds the operations' commands, and runs none: the runners are not loaded
    assertThat(classes).contains("io.inquirly.cli.OperationSpec", "io.inquirly.cli.OperationCommand");
    assertThat(classes).doesNotContain("io.inquirly.cli.SingleRun", "io.inquirly.cli.ListRun",
        "io.inquirly.cli.Batch", "io.inquirly.cli.ChartRun");
    assertThat(classes).noneMatch(c -> c.startsWith("java.net.http.") || c.startsWith("jdk.internal.net.http.")
        || c.equals("com.fasterxml.jackson.databind.ObjectMapper"));
  }
}
