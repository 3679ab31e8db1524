package io.inquirly.cli;

import io.inquirly.Main;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The training run for the start-up archive ('make install'): the JVM records the classes a typical run loads
 * (parsing, catalogue, HTTP, JSON, output, errors) while this runs real commands against an in-process
 * sandbox. Not a user command.
 */
public final class Train {
  private Train() {}

  public static void main(String[] args) throws Exception {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.demo())) {
      Map<String, String> env = Map.of(
          "INQUIRLY_URL", sandbox.url().toString(),
          "INQUIRLY_TOKEN", sandbox.adminToken(),
          "INQUIRLY_ACCOUNT_ID", String.valueOf(sandbox.accountId()),
          "INQUIRLY_CONFIG", "/nonexistent/inquirly-training.yaml");
      String[][] runs = {
          {"--help"}, {"--version"}, {"contacts", "--help"},
          {"contacts", "show", "1"}, {"contacts", "list"}, {"contacts", "list", "-o", "json"},
          {"contacts", "list", "-o", "ids"}, {"contacts", "show", "1", "-o", "yaml"},
          {"contacts", "list", "-o", "csv"}, {"contacts", "list", "--jq", ".[].name"},
          {"contacts", "show", "424242"}, {"contacts", "create", "--name", "Training", "--dry-run"},
          {"conversations", "list"}, {"inboxes", "list"}, {"profile", "show"},
      };
      for (String[] run : runs) {
        Main.run(run, Io.of(new ByteArrayInputStream(new byte[0]), discard, discard, env));
      }
    }
  }
}
