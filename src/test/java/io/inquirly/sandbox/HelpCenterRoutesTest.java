package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.testing.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Help center updates may leave a required field out but not blank it, as the models' presence validations. */
class HelpCenterRoutesTest {
  static final String P = "/api/v1/accounts/1/portals";
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @Test
  void blankRequiredFieldsAreRefusedLeftOutOnesKept() {
    Http admin = new Http(server.sandbox().url(), server.sandbox().adminToken());
    assertThat(admin.post(P, "{\"name\":\"Docs\",\"slug\":\"docs\"}").status()).isEqualTo(200);
    assertThat(admin.patch(P + "/docs", "{\"portal\":{\"name\":\" \"}}").body())
        .isEqualTo("{\"message\":\"Name can't be blank\",\"attributes\":[\"name\"]}");
    long category = admin.post(P + "/docs/categories", "{\"name\":\"Start\",\"slug\":\"start\",\"locale\":\"en\"}")
        .json().at("/payload/id").asLong();
    assertThat(admin.patch(P + "/docs/categories/" + category, "{\"category\":{\"slug\":\"\"}}").body())
        .isEqualTo("{\"message\":\"Slug can't be blank\",\"attributes\":[\"slug\"]}");
    assertThat(admin.patch(P + "/docs/categories/" + category, "{\"category\":{\"description\":\"d\"}}")
        .json().at("/payload/name").asText()).isEqualTo("Start");
    long article = admin.post(P + "/docs/articles", "{\"title\":\"Hi\",\"content\":\"Text\",\"author_id\":1}")
        .json().at("/payload/id").asLong();
    assertThat(admin.patch(P + "/docs/articles/" + article, "{\"article\":{\"content\":\"\"}}").body())
        .isEqualTo("{\"message\":\"Content can't be blank\",\"attributes\":[\"content\"]}");
    assertThat(admin.patch(P + "/docs/articles/" + article, "{\"article\":{\"title\":\"Hello\"}}")
        .json().at("/payload/content").asText()).isEqualTo("Text");
  }
}
