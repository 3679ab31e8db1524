package io.inquirly.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.Listener;
import io.inquirly.testing.SandboxServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A URL typed as a resource's field is data for the server, never where the token goes. */
class ResourceUrlTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @Test
  void aWebhooksUrlGoesInTheBodyToTheConfiguredServer() {
    try (Listener hooks = Listener.ok("{}")) {
      String url = hooks.url() + "/hooks";
      String id = server.run("webhooks", "create", "--url", "https://example.com/first", "-o", "ids").out().strip();
      List<RecordedRequest> sent = server.requestsDuring(() -> {
        SandboxServer.Result r = server.run("webhooks", "update", id, "--url", url, "-o", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.json().path("url").asText()).isEqualTo(url);
      });
      assertThat(hooks.seen()).as("requests the webhook's host received").isEmpty();
      assertThat(sent).hasSize(1);
      assertThat(sent.get(0).method()).isEqualTo("PATCH");
      assertThat(sent.get(0).path()).isEqualTo("/api/v1/accounts/" + server.sandbox().accountId() + "/webhooks/" + id);
      assertThat(sent.get(0).bodyText()).isEqualTo("{\"url\":\"" + url + "\"}");
    }
  }

  @Test
  void anAgentBotsUrlIsItsOutgoingUrl() {
    SandboxServer.Result r = server.run("agent-bots", "create", "--name", "B", "--url", "https://bots.example.com/b",
        "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"name\":\"B\",\"outgoing_url\":\"https://bots.example.com/b\"}");
  }

  @Test
  void theServerOptionSetsTheServer() {
    try (Listener other = Listener.ok("{\"payload\":[]}")) {
      SandboxServer.Result r = server.run("--server", other.url().toString(), "labels", "list", "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(other.seen()).hasSize(1);
      assertThat(other.seen().get(0).path()).isEqualTo("/api/v1/accounts/" + server.sandbox().accountId()
          + "/labels");
    }
  }
}
