package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  Sandbox sandbox;
  Http admin;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    admin = new Http(sandbox.url(), sandbox.adminToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void missingHeaderIsDeviseSignIn() {
    Http.Reply r = admin.as(null).get("/api/v1/accounts/1/contacts");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).isEqualTo("{\"errors\":[\"You need to sign in or sign up before continuing.\"]}");
  }

  @Test
  void unknownTokenIsInvalidAccessToken() {
    Http.Reply r = admin.as("nope").get("/api/v1/profile");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).isEqualTo("{\"error\":\"Invalid Access Token\"}");
  }

  @Test
  void underscoreHeaderWorksToo() throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(sandbox.url().resolve("/api/v1/profile"))
            .header("api_access_token", sandbox.agentToken())
            .build();
    HttpResponse<String> r = Http.CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.parse(r.body()).get("email").asText()).isEqualTo("agent@acme.test");
  }

  @Test
  void profileListsAccountsWithRole() {
    Http.Reply r = admin.get("/api/v1/profile");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    var json = r.json();
    assertThat(json.get("access_token").asText()).isEqualTo(sandbox.adminToken());
    assertThat(json.get("name").asText()).isEqualTo("Admin Ada");
    assertThat(json.at("/accounts/0/id").asLong()).isEqualTo(sandbox.accountId());
    assertThat(json.at("/accounts/0/name").asText()).isEqualTo("Acme Support");
    assertThat(json.at("/accounts/0/role").asText()).isEqualTo("administrator");
    assertThat(admin.as(sandbox.agentToken()).get("/api/v1/profile").json().at("/accounts/0/role").asText())
        .isEqualTo("agent");
  }

  @Test
  void userOutsideTheAccountIsNotAuthorized() {
    sandbox.withStore(s -> s.createAccount("Other Co"));
    Http.Reply r = admin.get("/api/v1/accounts/2/contacts");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).isEqualTo("{\"error\":\"You are not authorized to access this account\"}");
  }

  @Test
  void unknownAccountUnknownRecordAndUnknownRouteAre404() {
    String notFound = "{\"error\":\"Resource could not be found\"}";
    assertThat(admin.get("/api/v1/accounts/999/contacts").body()).isEqualTo(notFound);
    Http.Reply record = admin.get("/api/v1/accounts/1/contacts/12345");
    assertThat(record.status()).isEqualTo(404);
    assertThat(record.body()).isEqualTo(notFound);
    Http.Reply route = admin.get("/api/v1/nothing/here");
    assertThat(route.status()).isEqualTo(404);
    assertThat(route.contentType()).startsWith("application/json");
  }

  @Test
  void botsAndPlatformAppsAreRefusedOnApplicationEndpoints() {
    Http.Reply bot = admin.as(sandbox.botToken()).get("/api/v1/accounts/1/contacts");
    assertThat(bot.status()).isEqualTo(401);
    assertThat(bot.body()).isEqualTo("{\"error\":\"Access to this endpoint is not authorized for bots\"}");
    Http.Reply platform = admin.as(sandbox.platformToken()).get("/api/v1/accounts/1/contacts");
    assertThat(platform.status()).isEqualTo(401);
    assertThat(platform.body()).isEqualTo("{\"error\":\"Invalid Access Token\"}");
  }

  @Test
  void accountShowAndAdminOnlyUpdate() {
    assertThat(admin.get("/api/v1/accounts/1").json().get("name").asText()).isEqualTo("Acme Support");
    Http.Reply agent = admin.as(sandbox.agentToken()).patch("/api/v1/accounts/1", "{\"name\":\"X\"}");
    assertThat(agent.status()).isEqualTo(401);
    assertThat(agent.body()).isEqualTo("{\"error\":\"You are not authorized to do this action\"}");
    Http.Reply ok = admin.patch("/api/v1/accounts/1", "{\"name\":\"Acme Help\",\"auto_resolve_after\":1440}");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("name").asText()).isEqualTo("Acme Help");
    assertThat(ok.json().at("/settings/auto_resolve_after").asInt()).isEqualTo(1440);
  }

  @Test
  void inboxesListAndShow() {
    var list = admin.get("/api/v1/accounts/1/inboxes").json();
    assertThat(list.get("payload")).hasSize(2); // the API inbox and the identity-validating one
    assertThat(list.at("/payload/1/hmac_mandatory").asBoolean()).isTrue();
    var inbox = list.at("/payload/0");
    assertThat(inbox.get("id").asLong()).isEqualTo(1);
    assertThat(inbox.get("name").asText()).isEqualTo("API Inbox");
    assertThat(inbox.get("channel_type").asText()).isEqualTo("Channel::Api");
    assertThat(inbox.get("inbox_identifier").asText()).isEqualTo(sandbox.apiInboxIdentifier());
    assertThat(admin.get("/api/v1/accounts/1/inboxes/1").json().get("id").asLong()).isEqualTo(1);
    assertThat(admin.get("/api/v1/accounts/1/inboxes/77").status()).isEqualTo(404);
  }

  @Test
  void malformedJsonIs400Json() {
    Http.Reply r = admin.post("/api/v1/accounts/1/contacts", "{nope");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().has("error")).isTrue();
  }

  @Test
  void tokensAreRandomPerStart() throws Exception {
    try (Sandbox other = Sandbox.start(SandboxOptions.defaults())) {
      assertThat(other.adminToken()).isNotEqualTo(sandbox.adminToken()).hasSize(24);
      assertThat(other.port()).isNotEqualTo(sandbox.port());
    }
  }
}
