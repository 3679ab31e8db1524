package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform commands against an empty sandbox (its platform app created account 1, users 1-2 and bot 2). */
class PlatformCommandsTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private static JsonNode body(RecordedRequest r) {
    try {
      return SandboxServer.JSON.readTree(r.bodyText());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void ciProvisioningFlowIsOneCommandPerStep() {
    SandboxServer.Result account = server.run("platform", "accounts", "create", "--name", "Globex Support",
        "--support-email", "help@globex.test", "-o", "ids");
    assertThat(account.code()).as(account.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/platform/api/v1/accounts");
    assertThat(sent.header("api-access-token")).isEqualTo(server.sandbox().platformToken());
    assertThat(body(sent).toString()).isEqualTo("{\"name\":\"Globex Support\",\"support_email\":\"help@globex.test\"}");
    String accountId = account.out().strip();
    assertThat(accountId).matches("\\d+");

    SandboxServer.Result user = server.run("platform", "users", "create", "--name", "Grace Admin", "--email",
        "grace.admin@globex.test", "--password", "Str0ng!Passw0rd", "-o", "ids");
    assertThat(user.code()).as(user.err()).isZero();
    String userId = user.out().strip();
    assertThat(body(server.lastRequest()).toString()).isEqualTo(
        "{\"name\":\"Grace Admin\",\"email\":\"grace.admin@globex.test\",\"password\":\"Str0ng!Passw0rd\"}");

    SandboxServer.Result admin = server.run("platform", "account-users", "add", accountId, "--user", userId,
        "--role", "administrator", "-o", "json");
    assertThat(admin.code()).as(admin.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo("/platform/api/v1/accounts/" + accountId + "/account_users");
    assertThat(body(server.lastRequest()).toString())
        .isEqualTo("{\"user_id\":" + userId + ",\"role\":\"administrator\"}");
    JsonNode membership = admin.json();
    assertThat(membership.get("role").asText()).isEqualTo("administrator");
    assertThat(membership.get("user_id").asLong()).isEqualTo(Long.parseLong(userId));
    assertThat(membership.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    SandboxServer.Result link = server.run("platform", "users", "login-link", userId);
    assertThat(link.code()).as(link.err()).isZero();
    assertThat(link.out()).matches("http://127\\.0\\.0\\.1:" + server.sandbox().port()
        + "/app/login\\?email=grace\\.admin%40globex\\.test&sso_auth_token=\\w{24}\\n");
    assertThat(server.lastRequest().path()).isEqualTo("/platform/api/v1/users/" + userId + "/login");

    SandboxServer.Result json = server.run("platform", "users", "login-link", userId, "-o", "json");
    assertThat(json.json().get("url").asText()).startsWith("http://127.0.0.1:");
    assertThat(json.json().size()).isEqualTo(1);

    SandboxServer.Result members = server.run("platform", "account-users", "list", accountId, "--columns",
        "user_id,role");
    assertThat(members.out()).isEqualTo("USER_ID\tROLE\n" + userId + "\tadministrator\n");
  }

  @Test
  void userCreateWithAnExistingEmailReturnsThatUser() {
    SandboxServer.Result r = server.run("platform", "users", "create", "--name", "Someone", "--email",
        "ADMIN@acme.test", "--password", "Str0ng!Passw0rd", "--columns", "id,email");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nid\t1\nemail\tadmin@acme.test\n");
  }

  @Test
  void resourceTheAppDidNotCreateIsPermissionDenied() {
    SandboxServer.Result r = server.run("platform", "agent-bots", "show", "1");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("401 Unauthorized from GET /platform/api/v1/agent_bots/1: Non permissible resource")
        .contains("platform apps may only act on accounts, users and bots they created");
    assertThat(server.lastRequest().status()).isEqualTo(401);
  }

  @Test
  void ownBotsAreListedAndShown() {
    SandboxServer.Result list = server.run("platform", "agent-bots", "list", "-o", "json");
    assertThat(list.code()).isZero();
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().at("/0/id").asLong()).isEqualTo(2);
    assertThat(list.json().at("/0/access_token").asText()).startsWith("****");
    assertThat(server.lastRequest().path()).isEqualTo("/platform/api/v1/agent_bots");
  }

  @Test
  void userTokenOnThePlatformApiIsAnAuthenticationError() {
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("INQUIRLY_PLATFORM_TOKEN", server.sandbox().adminToken());
    SandboxServer.Result r = server.run(env, "", "platform", "accounts", "show", "1");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("Invalid access_token").contains("--platform-token or INQUIRLY_PLATFORM_TOKEN");
  }

  @Test
  void missingPlatformTokenFailsBeforeAnyRequest() {
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.remove("INQUIRLY_PLATFORM_TOKEN");
    List<RecordedRequest> during = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(env, "", "platform", "agent-bots", "list");
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.err()).contains("no platform app token for platform agent-bots list")
          .contains("INQUIRLY_PLATFORM_TOKEN");
    });
    assertThat(during).isEmpty();
  }

  @Test
  void deletesSayTheServerFinishesInTheBackground() {
    String id = server.run("platform", "accounts", "create", "--name", "Temp", "-o", "ids").out().strip();
    SandboxServer.Result r = server.run("platform", "accounts", "delete", id, "--yes");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Deletion of account " + id + " accepted: the server deletes it in the "
        + "background, so it may still be found for a short while.\n");
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("DELETE");
    assertThat(sent.path()).isEqualTo("/platform/api/v1/accounts/" + id);
    assertThat(sent.bodyText()).isEmpty();
  }

  @Test
  void removingAMembershipSendsUserIdAndSucceedsEvenWithoutOne() {
    SandboxServer.Result r = server.run("platform", "account-users", "remove", "1", "--user", "77", "--yes");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("Removed user 77 from account 1 (if they were a member).\n");
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("DELETE");
    assertThat(sent.path()).isEqualTo("/platform/api/v1/accounts/1/account_users");
    assertThat(sent.rawQuery()).isEqualTo("user_id=77");
    assertThat(sent.status()).isEqualTo(200);
  }

  @Test
  void removeWithoutYesRefusesWhenNotATerminal() {
    List<RecordedRequest> during = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("platform", "users", "delete", "2");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("without --yes");
    });
    assertThat(during).isEmpty();
  }

  @Test
  void accountUpdateSendsLimitsAsTypedJson() {
    SandboxServer.Result r = server.run("platform", "accounts", "update", "1", "--limit", "agents:=25",
        "--status", "active", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().method()).isEqualTo("PATCH");
    assertThat(body(server.lastRequest()).toString()).isEqualTo("{\"status\":\"active\",\"limits\":{\"agents\":25}}");
    assertThat(r.json().at("/limits/agents").asInt()).isEqualTo(25);
  }

  @Test
  void botCreateAndDryRunDelete() {
    SandboxServer.Result created = server.run("platform", "agent-bots", "create", "--name", "Triage",
        "--outgoing-url", "https://bots.example.com/t", "--account-id", "1", "-o", "ids");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(body(server.lastRequest()).toString())
        .isEqualTo("{\"name\":\"Triage\",\"outgoing_url\":\"https://bots.example.com/t\",\"account_id\":1}");
    String id = created.out().strip();
    List<RecordedRequest> during = server.requestsDuring(() -> {
      SandboxServer.Result dry = server.run("platform", "agent-bots", "delete", id, "--dry-run");
      assertThat(dry.code()).isZero();
      assertThat(dry.out()).startsWith("DELETE http://127.0.0.1:");
    });
    assertThat(during).isEmpty();
    assertThat(server.run("platform", "agent-bots", "delete", id, "--yes").err()).isEqualTo(
        "Deleted agent bot " + id + ".\n");
  }

  /** accounts_controller.rb#index: the app's accounts in one bare array (no paging, no page query). */
  @Test
  void accountsListShowsTheAppsAccounts() {
    SandboxServer.Result r = server.run("platform", "accounts", "list", "--columns", "id,name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().method() + " " + server.lastRequest().path() + " " + server.lastRequest().rawQuery())
        .isEqualTo("GET /platform/api/v1/accounts null");
    assertThat(r.out()).isEqualTo("ID\tNAME\n1\tAcme Support\n");
  }

  /** users/token.json.jbuilder: the user's current token, masked unless --show-secrets. */
  @Test
  void userTokenIsMaskedUnlessShowSecrets() {
    String token = server.sandbox().adminToken();
    SandboxServer.Result r = server.run("platform", "users", "token", "1");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method() + " " + sent.path() + " [" + sent.bodyText() + "]")
        .isEqualTo("POST /platform/api/v1/users/1/token [{}]");
    assertThat(r.out()).matches("KEY\tVALUE\naccess_token\t\\*{4}" + token.substring(token.length() - 4)
        + "\nexpiry\t\nuser.id\t1\nuser.name\tAdmin Ada\nuser.display_name\t\nuser.email\tadmin@acme.test\n"
        + "user.pubsub_token\t\\*{4}\\w{4}\n");
    assertThat(r.out()).doesNotContain(token);
    assertThat(r.err()).isEqualTo("The access token of user 1 is in the answer (--show-secrets prints it).\n");

    SandboxServer.Result shown = server.runRevealingSecrets("platform", "users", "token", "1", "-o", "json",
        "--show-secrets");
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(shown.json().get("access_token").asText()).isEqualTo(token);
    assertThat(shown.json().at("/user/id").asLong()).isEqualTo(1);
  }

  @Test
  void userTokenOfAnUnknownUserIsNotFound() {
    SandboxServer.Result r = server.run("platform", "users", "token", "999");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.out()).isEmpty();
  }

  /** agent_bots_controller.rb#avatar: answers the bot (no confirmation: only a picture goes). */
  @Test
  void agentBotAvatarDeleteAnswersTheBot() {
    SandboxServer.Result r = server.run("platform", "agent-bots", "avatar", "delete", "2", "--columns", "id,name");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method() + " " + sent.path() + " [" + sent.bodyText() + "]")
        .isEqualTo("DELETE /platform/api/v1/agent_bots/2/avatar []");
    assertThat(r.out()).startsWith("KEY\tVALUE\nid\t2\nname\t");
    assertThat(r.err()).isEqualTo("Removed the picture of agent bot 2.\n");
    assertThat(server.run("platform", "agent-bots", "avatar", "delete", "1").code()).isEqualTo(5);
  }
}
