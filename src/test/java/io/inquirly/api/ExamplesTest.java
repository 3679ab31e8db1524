package io.inquirly.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.ShellWords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation's documented example runs as written against its own fresh sandbox (with demo records), and
 * its requests meet the OpenAPI contract.
 */
class ExamplesTest {
  @TestFactory
  Stream<DynamicTest> everyExampleRunsAgainstAFreshSandbox() {
    return Catalogue.operations().stream().map(op -> DynamicTest.dynamicTest(op.commandLine(), () -> {
      assertThat(op.example()).as("example of " + op.commandLine()).startsWith("inquirly " + op.commandLine());
      List<String> words = ShellWords.split(op.example());
      try (Sandbox sandbox = Sandbox.start(SandboxOptions.demo())) {
        Map<String, String> env = new HashMap<>();
        env.put("INQUIRLY_URL", sandbox.url().toString());
        env.put("INQUIRLY_TOKEN", sandbox.adminToken());
        env.put("INQUIRLY_ACCOUNT_ID", String.valueOf(sandbox.accountId()));
        env.put("INQUIRLY_PLATFORM_TOKEN", sandbox.platformToken());
        env.put("INQUIRLY_INBOX_IDENTIFIER", sandbox.apiInboxIdentifier());
        env.put("INQUIRLY_CONFIG", "/nonexistent/inquirly-config.yaml");
        SandboxServer.Result r = SandboxServer.Cli.run(env, "",
            words.subList(1, words.size()).toArray(String[]::new));
        assertThat(r.code()).as(op.example() + "\nstdout: " + r.out() + "\nstderr: " + r.err()).isZero();
        // what an example sends is held to the contract like every other request of the suite
        assertThat(SandboxServer.contractViolations(sandbox.requests()))
            .as("requests of '" + op.example() + "' that break the OpenAPI contract").isEmpty();
      }
    }));
  }
}
