package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's platform API and public client API rules (NOTES.md §1, §3, §7.6, §7.13). */
class PlatformPublicTest {
  static final String P = "/platform/api/v1";

  Sandbox sandbox;
  Http platform;
  Http anonymous;
  String pub;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    platform = new Http(sandbox.url(), sandbox.platformToken());
    anonymous = new Http(sandbox.url(), null);
    pub = "/public/api/v1/inboxes/" + sandbox.apiInboxIdentifier();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void platformTokenOnly() {
    assertThat(anonymous.get(P + "/agent_bots").body()).isEqualTo("{\"error\":\"Invalid access_token\"}");
    Http.Reply user = platform.as(sandbox.adminToken()).get(P + "/agent_bots");
    assertThat(user.status()).isEqualTo(401);
    assertThat(user.body()).isEqualTo("{\"error\":\"Invalid access_token\"}");
    // and the platform token is no user token
    assertThat(platform.get("/api/v1/profile").body()).isEqualTo("{\"error\":\"Invalid Access Token\"}");
  }

  @Test
  void permissibleResourcesOnly() {
    Http.Reply bot = platform.get(P + "/agent_bots/1");
    assertThat(bot.status()).isEqualTo(401);
    assertThat(bot.body()).isEqualTo("{\"error\":\"Non permissible resource\"}");
    assertThat(platform.get(P + "/agent_bots/2").status()).isEqualTo(200);
    assertThat(platform.get(P + "/agent_bots/99").status()).isEqualTo(404);
    assertThat(platform.get(P + "/accounts/1").json().get("name").asText()).isEqualTo("Acme Support");
    // an account made elsewhere (not through this app) is not permissible
    long other = sandbox.withStore(s -> s.createAccount("Elsewhere").id);
    assertThat(platform.get(P + "/accounts/" + other).body()).isEqualTo("{\"error\":\"Non permissible resource\"}");
    assertThat(platform.delete(P + "/accounts/" + other).status()).isEqualTo(401);
    assertThat(platform.get(P + "/accounts/" + other + "/account_users").status()).isEqualTo(401);
    // create registers the permissible
    long created = platform.post(P + "/accounts", "{\"name\":\"Globex\"}").json().get("id").asLong();
    assertThat(platform.get(P + "/accounts/" + created).status()).isEqualTo(200);
  }

  @Test
  void accountCreateShowUpdate() {
    Http.Reply r = platform.post(P + "/accounts", "{\"name\":\"Globex\",\"locale\":\"de\","
        + "\"limits\":{\"agents\":3},\"custom_attributes\":{\"plan\":\"pro\"}}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.get("status").asText()).isEqualTo("active");
    assertThat(a.at("/limits/agents").asInt()).isEqualTo(3);
    assertThat(a.at("/custom_attributes/plan").asText()).isEqualTo("pro");
    assertThat(a.at("/enabled_features/api").asBoolean()).isTrue();
    assertThat(platform.post(P + "/accounts", "{}").body())
        .isEqualTo("{\"message\":\"Name can't be blank\",\"attributes\":[\"name\"]}");
    JsonNode updated = platform.patch(P + "/accounts/" + a.get("id"), "{\"status\":\"suspended\"}").json();
    assertThat(updated.get("status").asText()).isEqualTo("suspended");
    assertThat(updated.get("name").asText()).isEqualTo("Globex");
  }

  @Test
  void backgroundDeleteAnswersAtOnce() {
    long id = platform.post(P + "/accounts", "{\"name\":\"Temp\"}").json().get("id").asLong();
    Http.Reply r = platform.delete(P + "/accounts/" + id);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    // the sandbox's job has already run: the account is gone
    assertThat(platform.get(P + "/accounts/" + id).status()).isEqualTo(404);
  }

  @Test
  void accountUsersAddChangeListRemove() {
    long user = platform.post(P + "/users", "{\"name\":\"Grace\",\"email\":\"grace@globex.test\","
        + "\"password\":\"Str0ng!Passw0rd\"}").json().get("id").asLong();
    JsonNode added = platform.post(P + "/accounts/1/account_users",
        "{\"user_id\":" + user + ",\"role\":\"agent\"}").json();
    assertThat(added.get("role").asText()).isEqualTo("agent");
    assertThat(added.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z");
    JsonNode again = platform.post(P + "/accounts/1/account_users",
        "{\"user_id\":" + user + ",\"role\":\"administrator\"}").json();
    assertThat(again.get("id").asLong()).isEqualTo(added.get("id").asLong());
    assertThat(again.get("role").asText()).isEqualTo("administrator");
    JsonNode list = platform.get(P + "/accounts/1/account_users").json();
    assertThat(list).hasSize(3);
    assertThat(list.get(2).get("user_id").asLong()).isEqualTo(user);
    assertThat(platform.post(P + "/accounts/1/account_users", "{\"user_id\":999,\"role\":\"agent\"}").body())
        .isEqualTo("{\"message\":\"User must exist\",\"attributes\":[\"user\"]}");
    // the new administrator's own token now reaches the account
    String token = sandbox.withStore(s -> s.users.get(user).accessToken);
    assertThat(new Http(sandbox.url(), token).get("/api/v1/accounts/1").status()).isEqualTo(200);

    assertThat(platform.send("DELETE", P + "/accounts/1/account_users?user_id=" + user, null).status())
        .isEqualTo(200);
    assertThat(platform.get(P + "/accounts/1/account_users").json()).hasSize(2);
    // no row matched: still 200; the body form works too
    assertThat(platform.send("DELETE", P + "/accounts/1/account_users", "{\"user_id\":" + user + "}").status())
        .isEqualTo(200);
    assertThat(new Http(sandbox.url(), token).get("/api/v1/accounts/1").status()).isEqualTo(401);
  }

  @Test
  void userCreateWithExistingEmailReturnsItAndGrantsPermission() {
    long foreign = sandbox.withStore(s -> s.createUser("Foreign", "foreign@x.test").id);
    assertThat(platform.get(P + "/users/" + foreign).status()).isEqualTo(401);
    Http.Reply r = platform.post(P + "/users", "{\"name\":\"Other\",\"email\":\"FOREIGN@x.test\"}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("id").asLong()).isEqualTo(foreign);
    assertThat(r.json().get("name").asText()).isEqualTo("Foreign");
    assertThat(platform.get(P + "/users/" + foreign).status()).isEqualTo(200);
    Http.Reply weak = platform.post(P + "/users", "{\"name\":\"N\",\"email\":\"n@x.test\",\"password\":\"short\"}");
    assertThat(weak.status()).isEqualTo(422);
    assertThat(weak.json().get("attributes").toString()).isEqualTo("[\"password\"]");
  }

  @Test
  void loginLinkAndUserDelete() {
    JsonNode link = platform.get(P + "/users/1/login").json();
    assertThat(link.get("url").asText()).matches("http://127\\.0\\.0\\.1:" + sandbox.port()
        + "/app/login\\?email=admin%40acme\\.test&sso_auth_token=\\w{24}");
    assertThat(platform.delete(P + "/users/2").status()).isEqualTo(200);
    assertThat(platform.get(P + "/users/2").status()).isEqualTo(404);
    assertThat(new Http(sandbox.url(), sandbox.agentToken()).get("/api/v1/profile").status()).isEqualTo(401);
  }

  @Test
  void agentBotsCreateUpdateDelete() {
    JsonNode bot = platform.post(P + "/agent_bots", "{\"name\":\"Triage\",\"account_id\":1}").json();
    assertThat(bot.get("account_id").asLong()).isEqualTo(1);
    assertThat(bot.get("access_token").asText()).hasSize(24);
    JsonNode moved = platform.patch(P + "/agent_bots/" + bot.get("id"), "{\"account_id\":null,\"name\":\"T2\"}")
        .json();
    assertThat(moved.get("account_id").isNull()).isTrue();
    assertThat(moved.get("name").asText()).isEqualTo("T2");
    assertThat(platform.get(P + "/agent_bots").json()).hasSize(2);
    assertThat(platform.delete(P + "/agent_bots/" + bot.get("id")).status()).isEqualTo(200);
    assertThat(platform.get(P + "/agent_bots/" + bot.get("id")).status()).isEqualTo(404);
  }

  // ---- public API ----

  @Test
  void publicInboxAndUnknownIdentifier() {
    JsonNode inbox = anonymous.get(pub).json();
    assertThat(inbox.get("identifier").asText()).isEqualTo(sandbox.apiInboxIdentifier());
    assertThat(inbox.get("identity_validation_enabled").asBoolean()).isFalse();
    assertThat(anonymous.get("/public/api/v1/inboxes/" + sandbox.hmacInboxIdentifier()).json()
        .get("identity_validation_enabled").asBoolean()).isTrue();
    assertThat(anonymous.get("/public/api/v1/inboxes/nope").body()).isEqualTo("{\"error\":\"Resource could not be found\"}");
  }

  /** contact_inbox_with_contact_builder.rb (chatwoot-4.10): identifier stored; existing contacts reused. */
  @Test
  void publicContactCreateStoresTheIdentifierAndReusesAMatchingContact() {
    JsonNode a = anonymous.post(pub + "/contacts", "{\"name\":\"V\",\"identifier\":\"crm-9\"}").json();
    assertThat(a.get("source_id").asText()).matches("[0-9a-f-]{36}");
    assertThat(a.get("pubsub_token").asText()).hasSize(24);
    long id = a.get("id").asLong();
    String stored = sandbox.withStore(s -> s.accounts.get(1L).contacts.get(id).identifier);
    assertThat(stored).isEqualTo("crm-9");
    JsonNode b = anonymous.post(pub + "/contacts", "{\"name\":\"V\"}").json();
    assertThat(b.get("id").asLong()).isNotEqualTo(id);
    JsonNode c = anonymous.post(pub + "/contacts", "{\"name\":\"W\",\"identifier\":\"crm-9\"}").json();
    assertThat(c.get("id").asLong()).isEqualTo(id);
    assertThat(c.get("name").asText()).isEqualTo("V");
    assertThat(c.get("source_id").asText()).isNotEqualTo(a.get("source_id").asText());
    JsonNode same = anonymous.post(pub + "/contacts", "{\"source_id\":\"" + a.get("source_id").asText() + "\"}")
        .json();
    assertThat(same.get("source_id").asText()).isEqualTo(a.get("source_id").asText());
    JsonNode shown = anonymous.get(pub + "/contacts/" + a.get("source_id").asText()).json();
    assertThat(shown.get("id").asLong()).isEqualTo(id);
    assertThat(anonymous.get(pub + "/contacts/unknown").status()).isEqualTo(404);
  }

  /** inboxes/contacts_controller.rb#update strips identifier; ContactIdentifyAction merges by e-mail or phone. */
  @Test
  void publicContactUpdateMergesByEmailButNeverByIdentifier() {
    String first = anonymous.post(pub + "/contacts", "{\"name\":\"One\",\"email\":\"one@merge.io\"}").json()
        .get("source_id").asText();
    String second = anonymous.post(pub + "/contacts", "{\"name\":\"Two\"}").json().get("source_id").asText();
    long owner = anonymous.get(pub + "/contacts/" + first).json().get("id").asLong();
    JsonNode kept = anonymous.patch(pub + "/contacts/" + second, "{\"identifier\":\"crm-1\"}").json();
    assertThat(kept.get("id").asLong()).isNotEqualTo(owner);
    assertThat(kept.get("identifier").isNull()).isTrue();
    JsonNode merged = anonymous.patch(pub + "/contacts/" + second, "{\"email\":\"ONE@merge.io\",\"name\":\"\"}")
        .json();
    assertThat(merged.get("id").asLong()).isEqualTo(owner);
    assertThat(merged.get("name").asText()).isEqualTo("One");
    assertThat(merged.get("created_at").asText()).endsWith("Z");
    assertThat(anonymous.get(pub + "/contacts/" + second).json().get("id").asLong()).isEqualTo(owner);
  }

  @Test
  void hmacMandatoryInbox() {
    String secure = "/public/api/v1/inboxes/" + sandbox.hmacInboxIdentifier();
    String unauthorized = "{\"error\":\"" + PublicRoutes.HMAC_FAILED + "\"}";
    Http.Reply missing = anonymous.post(secure + "/contacts", "{\"name\":\"H\",\"identifier\":\"u-1\"}");
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.body()).isEqualTo(unauthorized);
    assertThat(anonymous.post(secure + "/contacts", "{\"identifier\":\"u-1\",\"identifier_hash\":\"00\"}").body())
        .isEqualTo(unauthorized);
    String hash = PublicRoutes.hmacHex(sandbox.hmacInboxToken(), "u-1");
    Http.Reply ok = anonymous.post(secure + "/contacts",
        "{\"name\":\"H\",\"identifier\":\"u-1\",\"identifier_hash\":\"" + hash + "\"}");
    assertThat(ok.status()).isEqualTo(200);
    String source = ok.json().get("source_id").asText();
    // every contact action checks it, show too
    assertThat(anonymous.get(secure + "/contacts/" + source).status()).isEqualTo(401);
    assertThat(anonymous.get(secure + "/contacts/" + source + "?identifier=u-1&identifier_hash=" + hash).status())
        .isEqualTo(200);
    // on an ordinary inbox a wrong hash is refused too, a missing one is fine
    assertThat(anonymous.post(pub + "/contacts", "{\"identifier\":\"u-1\",\"identifier_hash\":\"00\"}").status())
        .isEqualTo(401);
  }

  @Test
  void conversationsAreDisplayIdsScopedToTheContactInbox() {
    String a = anonymous.post(pub + "/contacts", "{\"name\":\"A\"}").json().get("source_id").asText();
    String b = anonymous.post(pub + "/contacts", "{\"name\":\"B\"}").json().get("source_id").asText();
    JsonNode conv = anonymous.post(pub + "/contacts/" + a + "/conversations", "{}").json();
    assertThat(conv.get("id").asLong()).isEqualTo(1);
    assertThat(conv.get("uuid").asText()).matches("[0-9a-f-]{36}");
    assertThat(conv.get("contact_last_seen_at").asLong()).isZero();
    assertThat(anonymous.get(pub + "/contacts/" + b + "/conversations/1").status()).isEqualTo(404);
    assertThat(anonymous.get(pub + "/contacts/" + b + "/conversations").body()).isEqualTo("[]");

    String base = pub + "/contacts/" + a + "/conversations/1";
    JsonNode msg = anonymous.post(base + "/messages", "{\"content\":\"hi\",\"echo_id\":\"e1\"}").json();
    assertThat(msg.get("message_type").asInt()).isZero();
    assertThat(msg.get("conversation_id").asLong()).isEqualTo(1);
    assertThat(msg.at("/sender/type").asText()).isEqualTo("contact");
    assertThat(anonymous.get(base + "/messages").json()).hasSize(1);
    assertThat(anonymous.get(base + "/messages?before=" + msg.get("id").asLong()).body()).isEqualTo("[]");

    assertThat(anonymous.post(base + "/toggle_status", "{\"status\":\"open\"}").json().get("status").asText())
        .isEqualTo("resolved");
    assertThat(anonymous.post(base + "/toggle_status", null).json().get("status").asText()).isEqualTo("resolved");
    // the resolution is reported like one through the agent API, once
    java.util.List<Long> resolved = sandbox.withStore(s -> s.accounts.get(1L).reportingEvents.stream()
        .filter(e -> e.name().equals("conversation_resolved")).map(Store.ReportingEvent::conversationId).toList());
    assertThat(resolved).containsExactly(1L);
    // a new message from the visitor reopens it
    anonymous.post(base + "/messages", "{\"content\":\"again\"}");
    assertThat(anonymous.get(base).json().get("status").asText()).isEqualTo("open");
    // ... a snoozed one too
    Http admin = new Http(sandbox.url(), sandbox.adminToken());
    admin.post("/api/v1/accounts/1/conversations/1/toggle_status", "{\"status\":\"snoozed\"}");
    anonymous.post(base + "/messages", "{\"content\":\"still there?\"}");
    assertThat(anonymous.get(base).json().get("status").asText()).isEqualTo("open");

    Http.Reply typing = anonymous.post(base + "/toggle_typing?typing_status=on", null);
    assertThat(typing.status()).isEqualTo(200);
    assertThat(typing.body()).isEmpty();
    assertThat(anonymous.post(base + "/update_last_seen", null).status()).isEqualTo(200);
    assertThat(anonymous.get(base).json().get("contact_last_seen_at").asLong()).isPositive();
  }

  @Test
  void surveyPageIsHtml() {
    Http.Reply r = anonymous.get("/survey/responses/5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.body()).contains("<title>Rate your conversation</title>");
  }
}
