package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install.sh ('make install') refuses bad settings before it writes anything. */
class InstallScriptTest {
  @TempDir Path dir;

  @Test
  void aRuntimeJdkOlderThan25IsOneClearLineAndInstallsNothing() throws Exception {
    Path jdk17 = Files.createDirectories(dir.resolve("jdk-17/bin"));
    Files.writeString(jdk17.resolve("jlink"), "#!/bin/sh\nexit 0\n");
    jdk17.resolve("jlink").toFile().setExecutable(true);
    Files.writeString(dir.resolve("jdk-17/release"), "JAVA_VERSION=\"17.0.9\"\n");
    Path prefix = dir.resolve("prefix");

    ProcessBuilder pb = new ProcessBuilder("scripts/install.sh", prefix.toString()).redirectErrorStream(true);
    pb.environment().put("INQUIRLY_RUNTIME_JDK", dir.resolve("jdk-17").toString());
    pb.environment().remove("INQUIRLY_JLINK");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(out).isEqualTo("error: INQUIRLY_RUNTIME_JDK=" + dir.resolve("jdk-17")
        + " is not a JDK 25 or newer with jlink\n");
    assertThat(prefix).doesNotExist();
  }

  @Test
  void uninstallLeavesNoEmptyDirectoriesButKeepsOthersFiles() throws Exception {
    Path prefix = Files.createDirectories(dir.resolve("prefix"));
    for (String f : new String[] {"lib/inquirly/inquirly.jar", "bin/inquirly", "share/inquirly/x",
        "share/man/man1/inquirly.1", "share/man/man1/inquirly-contacts.1",
        "share/bash-completion/completions/inquirly", "share/zsh/site-functions/_inquirly",
        "share/fish/vendor_completions.d/inquirly.fish", "share/man/man1/other-tool.1"}) {
      Files.createDirectories(prefix.resolve(f).getParent());
      Files.writeString(prefix.resolve(f), "x");
    }
    Process p = new ProcessBuilder("make", "-s", "uninstall", "PREFIX=" + prefix).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    try (java.util.stream.Stream<Path> all = Files.walk(prefix)) {
      assertThat(all.map(prefix::relativize).map(Path::toString).sorted().toList())
          .containsExactly("", "share", "share/man", "share/man/man1", "share/man/man1/other-tool.1");
    }
  }
}
