package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.IdentitySigning;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public client API commands against a demo sandbox: the visitor 'demo-visitor' is Katherine Johnson's contact
 * inbox in the API inbox, with her conversations 1 (open) and 4 (pending; message 31 is a Yes/No question).
 */
class PublicCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  private static Map<String, String> env() {
    Map<String, String> env = new HashMap<>(server.env());
    env.remove("INQUIRLY_TOKEN");
    env.put("INQUIRLY_INBOX_IDENTIFIER", server.sandbox().apiInboxIdentifier());
    return env;
  }

  private static SandboxServer.Result run(String... args) {
    return server.run(env(), "", args);
  }

  private static String inboxPath() {
    return "/public/api/v1/inboxes/" + server.sandbox().apiInboxIdentifier();
  }

  private static JsonNode body(RecordedRequest r) {
    try {
      return SandboxServer.JSON.readTree(r.bodyText());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void inboxShowUsesTheIdentifierFromTheEnvironmentAndNoToken() {
    SandboxServer.Result r = run("public", "inbox", "show", "--columns", "name,identity_validation_enabled");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nname\tAPI Inbox\nidentity_validation_enabled\tfalse\n");
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(inboxPath());
    assertThat(sent.header("api-access-token")).isNull();
    assertThat(sent.header("api_access_token")).isNull();
  }

  @Test
  void inboxIdentifierOptionWinsOverTheEnvironment() {
    SandboxServer.Result r = run("public", "inbox", "show", "--inbox-identifier",
        server.sandbox().hmacInboxIdentifier(), "-o", "json");
    assertThat(r.code()).isZero();
    assertThat(r.json().get("identity_validation_enabled").asBoolean()).isTrue();
    assertThat(server.lastRequest().path())
        .isEqualTo("/public/api/v1/inboxes/" + server.sandbox().hmacInboxIdentifier());
  }

  @Test
  void missingInboxIdentifierIsAUsageError() {
    Map<String, String> env = env();
    env.remove("INQUIRLY_INBOX_IDENTIFIER");
    List<RecordedRequest> during = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(env, "", "public", "inbox", "show");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("missing inbox_identifier");
    });
    assertThat(during).isEmpty();
  }

  @Test
  void contactCreatePrintsTheContactIdentifier() {
    SandboxServer.Result r = run("public", "contacts", "create", "--name", "Vera Visitor", "--email",
        "vera@example.com", "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    String sourceId = r.out().strip();
    assertThat(sourceId).matches("[0-9a-f-]{36}");
    assertThat(r.err()).isEqualTo("Contact identifier: " + sourceId + " (export INQUIRLY_CONTACT_IDENTIFIER="
        + sourceId + ", or pass --contact-identifier " + sourceId + ")\n");
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(inboxPath() + "/contacts");
    assertThat(body(sent).toString()).isEqualTo("{\"name\":\"Vera Visitor\",\"email\":\"vera@example.com\"}");

    Map<String, String> env = env();
    env.put("INQUIRLY_CONTACT_IDENTIFIER", sourceId);
    SandboxServer.Result shown = server.run(env, "", "public", "contacts", "show", "--columns", "source_id,name");
    assertThat(shown.out()).isEqualTo("KEY\tVALUE\nsource_id\t" + sourceId + "\nname\tVera Visitor\n");
    assertThat(server.lastRequest().path()).isEqualTo(inboxPath() + "/contacts/" + sourceId);
  }

  @Test
  void contactCreateJsonShowsSourceIdFirstAndTheContactIdAsContactId() {
    SandboxServer.Result r = run("public", "contacts", "create", "--name", "Ivo", "-o", "json");
    JsonNode o = r.json();
    assertThat(o.fieldNames().next()).isEqualTo("source_id");
    assertThat(o.get("contact_id").asLong()).isPositive();
    assertThat(o.has("id")).isFalse();
    assertThat(o.get("pubsub_token").asText()).startsWith("****");
  }

  @Test
  void hmacRequiredWithoutHashIsRefused() {
    SandboxServer.Result r = run("public", "contacts", "create", "--inbox-identifier",
        server.sandbox().hmacInboxIdentifier(), "--name", "Hal", "--identifier", "user-42");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("401 Unauthorized from POST /public/api/v1/inboxes/"
        + server.sandbox().hmacInboxIdentifier() + "/contacts: HMAC failed: Invalid Identifier Hash Provided")
        .contains("--hmac-token");
    assertThat(body(server.lastRequest()).has("identifier_hash")).isFalse();
  }

  @Test
  void hmacTokenComputesTheIdentifierHash() {
    String token = server.sandbox().hmacInboxToken();
    SandboxServer.Result r = run("public", "contacts", "create", "--inbox-identifier",
        server.sandbox().hmacInboxIdentifier(), "--name", "Hal", "--identifier", "user-42", "--hmac-token", token,
        "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode sent = body(server.lastRequest());
    assertThat(sent.get("identifier").asText()).isEqualTo("user-42");
    assertThat(sent.get("identifier_hash").asText()).isEqualTo(IdentitySigning.identifierHash(token, "user-42"))
        .matches("[0-9a-f]{64}");
    String sourceId = r.out().strip();

    // the token may come from the environment; show and update sign the identifier too
    Map<String, String> env = env();
    env.put("INQUIRLY_HMAC_TOKEN", token);
    env.put("INQUIRLY_INBOX_IDENTIFIER", server.sandbox().hmacInboxIdentifier());
    env.put("INQUIRLY_CONTACT_IDENTIFIER", sourceId);
    SandboxServer.Result shown = server.run(env, "", "public", "contacts", "show", "--identifier", "user-42",
        "-o", "json");
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(server.lastRequest().rawQuery())
        .isEqualTo("identifier=user-42&identifier_hash=" + IdentitySigning.identifierHash(token, "user-42"));
    SandboxServer.Result updated = server.run(env, "", "public", "contacts", "update", "--identifier", "user-42",
        "--email", "hal@example.com", "-o", "json");
    assertThat(updated.code()).as(updated.err()).isZero();
    assertThat(updated.json().get("identifier").asText()).isEqualTo("user-42");
    assertThat(updated.json().get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void wrongIdentifierHashIsRefused() {
    SandboxServer.Result r = run("public", "contacts", "create", "--inbox-identifier",
        server.sandbox().hmacInboxIdentifier(), "--name", "Hal", "--identifier", "user-42", "--identifier-hash",
        "deadbeef", "--hmac-token", server.sandbox().hmacInboxToken());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("HMAC failed: Invalid Identifier Hash Provided");
    assertThat(body(server.lastRequest()).get("identifier_hash").asText()).isEqualTo("deadbeef");
  }

  @Test
  void visitorConversationFlow() {
    SandboxServer.Result created = run("public", "conversations", "create", "--contact-identifier",
        "demo-visitor", "--attr", "topic=billing", "-o", "json");
    assertThat(created.code()).as(created.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.path()).isEqualTo(inboxPath() + "/contacts/demo-visitor/conversations");
    assertThat(body(sent).toString()).isEqualTo("{\"custom_attributes\":{\"topic\":\"billing\"}}");
    String id = created.json().get("id").asText();
    assertThat(created.json().get("status").asText()).isEqualTo("open");

    SandboxServer.Result message = run("public", "messages", "create", id, "--content", "Hello", "--contact-identifier",
        "demo-visitor", "--columns", "message_type,content,sender.name");
    assertThat(message.code()).as(message.err()).isZero();
    assertThat(message.out()).isEqualTo("KEY\tVALUE\nmessage_type\tincoming\ncontent\tHello\nsender.name\tKatherine Johnson\n");
    assertThat(body(server.lastRequest()).toString()).isEqualTo("{\"content\":\"Hello\"}");

    SandboxServer.Result messages = run("public", "messages", "list", id, "--contact-identifier", "demo-visitor",
        "--columns", "content");
    assertThat(messages.out()).isEqualTo("CONTENT\nHello\n");

    SandboxServer.Result resolved = run("public", "conversations", "resolve", id, "--contact-identifier",
        "demo-visitor", "-o", "json");
    assertThat(resolved.json().get("status").asText()).isEqualTo("resolved");
    assertThat(server.lastRequest().path())
        .isEqualTo(inboxPath() + "/contacts/demo-visitor/conversations/" + id + "/toggle_status");
    // the public API only resolves: a second call leaves it resolved
    assertThat(run("public", "conversations", "resolve", id, "--contact-identifier", "demo-visitor", "-o", "json")
        .json().get("status").asText()).isEqualTo("resolved");

    SandboxServer.Result list = run("public", "conversations", "list", "--contact-identifier", "demo-visitor",
        "--columns", "id,status");
    assertThat(list.out()).isEqualTo("ID\tSTATUS\n1\topen\n4\tpending\n" + id + "\tresolved\n");
  }

  @Test
  void typingSendsTheStatusInQueryAndBody() {
    SandboxServer.Result r = run("public", "conversations", "typing", "1", "--status", "off",
        "--contact-identifier", "demo-visitor");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Typing off in conversation 1.\n");
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.path()).isEqualTo(inboxPath() + "/contacts/demo-visitor/conversations/1/toggle_typing");
    assertThat(sent.rawQuery()).isEqualTo("typing_status=off");
    assertThat(body(sent).toString()).isEqualTo("{\"typing_status\":\"off\"}");
    assertThat(run("public", "conversations", "typing", "1", "--status", "maybe", "--contact-identifier",
        "demo-visitor").code()).isEqualTo(2);
  }

  @Test
  void lastSeenAndUnknownConversation() {
    SandboxServer.Result r = run("public", "conversations", "last-seen", "1", "--contact-identifier", "demo-visitor");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("Conversation 1 marked as seen.\n");
    assertThat(run("public", "conversations", "show", "1", "--contact-identifier", "demo-visitor", "-o", "json")
        .json().get("contact_last_seen_at").asLong()).isPositive();
    SandboxServer.Result missing = run("public", "conversations", "show", "999", "--contact-identifier",
        "demo-visitor");
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).contains("--contact-identifier");
  }

  @Test
  void messageUpdateAnswersAnInteractiveMessage() {
    SandboxServer.Result r = run("public", "messages", "update", "4", "31", "--value", "yes", "--title", "Yes",
        "--contact-identifier", "demo-visitor", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("PATCH");
    assertThat(sent.path()).isEqualTo(inboxPath() + "/contacts/demo-visitor/conversations/4/messages/31");
    assertThat(body(sent).toString()).isEqualTo("{\"submitted_values\":{\"title\":\"Yes\",\"value\":\"yes\"}}");
    assertThat(r.json().at("/content_attributes/submitted_values/value").asText()).isEqualTo("yes");
  }

  @Test
  void surveyShowReportsThePage() {
    SandboxServer.Result r = run("public", "survey", "show", "5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17", "--columns",
        "url,status,title");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nurl\t" + server.sandbox().url()
        + "/survey/responses/5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17\nstatus\t200\ntitle\tRate your conversation\n");
    assertThat(server.lastRequest().path()).isEqualTo("/survey/responses/5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17");
  }

  @Test
  void identifierHashIsHmacSha256Hex() {
    // RFC 4231 test case 2
    assertThat(IdentitySigning.identifierHash("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
