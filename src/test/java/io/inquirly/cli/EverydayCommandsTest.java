package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What people type every day: pipes, aliases, forgiving input. */
class EverydayCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  @Test
  void anEmptyIdsPipeIsNothingToDo() {
    int before = server.requests().size();
    SandboxServer.Result piped = server.run(server.env(), "", "conversations", "assign", "--team", "1", "--ids", "-");
    assertThat(piped.code()).as(piped.err()).isZero();
    assertThat(piped.out()).isEmpty();
    assertThat(piped.err()).isEmpty();
    SandboxServer.Result blank = server.run(server.env(), "\n  \n", "conversations", "assign", "--team", "1",
        "--ids", "-");
    assertThat(blank.code()).isZero();
    assertThat(server.requests()).hasSize(before);
    // on a terminal it says so
    SandboxServer.Result shown = server.runOnTerminal(80, Map.of(), "conversations", "assign", "--team", "1",
        "--ids", "-");
    assertThat(shown.code()).isZero();
    assertThat(shown.err()).isEqualTo("No conversations to assign: --ids - read no ids.\n");
    // no ids at all is still a mistake
    assertThat(server.run("conversations", "assign", "--team", "1").code()).isEqualTo(2);
  }
}
