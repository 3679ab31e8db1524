package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code integrations apps show} against the demo sandbox (hook 1 connects dialogflow to inbox 1). */
class IntegrationAppsCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  private static final String PATH = "/api/v1/accounts/1/integrations/apps/";

  @Test
  void showsOneAppWithItsHooks() {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(
        () -> r[0] = server.run("integrations", "apps", "show", "dialogflow", "-o", "json", "--jq",
            "[.id, .enabled, (.hooks | map(.id))]"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].out().replaceAll("\\s+", "")).isEqualTo("[\"dialogflow\",true,[1]]");
    assertThat(sent).singleElement().satisfies(req -> {
      assertThat(req.method()).isEqualTo("GET");
      assertThat(req.path()).isEqualTo(PATH + "dialogflow");
      assertThat(req.rawQuery()).isNull();
      assertThat(req.bodyText()).isEmpty();
    });
  }

  @Test
  void anUnknownAppIsTheServersFiveHundred() {
    SandboxServer.Result r = server.run("integrations", "apps", "show", "nope");
    assertThat(r.code()).isEqualTo(ExitCode.SERVER);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: 500 Internal Server Error from GET " + PATH
        + "nope: undefined method `id' for nil:NilClass; the server failed; retry later, and run with -v to see"
        + " the response\n");
  }
}
