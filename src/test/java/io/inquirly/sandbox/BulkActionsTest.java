package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bulk_actions (answered first, applied a number of requests later) and destroy_custom_attributes. */
class BulkActionsTest {
  static final String A = "/api/v1/accounts/1";

  Sandbox sandbox;
  Http api;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.demo());
    api = new Http(sandbox.url(), sandbox.adminToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String status(long displayId) {
    return api.get(A + "/conversations/" + displayId).json().path("status").asText();
  }

  @Test
  void theJobRunsAfterTheAnswerBeforeTheNextRequest() {
    assertThat(status(1)).isEqualTo("open");
    Http.Reply r = api.post(A + "/bulk_actions", "{\"type\":\"Conversation\",\"ids\":[1,3],"
        + "\"fields\":{\"status\":\"resolved\",\"team_id\":2},\"labels\":{\"add\":[\"bulk\"]}}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    String stored = sandbox.withStore(s -> s.accounts.get(1L).conversations.get(1L).status);
    assertThat(stored).isEqualTo("open");
    var one = api.get(A + "/conversations/1").json();
    assertThat(one.path("status").asText()).isEqualTo("resolved");
    assertThat(one.at("/meta/team/id").asLong()).isEqualTo(2);
    assertThat(one.path("labels").toString()).contains("\"bulk\"");
    assertThat(status(3)).isEqualTo("resolved");
  }

  @Test
  void aLaterJobAndIdsItLeavesAlone() {
    sandbox.bulkActionJobs(3, Set.of(3L), false);
    api.post(A + "/bulk_actions", "{\"type\":\"conversation\",\"ids\":[1,3],\"fields\":{\"status\":\"pending\"}}");
    assertThat(status(1)).isEqualTo("open");
    assertThat(status(1)).isEqualTo("open");
    assertThat(status(1)).isEqualTo("pending");
    assertThat(status(3)).isEqualTo("open");
  }

  @Test
  void unknownTypesAre422AndAnAbsentEndpoint404() {
    Http.Reply r = api.post(A + "/bulk_actions", "{\"type\":\"Message\",\"ids\":[1]}");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body()).isEqualTo("{\"success\":false}");
    sandbox.bulkActionJobs(1, Set.of(), true);
    assertThat(api.post(A + "/bulk_actions", "{\"type\":\"Conversation\",\"ids\":[1]}").status()).isEqualTo(404);
  }

  @Test
  void contactJobsLabelAndDeleteAndOnlyAdministratorsDelete() {
    Http.Reply agent = api.as(sandbox.agentToken()).post(A + "/bulk_actions",
        "{\"type\":\"Contact\",\"ids\":[1],\"action_name\":\"delete\"}");
    assertThat(agent.status()).isEqualTo(401);
    api.post(A + "/bulk_actions", "{\"type\":\"Contact\",\"ids\":[2],\"labels\":{\"add\":[\"vip\",\"\"]}}");
    assertThat(api.get(A + "/contacts/2/labels").json().path("payload").toString()).contains("\"vip\"");
    api.post(A + "/bulk_actions", "{\"type\":\"Contact\",\"ids\":[2],\"action_name\":\"delete\"}");
    assertThat(api.get(A + "/contacts/2").status()).isEqualTo(404);
  }

  @Test
  void destroyCustomAttributesDropsTheNamedKeys() {
    api.put(A + "/contacts/1", "{\"custom_attributes\":{\"plan\":\"pro\",\"seats\":3}}");
    Http.Reply r = api.post(A + "/contacts/1/destroy_custom_attributes", "{\"custom_attributes\":[\"plan\",\"x\"]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().at("/payload/custom_attributes").toString()).isEqualTo("{\"seats\":3}");
    assertThat(r.json().at("/payload/id").asLong()).isEqualTo(1);
    assertThat(api.post(A + "/contacts/999/destroy_custom_attributes", "{}").status()).isEqualTo(404);
  }
}
