package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/inquirly run as installed (by its #!/bin/sh), inside an installed layout whose "java" programs only print how they were called:
 * which JDK the launcher picks, and which start-up archive it passes to which JDK.
 */
class LauncherTest {
  @TempDir Path prefix;
  private Path lib;

  @BeforeEach
  void install() throws IOException {
    lib = Files.createDirectories(prefix.resolve("lib/inquirly"));
    Files.createDirectories(prefix.resolve("bin"));
    Files.copy(Path.of("bin/inquirly"), prefix.resolve("bin/inquirly"));
    Files.setPosixFilePermissions(prefix.resolve("bin/inquirly"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(lib.resolve("inquirly.jar"), "not really a jar");
  }

  /** A fake JDK at {@code home} whose java prints "NAME [ARG] [ARG]...". */
  private Path jdk(String home, String name, int feature) throws IOException {
    Path dir = Files.createDirectories(prefix.resolve(home));
    Files.createDirectories(dir.resolve("bin"));
    Path java = dir.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nprintf %s " + name + "\nfor a in \"$@\"; do printf ' [%s]' \"$a\"; done\necho\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"" + feature + ".0.1\"\n");
    return dir;
  }

  /** The command line every test runs, unless it names its own: a space inside an argument, a glob character. */
  private static final List<String> ARGS = List.of("contacts", "create", "--name", "Ada Lovelace", "--data", "@*.json");

  private String run(Map<String, String> env) throws Exception {
    return run(env, ARGS);
  }

  private String run(Map<String, String> env, List<String> args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(prefix.resolve("bin/inquirly").toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("INQUIRLY_JAVA_HOME");
    pb.environment().remove("INQUIRLY_JAVA_OPTS");
    pb.environment().put("PATH", prefix.resolve("path-jdk/bin") + ":/usr/bin:/bin");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  /** The launcher names files through its own directory: PREFIX/bin/../lib/inquirly/... */
  private String seen(String file) {
    return prefix.resolve("bin/../lib/inquirly/" + file).toString();
  }

  private String jar() {
    return seen("inquirly.jar");
  }

  /** What the fake java named {@code name} prints for these JVM options, the jar and the command's arguments. */
  private String called(String name, String... options) {
    return called(ARGS, name, options);
  }

  private String called(List<String> args, String name, String... options) {
    StringBuilder sb = new StringBuilder(name);
    for (String a : List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=4", "-XX:+UseSerialGC",
        "-XX:-UsePerfData", "-Xss1m",
        "-Xlog:disable", "-Xlog:all=error:stderr")) {
      sb.append(" [").append(a).append(']');
    }
    for (String a : options) {
      sb.append(" [").append(a).append(']');
    }
    for (String a : List.of("-cp", jar(), "io.inquirly.Main")) {
      sb.append(" [").append(a).append(']');
    }
    // the arguments arrive as given: a space inside one, a glob character unexpanded
    for (String a : args) {
      sb.append(" [").append(a).append(']');
    }
    return sb.toString();
  }

  @Test
  void prefersThePrivateRuntimeAndItsAotCache() throws Exception {
    jdk("path-jdk", "path", 17);
    Path home = jdk("home-jdk", "home", 21);
    jdk("lib/inquirly/runtime", "runtime", 25);
    Files.writeString(lib.resolve("inquirly-jdk25.aot"), "");

    assertThat(run(Map.of("JAVA_HOME", home.toString())))
        .isEqualTo(called("runtime", "-XX:AOTCache=" + seen("inquirly-jdk25.aot")));
    // its version comes from its release file, without starting a program (not even readlink: PATH is empty)
    assertThat(run(Map.of("PATH", "/nonexistent")))
        .isEqualTo(called("runtime", "-XX:AOTCache=" + seen("inquirly-jdk25.aot")));
  }

  @Test
  void helpAndVersionRunsGetTheSmallHelpArchiveWhenThereIsOne() throws Exception {
    jdk("lib/inquirly/runtime", "runtime", 25);
    Files.writeString(lib.resolve("inquirly-jdk25.aot"), "");
    List<String> help = List.of("contacts", "create", "--help");
    assertThat(run(Map.of(), help)).isEqualTo(called(help, "runtime", "-XX:AOTCache=" + seen("inquirly-jdk25.aot")));

    Files.writeString(lib.resolve("inquirly-jdk25-help.aot"), "");
    assertThat(run(Map.of(), help))
        .isEqualTo(called(help, "runtime", "-XX:AOTCache=" + seen("inquirly-jdk25-help.aot")));
    assertThat(run(Map.of(), List.of())).isEqualTo(called(List.of(), "runtime",
        "-XX:AOTCache=" + seen("inquirly-jdk25-help.aot")));
    assertThat(run(Map.of(), List.of("-V"))).isEqualTo(called(List.of("-V"), "runtime",
        "-XX:AOTCache=" + seen("inquirly-jdk25-help.aot")));
    assertThat(run(Map.of())).isEqualTo(called("runtime", "-XX:AOTCache=" + seen("inquirly-jdk25.aot")));

    jdk("home-jdk", "home", 17);
    Files.writeString(lib.resolve("inquirly-jdk17-help.jsa"), "");
    assertThat(run(Map.of("INQUIRLY_JAVA_HOME", prefix.resolve("home-jdk").toString()), List.of("help", "exit-codes")))
        .isEqualTo(called(List.of("help", "exit-codes"), "home", "-Xshare:auto",
            "-XX:SharedArchiveFile=" + seen("inquirly-jdk17-help.jsa")));
  }

  @Test
  void inquirlyJavaHomeWinsOverEverything() throws Exception {
    jdk("lib/inquirly/runtime", "runtime", 25);
    Path chosen = jdk("chosen-jdk", "chosen", 17);
    Files.writeString(lib.resolve("inquirly-jdk17.jsa"), "");

    assertThat(run(Map.of("INQUIRLY_JAVA_HOME", chosen.toString(), "INQUIRLY_JAVA_OPTS", "-Xmx2g -Dx=*")))
        .isEqualTo(called("chosen", "-Xshare:auto", "-XX:SharedArchiveFile=" + seen("inquirly-jdk17.jsa"), "-Xmx2g",
            "-Dx=*"));
  }

  @Test
  void withoutARuntimeJavaHomeThenPath() throws Exception {
    jdk("path-jdk", "path", 17);
    Path home = jdk("home-jdk", "home", 21);
    assertThat(run(Map.of("JAVA_HOME", home.toString()))).isEqualTo(called("home")); // no archive for 21: none

    Files.writeString(lib.resolve("inquirly-jdk17.jsa"), "");
    assertThat(run(Map.of()))
        .isEqualTo(called("path", "-Xshare:auto", "-XX:SharedArchiveFile=" + seen("inquirly-jdk17.jsa")));
  }

  @Test
  void noJavaAnywhereIsOneClearLine() throws Exception {
    assertThat(List.of(run(Map.of("PATH", "/nonexistent")).split("\n")))
        .containsExactly("inquirly: no java on PATH and JAVA_HOME is not set; install a JDK 17 or newer");
  }
}
