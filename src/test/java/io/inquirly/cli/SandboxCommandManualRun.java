package io.inquirly.cli;

import picocli.CommandLine;

/**
 * Runs {@code inquirly sandbox} by hand until Main exists:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.inquirly.cli.SandboxCommandManualRun -Dexec.args="--latency 100"}.
 */
public final class SandboxCommandManualRun {
  private SandboxCommandManualRun() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new SandboxCommand(Io.system())).execute(args));
  }
}
