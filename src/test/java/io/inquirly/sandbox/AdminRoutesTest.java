package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Envelopes, validation and role rules of the administration routes. */
class AdminRoutesTest {
  static final String A = "/api/v1/accounts/1";
  Sandbox sandbox;
  Http admin;
  Http agent;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    admin = new Http(sandbox.url(), sandbox.adminToken());
    agent = admin.as(sandbox.agentToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void webhookEnvelopesFollowNotesNotTheSpec() {
    Http.Reply created = admin.post(A + "/webhooks", "{\"url\":\"https://e.test/h\",\"subscriptions\":[\"message_created\"]}");
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json().at("/payload/webhook/url").asText()).isEqualTo("https://e.test/h");
    JsonNode list = admin.get(A + "/webhooks").json();
    assertThat(list.at("/payload/webhooks/0/subscriptions/0").asText()).isEqualTo("message_created");
    assertThat(admin.post(A + "/webhooks", "{\"url\":\"https://e.test/h\"}").body())
        .isEqualTo("{\"message\":\"Url has already been taken\",\"attributes\":[\"url\"]}");
    assertThat(admin.post(A + "/webhooks", "{\"url\":\"https://e.test/2\",\"subscriptions\":[\"nope\"]}").status())
        .isEqualTo(422);
    assertThat(agent.get(A + "/webhooks").body()).isEqualTo("{\"error\":\"You are not authorized to do this action\"}");
  }

  @Test
  void bareArraysAndPayloadLists() {
    assertThat(admin.get(A + "/agents").json().isArray()).isTrue();
    assertThat(admin.get(A + "/teams").json().isArray()).isTrue();
    assertThat(admin.get(A + "/canned_responses").json().isArray()).isTrue();
    assertThat(admin.get(A + "/custom_attribute_definitions").json().isArray()).isTrue();
    assertThat(admin.get(A + "/custom_filters").json().isArray()).isTrue();
    assertThat(admin.get(A + "/agent_bots").json().get(0).get("name").asText()).isEqualTo("Sandbox Bot");
    assertThat(admin.get(A + "/labels").json().get("payload").isArray()).isTrue();
    assertThat(admin.get(A + "/automation_rules").json().get("payload").isArray()).isTrue();
    assertThat(admin.get(A + "/portals").json().get("payload").isArray()).isTrue();
    assertThat(admin.get(A + "/integrations/apps").json().at("/payload/0/id").asText()).isEqualTo("webhook");
    assertThat(admin.get(A + "/inbox_members/1").json().at("/payload/0/email").asText()).isEqualTo("agent@acme.test");
  }

  @Test
  void agentsTakeAvailabilityAndAdministratorsOnly() {
    JsonNode a = admin.patch(A + "/agents/2", "{\"availability\":\"busy\",\"availability_status\":\"offline\"}").json();
    assertThat(a.get("availability_status").asText()).isEqualTo("busy");
    assertThat(admin.patch(A + "/agents/2", "{\"availability\":\"away\"}").status()).isEqualTo(422);
    assertThat(agent.post(A + "/agents", "{\"name\":\"x\",\"email\":\"x@y.test\",\"role\":\"agent\"}").status())
        .isEqualTo(401);
    assertThat(admin.post(A + "/agents", "{\"name\":\"x\",\"email\":\"agent@acme.test\",\"role\":\"agent\"}").body())
        .isEqualTo("{\"message\":\"Email has already been taken\",\"attributes\":[\"email\"]}");
  }

  @Test
  void customAttributesNeedJsonAndDeleteAnswers204() throws Exception {
    HttpRequest form = HttpRequest.newBuilder(sandbox.url().resolve(A + "/custom_attribute_definitions"))
        .header("api-access-token", sandbox.adminToken())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("attribute_key=k&attribute_model=1&attribute_display_type=0"))
        .build();
    HttpResponse<String> r = Http.CLIENT.send(form, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("param is missing or the value is empty: custom_attribute_definition");
    JsonNode d = admin.post(A + "/custom_attribute_definitions", "{\"attribute_key\":\"tier\",\"attribute_model\":1,"
        + "\"attribute_display_type\":6,\"attribute_display_name\":\"Tier\"}").json();
    assertThat(d.get("attribute_model").asText()).isEqualTo("contact_attribute");
    assertThat(d.get("attribute_display_type").asText()).isEqualTo("list");
    assertThat(admin.post(A + "/custom_attribute_definitions", "{\"attribute_key\":\"tier\",\"attribute_model\":"
        + "\"contact_attribute\",\"attribute_display_type\":\"text\",\"attribute_display_name\":\"T\"}").body())
        .contains("Attribute key has already been taken");
    assertThat(admin.get(A + "/custom_attribute_definitions?attribute_model=0").json()).isEmpty();
    Http.Reply deleted = admin.delete(A + "/custom_attribute_definitions/" + d.get("id").asLong());
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
  }

  @Test
  void membersUpdateReplacesTheList() {
    admin.post(A + "/teams", "{\"name\":\"Ops\"}");
    assertThat(admin.post(A + "/teams/1/team_members", "{\"user_ids\":[1,2]}").json()).hasSize(2);
    JsonNode replaced = admin.patch(A + "/teams/1/team_members", "{\"user_ids\":[2]}").json();
    assertThat(replaced).hasSize(1);
    assertThat(replaced.get(0).get("id").asLong()).isEqualTo(2);
    JsonNode inbox = admin.patch(A + "/inbox_members", "{\"inbox_id\":\"1\",\"user_ids\":[1]}").json();
    assertThat(inbox.at("/payload/0/id").asLong()).isEqualTo(1);
    assertThat(inbox.get("payload")).hasSize(1);
    assertThat(admin.post(A + "/teams", "{\"name\":\"OPS\"}").body()).contains("Name has already been taken");
  }

  @Test
  void inboxAgentBotAndWebsiteChannel() {
    assertThat(admin.get(A + "/inboxes/1/agent_bot").body()).isEqualTo("{\"agent_bot\":{}}");
    assertThat(admin.post(A + "/inboxes/1/set_agent_bot", "{\"agent_bot\":1}").status()).isEqualTo(204);
    assertThat(admin.get(A + "/inboxes/1/agent_bot").json().at("/agent_bot/id").asLong()).isEqualTo(1);
    assertThat(admin.post(A + "/inboxes/1/set_agent_bot", "{\"agent_bot\":null}").status()).isEqualTo(204);
    assertThat(admin.get(A + "/inboxes/1/agent_bot").body()).isEqualTo("{\"agent_bot\":{}}");
    assertThat(admin.post(A + "/inboxes", "{\"name\":\"W\",\"channel\":{\"type\":\"web_widget\"}}").body())
        .isEqualTo("{\"message\":\"Website url can't be blank\",\"attributes\":[\"website_url\"]}");
    JsonNode web = admin.post(A + "/inboxes", "{\"name\":\"W\",\"channel\":{\"type\":\"web_widget\","
        + "\"website_url\":\"https://w.test\"}}").json();
    assertThat(web.get("channel_type").asText()).isEqualTo("Channel::WebWidget");
    assertThat(web.get("website_token").asText()).hasSize(24);
  }

  @Test
  void auditLogsOnlyOnEnterpriseSandboxes() throws Exception {
    assertThat(admin.get(A + "/audit_logs").status()).isEqualTo(404);
    try (Sandbox demo = Sandbox.start(SandboxOptions.demo())) {
      Http d = new Http(demo.url(), demo.adminToken());
      d.post(A + "/labels", "{\"title\":\"audited\"}");
      JsonNode logs = d.get(A + "/audit_logs").json();
      assertThat(logs.get("per_page").asInt()).isEqualTo(15);
      assertThat(logs.get("total_entries").asInt()).isEqualTo(1);
      assertThat(logs.at("/audit_logs/0/auditable_type").asText()).isEqualTo("Label");
      assertThat(logs.at("/audit_logs/0/action").asText()).isEqualTo("create");
      assertThat(new Http(demo.url(), demo.agentToken()).get(A + "/audit_logs").status()).isEqualTo(401);
    }
  }

  @Test
  void helpCenterByPortalSlug() {
    admin.post(A + "/portals", "{\"name\":\"Docs\",\"slug\":\"docs\"}");
    assertThat(admin.post(A + "/portals", "{\"name\":\"D2\",\"slug\":\"docs\"}").status()).isEqualTo(422);
    JsonNode cat = admin.post(A + "/portals/docs/categories", "{\"name\":\"Billing\",\"slug\":\"billing\"}").json();
    assertThat(cat.at("/payload/locale").asText()).isEqualTo("en");
    // article.rb requires author_id; the controller does not default it (chatwoot-4.10)
    assertThat(admin.post(A + "/portals/docs/articles", "{\"title\":\"T\",\"content\":\"x\"}").status())
        .isEqualTo(422);
    JsonNode art = admin.post(A + "/portals/docs/articles", "{\"title\":\"Pay by card\",\"content\":\"x\","
        + "\"category_id\":" + cat.at("/payload/id").asLong() + ",\"status\":1,\"author_id\":1}").json();
    assertThat(art.at("/payload/status").asText()).isEqualTo("published");
    assertThat(art.at("/payload/author/id").asLong()).isEqualTo(1);
    assertThat(admin.get(A + "/portals/docs/articles?category_slug=billing").json().get("payload")).hasSize(1);
    assertThat(admin.get(A + "/portals/1/articles").status()).isEqualTo(404);
  }
}
