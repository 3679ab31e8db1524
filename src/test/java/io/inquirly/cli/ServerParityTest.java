package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #14: where the CLI and the sandbox agreed with each other but not with the real server
 * (chatwoot-4.10/ is the reference). Each test fails on the behaviour before the fix.
 */
class ServerParityTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String A = "/api/v1/accounts/1";

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static JsonNode body(RecordedRequest r) {
    try {
      return SandboxServer.JSON.readTree(r.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- value lists: take the server's (issue rows: contacts --sort, webhooks events, report metrics) ----

  /** contacts_controller.rb: {@code sort_on :company}; the CLI refused it and accepted company_name. */
  @Test
  void contactsSortByCompanyIsTheServersKey() {
    String tag = unique();
    for (String company : List.of("Zeta " + tag, "Acme " + tag)) {
      SandboxServer.Result c = server.run("contacts", "create", "--name", company, "--email",
          company.replace(' ', '.').toLowerCase() + "@example.com", "--company", company);
      assertThat(c.code()).as(c.err()).isZero();
    }
    SandboxServer.Result r = server.run("contacts", "search", tag, "--sort", "company", "-o", "json",
        "--columns", "name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().rawQuery()).isEqualTo("q=" + tag + "&sort=company&page=1");
    assertThat(r.json().findValuesAsText("name")).containsExactly("Acme " + tag, "Zeta " + tag);

    SandboxServer.Result wrong = server.run("contacts", "list", "--sort", "-company_name");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("invalid --sort '-company_name'").contains("company");
  }

  /** webhook.rb ALLOWED_WEBHOOK_EVENTS has 12 events; the CLI refused 4 of them. */
  @Test
  void webhooksAcceptEveryEventTheServerAllows() {
    String url = "https://example.com/hooks/" + unique();
    SandboxServer.Result r = server.run("webhooks", "create", "--url", url, "--subscription",
        "inbox_created,inbox_updated,conversation_typing_on,conversation_typing_off", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(A + "/webhooks");
    assertThat(body(sent).toString()).isEqualTo("{\"url\":\"" + url + "\",\"subscriptions\":[\"inbox_created\","
        + "\"inbox_updated\",\"conversation_typing_on\",\"conversation_typing_off\"]}");
    assertThat(r.json().get("subscriptions").toString()).isEqualTo(
        "[\"inbox_created\",\"inbox_updated\",\"conversation_typing_on\",\"conversation_typing_off\"]");
  }

  /** base_report_builder.rb: reply_time, bot_resolutions_count and bot_handoffs_count are metrics too. */
  @Test
  void timeseriesAcceptsEveryMetricTheServerHas() {
    for (String metric : List.of("reply_time", "bot_resolutions_count", "bot_handoffs_count")) {
      SandboxServer.Result r = server.run("reports", "timeseries", "--metric", metric, "--since", "2d", "-o", "json");
      assertThat(r.code()).as(metric + ": " + r.err()).isZero();
      assertThat(server.lastRequest().rawQuery()).startsWith("metric=" + metric + "&type=account&since=");
      assertThat(r.json().isArray()).isTrue();
      assertThat(r.json().size()).isBetween(2, 3);
    }
  }

  // ---- contacts filter, conversations filter: the last condition's query_operator ----

  /**
   * The spec types query_operator as the string AND/OR (null is refused by a spec validator), and the server
   * appends every item's operator to its SQL (filters/filter_helper.rb), so the last item must carry none: the
   * key is left out. Before, it was sent as null.
   */
  @Test
  void filtersLeaveTheLastConditionsOperatorOut() {
    SandboxServer.Result r = server.run("contacts", "filter", "--where", "email contains @example.com",
        "--where", "city = Lisbon", "--any", "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"payload\":[{\"attribute_key\":\"email\","
        + "\"filter_operator\":\"contains\",\"values\":[\"@example.com\"],\"query_operator\":\"OR\"},"
        + "{\"attribute_key\":\"city\",\"filter_operator\":\"equal_to\",\"values\":[\"Lisbon\"]}]}");
    SandboxServer.Result c = server.run("conversations", "filter", "--where", "status = open", "-o", "ids");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"payload\":[{\"attribute_key\":\"status\","
        + "\"filter_operator\":\"equal_to\",\"values\":[\"open\"]}]}");
  }

  // ---- contacts conversations: at most 20 ----

  static long newContact(String... extra) {
    String tag = unique();
    List<String> args = new java.util.ArrayList<>(List.of("contacts", "create", "--name", "Parity " + tag,
        "--email", tag + "@parity.test", "-o", "ids"));
    args.addAll(List.of(extra));
    SandboxServer.Result r = server.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return Long.parseLong(r.out().strip());
  }

  /** contacts/conversations_controller.rb: {@code order(last_activity_at: :desc).limit(20)}; we said nothing. */
  @Test
  void contactConversationsAreTheTwentyMostRecentAndSaySo() {
    long contact = newContact();
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 22; i++) {
      SandboxServer.Result c = server.run("conversations", "create", "--inbox", "1", "--contact",
          String.valueOf(contact), "-o", "ids");
      assertThat(c.code()).as(c.err()).isZero();
      ids.add(c.out().strip());
    }
    SandboxServer.Result r = server.run("contacts", "conversations", String.valueOf(contact), "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method() + " " + sent.path() + " " + sent.rawQuery())
        .isEqualTo("GET " + A + "/contacts/" + contact + "/conversations null");
    List<String> shown = r.out().lines().toList();
    assertThat(shown).hasSize(20);
    assertThat(shown).containsExactlyInAnyOrderElementsOf(ids.subList(2, 22));
    assertThat(r.err()).isEqualTo("Only the 20 most recently active conversations are shown: the server lists no "
        + "more for a contact.\n");
  }

  // ---- help-center articles create: the author ----

  /** articles_controller.rb#create sets no author and article.rb requires one: we now send the caller's id. */
  @Test
  void articleCreateSendsTheCallerAsAuthor() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("help-center", "articles", "create", "help", "--title", "Refunds",
          "--content", "Within 30 days.", "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.json().path("author").path("id").asLong()).isEqualTo(1);
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path())
        .containsExactly("GET /api/v1/profile", "POST " + A + "/portals/help/articles");
    assertThat(sent.get(1).bodyText()).isEqualTo("{\"title\":\"Refunds\",\"content\":\"Within 30 days.\","
        + "\"author_id\":1}");
  }

  @Test
  void articleCreateWithAnAuthorAsksForNoProfile() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("help-center", "articles", "create", "help", "--title", "Invoices",
          "--content", "Monthly.", "--author", "2", "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.json().path("author").path("id").asLong()).isEqualTo(2);
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path())
        .containsExactly("POST " + A + "/portals/help/articles");
  }

  /** The sandbox refuses an article without author_id as article.rb does (it used to default to the caller). */
  @Test
  void sandboxRefusesAnArticleWithoutAuthor() {
    SandboxServer.Result r = server.run("api", "POST", A + "/portals/help/articles", "-f", "title=T", "-f",
        "content=C");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("422").contains("Author must exist, Author can't be blank");
  }

  // ---- profile availability ----

  private static java.util.Map<String, String> agentEnv() {
    java.util.Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    return env;
  }

  private static String availability() {
    SandboxServer.Result r = server.run(agentEnv(), "", "profile", "show", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return r.json().path("accounts").path(0).path("availability").asText();
  }

  /**
   * profiles_controller.rb#update does not permit availability; POST /api/v1/profile/availability with
   * {profile: {account_id, availability}} sets it. Before, the CLI sent it in the PUT (a silent no-op).
   */
  @Test
  void availabilityGoesThroughItsOwnRoute() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(agentEnv(), "", "profile", "update", "--signature", "-- Alan",
          "--availability", "busy", "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.json().path("accounts").path(0).path("availability").asText()).isEqualTo("busy");
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path() + " " + q.bodyText()).containsExactly(
        "PUT /api/v1/profile {\"profile\":{\"message_signature\":\"-- Alan\"}}",
        "POST /api/v1/profile/availability {\"profile\":{\"account_id\":1,\"availability\":\"busy\"}}");
    assertThat(availability()).isEqualTo("busy");

    SandboxServer.Result only = server.run(agentEnv(), "", "profile", "availability", "offline");
    assertThat(only.code()).as(only.err()).isZero();
    assertThat(server.lastRequest().bodyText())
        .isEqualTo("{\"profile\":{\"account_id\":1,\"availability\":\"offline\"}}");
    assertThat(availability()).isEqualTo("offline");
  }

  /** The sandbox drops availability in PUT /profile as the server does (it used to apply it). */
  @Test
  void sandboxIgnoresAvailabilityInProfileUpdate() {
    String before = availability();
    String other = before.equals("online") ? "busy" : "online";
    // not server.run: the api command prints the raw profile, token included
    SandboxServer.Result put = SandboxServer.Cli.run(agentEnv(), "{\"profile\":{\"availability\":\"" + other
        + "\"}}", "api", "PUT", "/api/v1/profile", "--input", "-");
    assertThat(put.code()).as(put.err()).isZero();
    assertThat(availability()).isEqualTo(before);
  }

  // ---- reports agent-conversations: 25 agents a page, user_id ignored ----

  private static String id(SandboxServer.Result r) {
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().strip();
  }

  /**
   * report_builder.rb agent_metrics pages account users 25 at a time by {@code page} and ignores user_id. Before,
   * the CLI sent one request with user_id: --agent was ignored and agents after the 25th were never shown.
   */
  @Test
  void agentConversationsReadsEveryPageAndPicksTheAgentItself() {
    String tag = unique();
    String account = id(server.run("platform", "accounts", "create", "--name", "Big " + tag, "-o", "ids"));
    List<String> users = new java.util.ArrayList<>();
    for (int i = 0; i < 27; i++) {
      String user = id(server.run("platform", "users", "create", "--name", "Agent " + i, "--email",
          "a" + i + "." + tag + "@big.test", "--password", "Str0ng!Passw0rd", "-o", "ids"));
      id(server.run("platform", "account-users", "add", account, "--user", user, "--role",
          i == 0 ? "administrator" : "agent", "-o", "ids"));
      users.add(user);
    }
    SandboxServer.Result shown = server.runRevealingSecrets("platform", "users", "show", users.get(0),
        "--show-secrets", "-o", "json");
    java.util.Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", shown.json().path("access_token").asText());
    env.put("INQUIRLY_ACCOUNT_ID", account);

    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(env, "", "reports", "agent-conversations", "-o", "ids");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out().lines().toList()).containsExactlyInAnyOrderElementsOf(users);
    });
    assertThat(sent).extracting(q -> q.path() + "?" + q.rawQuery()).containsExactly(
        "/api/v2/accounts/" + account + "/reports/conversations?type=agent&page=1",
        "/api/v2/accounts/" + account + "/reports/conversations?type=agent&page=2");

    SandboxServer.Result one = server.run(env, "", "reports", "agent-conversations", "--agent", users.get(26),
        "-o", "ids");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).isEqualTo(users.get(26) + "\n");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("type=agent&page=2");

    SandboxServer.Result none = server.run(env, "", "reports", "agent-conversations", "--agent", "999999");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no agent 999999 in this account");
  }

  // ---- public contacts: the look-up on create, the identifier on update ----

  private static java.util.Map<String, String> publicEnv() {
    java.util.Map<String, String> env = new java.util.HashMap<>(server.env());
    env.remove("INQUIRLY_TOKEN");
    env.put("INQUIRLY_INBOX_IDENTIFIER", server.sandbox().apiInboxIdentifier());
    return env;
  }

  /**
   * contact_inbox_with_contact_builder.rb: an existing contact with the identifier, e-mail or phone is reused
   * (a new contact inbox, a new contact identifier). Before, the CLI said a new visitor was created and the
   * sandbox refused the e-mail as taken (or created a duplicate).
   */
  @Test
  void publicContactCreateReusesTheContactWithThatEmail() {
    long contact = newContact("--phone", "+4930" + (System.nanoTime() % 100_000_000L));
    SandboxServer.Result shown = server.run("contacts", "show", String.valueOf(contact), "-o", "json");
    String email = shown.json().path("email").asText();
    String name = shown.json().path("name").asText();
    SandboxServer.Result r = server.run(publicEnv(), "", "public", "contacts", "create", "--name", "Someone Else",
        "--email", email.toUpperCase(), "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().path("contact_id").asLong()).isEqualTo(contact);
    assertThat(r.json().path("name").asText()).isEqualTo(name);
    assertThat(r.json().path("source_id").asText()).matches("[0-9a-f-]{36}");
    SandboxServer.Result again = server.run(publicEnv(), "", "public", "contacts", "create", "--identifier",
        "nobody-" + unique(), "--phone", shown.json().path("phone_number").asText(), "-o", "json");
    assertThat(again.json().path("contact_id").asLong()).isEqualTo(contact);
    assertThat(server.run("contacts", "search", email, "-o", "ids").out()).isEqualTo(contact + "\n");
  }

  /** create stores the identifier (the builder's create_contact passes it); the CLI's help said it was ignored. */
  @Test
  void publicContactCreateStoresTheIdentifier() {
    String identifier = "visitor-" + unique();
    SandboxServer.Result r = server.run(publicEnv(), "", "public", "contacts", "create", "--name", "Ivy",
        "--identifier", identifier, "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(body(server.lastRequest()).path("identifier").asText()).isEqualTo(identifier);
    SandboxServer.Result found = server.run("contacts", "show", r.json().path("contact_id").asText(), "-o", "json");
    assertThat(found.json().path("identifier").asText()).isEqualTo(identifier);
    assertThat(server.run("public", "contacts", "create", "--help").out())
        .contains("an existing contact with it is reused");
  }

  /**
   * inboxes/contacts_controller.rb#update strips identifier (HMAC check only). Before, the help said it merged
   * contacts and the sandbox stored or merged by it.
   */
  @Test
  void publicContactUpdateDoesNotChangeTheIdentifier() {
    String identifier = "keep-" + unique();
    SandboxServer.Result created = server.run(publicEnv(), "", "public", "contacts", "create", "--name", "Kim",
        "--identifier", identifier, "-o", "json");
    String source = created.json().path("source_id").asText();
    long contact = created.json().path("contact_id").asLong();
    long other = newContact("--identifier", "other-" + unique());
    String otherIdentifier = server.run("contacts", "show", String.valueOf(other), "-o", "json").json()
        .path("identifier").asText();
    SandboxServer.Result r = server.run(publicEnv(), "", "public", "contacts", "update", "--contact-identifier",
        source, "--identifier", otherIdentifier, "--name", "Kim K", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(body(server.lastRequest()).toString())
        .isEqualTo("{\"name\":\"Kim K\",\"identifier\":\"" + otherIdentifier + "\"}");
    assertThat(r.json().path("id").asLong()).isEqualTo(contact);
    assertThat(r.json().path("identifier").asText()).isEqualTo(identifier);
    assertThat(r.err()).isEqualTo("Note: the identifier only signed the request (identity validation); the server "
        + "does not store it on update.\n");
    assertThat(server.run("contacts", "show", String.valueOf(other), "-o", "ids").code()).isZero();
  }

  // ---- agent-bot tokens: may change a conversation but not read it ----

  private static java.util.Map<String, String> botEnv() {
    java.util.Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", server.sandbox().botToken());
    return env;
  }

  /** Before: POST landed, then the GET was refused and the command exited 3. */
  @Test
  void botPriorityShowsWhatWasSet() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(botEnv(), "", "conversations", "priority", "2", "--to", "high");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("KEY\tVALUE\nid\t2\npriority\thigh\n");
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path() + " " + q.status()).containsExactly(
        "POST " + A + "/conversations/2/toggle_priority 200", "GET " + A + "/conversations/2 401");
    assertThat(server.run("conversations", "show", "2", "-o", "json").json().path("priority").asText())
        .isEqualTo("high");
  }

  /** Before: the GET was refused (401, exit 3) and nothing was sent; --replace needs no read. */
  @Test
  void botAttributesNeedReplaceAndThenWork() {
    SandboxServer.Result merged = server.run(botEnv(), "", "conversations", "attributes", "2", "--attr", "tier=gold");
    assertThat(merged.code()).isEqualTo(2);
    assertThat(merged.err()).isEqualTo("error: an agent-bot token cannot read the conversation, so its custom "
        + "attributes cannot be merged; pass --replace to send exactly the --attr given (the server replaces the "
        + "whole set)\n");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run(botEnv(), "", "conversations", "attributes", "2", "--attr", "tier=gold",
          "--replace", "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.json().toString()).isEqualTo("{\"tier\":\"gold\"}");
    });
    assertThat(sent).extracting(q -> q.method() + " " + q.path() + " " + q.bodyText()).containsExactly(
        "POST " + A + "/conversations/2/custom_attributes {\"custom_attributes\":{\"tier\":\"gold\"}}");
  }

  /** 4.10's BOT_ACCESSIBLE_ENDPOINTS has no toggle_typing_status (the sandbox let bots call it). */
  @Test
  void botsMayNotToggleTyping() {
    SandboxServer.Result r = server.run(botEnv(), "", "conversations", "typing", "2", "on");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("Access to this endpoint is not authorized for bots");
  }

  // ---- view shapes: platform agent bot, automation rule create ----

  /** _agent_bot.json.jbuilder (platform) renders the name in outgoing_url; the sandbox showed the URL. */
  @Test
  void platformBotViewIsTheServersAndTheListLeavesOutgoingUrlOut() {
    SandboxServer.Result r = server.run("platform", "agent-bots", "create", "--name", "Router " + unique(),
        "--outgoing-url", "https://bots.example.com/r", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode bot = r.json();
    assertThat(bot.path("outgoing_url").asText()).isEqualTo(bot.path("name").asText());
    List<String> fields = new java.util.ArrayList<>();
    bot.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "name", "description", "outgoing_url", "account_id", "access_token");
    SandboxServer.Result table = server.run("platform", "agent-bots", "list", "--columns", "id,name");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(server.run("platform", "agent-bots", "list").out()).startsWith("ID\tNAME\tDESCRIPTION\tACCOUNT_ID\n");
    assertThat(server.run("platform", "agent-bots", "show", "--help").out()).contains("carries the bot's name in");
  }

  /** automation_rules/create.json.jbuilder is not wrapped in payload (show and update are). */
  @Test
  void automationRuleCreateAnswerIsUnwrappedAndStillShown() {
    String name = "Rule " + unique();
    SandboxServer.Result r = server.run("automation-rules", "create", "--name", name, "--event", "message_created",
        "--conditions", "[{\"attribute_key\":\"content\",\"filter_operator\":\"contains\","
            + "\"values\":[\"x\"],\"query_operator\":null}]",
        "--actions", "[{\"action_name\":\"add_label\",\"action_params\":[\"billing\"]}]", "--raw");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().has("payload")).isFalse();
    assertThat(r.json().path("name").asText()).isEqualTo(name);
    SandboxServer.Result shown = server.run("automation-rules", "create", "--name", name + " 2", "--event",
        "message_created", "--conditions", "[{\"attribute_key\":\"content\",\"filter_operator\":\"contains\","
            + "\"values\":[\"x\"],\"query_operator\":null}]",
        "--actions", "[{\"action_name\":\"add_label\",\"action_params\":[\"billing\"]}]", "-o", "json");
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(shown.json().path("name").asText()).isEqualTo(name + " 2");
  }

  // ---- audit: permitted params the CLI did not offer ----

  /** webhooks_controller.rb webhook_params permits inbox_id; the _webhook view shows the inbox. */
  @Test
  void webhookForOneInbox() {
    String url = "https://example.com/inbox-hook/" + unique();
    SandboxServer.Result r = server.run("webhooks", "create", "--url", url, "--inbox", "1", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(body(server.lastRequest()).toString()).isEqualTo("{\"url\":\"" + url + "\",\"inbox_id\":1}");
    assertThat(r.json().at("/inbox/id").asLong()).isEqualTo(1);
  }

  /** platform users_controller.rb permits display_name. */
  @Test
  void platformUserDisplayName() {
    String tag = unique();
    SandboxServer.Result r = server.run("platform", "users", "create", "--name", "Dee " + tag, "--display-name",
        "Dee", "--email", "dee." + tag + "@example.com", "--password", "Str0ng!Passw0rd", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(body(server.lastRequest()).path("display_name").asText()).isEqualTo("Dee");
    assertThat(r.json().path("display_name").asText()).isEqualTo("Dee");
  }

  /** accounts_controller.rb settings_params permits auto_resolve_label. */
  @Test
  void accountAutoResolveLabel() {
    SandboxServer.Result r = server.run("account", "update", "--auto-resolve-label", "auto-closed", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"auto_resolve_label\":\"auto-closed\"}");
  }
}
