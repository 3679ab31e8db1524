package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What people type every day: pipes, aliases, forgiving input. */
class EverydayCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  @Test
  void anEmptyIdsPipeIsNothingToDo() {
    int before = server.requests().size();
    SandboxServer.Result piped = server.run(server.env(), "", "conversations", "assign", "--team", "1", "--ids", "-");
    assertThat(piped.code()).as(piped.err()).isZero();
    assertThat(piped.out()).isEmpty();
    assertThat(piped.err()).isEmpty();
    SandboxServer.Result blank = server.run(server.env(), "\n  \n", "conversations", "assign", "--team", "1",
        "--ids", "-");
    assertThat(blank.code()).isZero();
    assertThat(server.requests()).hasSize(before);
    // on a terminal it says so
    SandboxServer.Result shown = server.runOnTerminal(80, Map.of(), "conversations", "assign", "--team", "1",
        "--ids", "-");
    assertThat(shown.code()).isZero();
    assertThat(shown.err()).isEqualTo("No conversations to assign: --ids - read no ids.\n");
    // no ids at all is still a mistake
    assertThat(server.run("conversations", "assign", "--team", "1").code()).isEqualTo(2);
  }

  @Test
  void theUsualAliasesRunTheirCommands() {
    assertThat(server.run("contacts", "ls", "-o", "ids").out()).isEqualTo(server.run("contacts", "list", "-o", "ids").out());
    assertThat(server.run("contacts", "get", "1", "-o", "ids").out()).isEqualTo("1\n");
    assertThat(server.run("contacts", "view", "1", "-o", "ids").out()).isEqualTo("1\n");
    assertThat(server.run("contacts", "rm", "3").err())
        .isEqualTo("error: refusing to delete contact 3 without --yes (stdin is not a terminal); add --yes to confirm\n");
    assertThat(server.run("contacts", "del", "3").err()).startsWith("error: refusing to delete contact 3 without");
    assertThat(server.run("labels", "new", "--help").out()).startsWith("Usage: inquirly labels create ");
    assertThat(server.run("contacts", "add", "--help").out()).startsWith("Usage: inquirly contacts create ");
    // where the alias is a command of its own, it stays that command
    SandboxServer.Result labels = server.run("contacts", "labels", "add", "1", "vip", "--dry-run");
    assertThat(labels.out()).startsWith("POST ").contains("/contacts/1/labels");
    // an option's value is not a command word
    SandboxServer.Result named = server.run("contacts", "create", "--name", "ls", "--email", "ls@example.com",
        "--dry-run");
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).contains("\"name\": \"ls\"");
  }

  @Test
  void versionAndDashCapitalVPrintTheVersion() {
    String version = server.run("--version").out();
    assertThat(version).startsWith("inquirly ");
    assertThat(server.run("-V").out()).isEqualTo(version);
    assertThat(server.run("version").out()).isEqualTo(version);
  }

  @Test
  void suggestionsAreByEditDistanceNotSimilarSounds() {
    assertThat(server.run("contacts", "lst").err())
        .isEqualTo("error: unknown command 'lst' for 'inquirly contacts' (did you mean 'list'?); "
            + "see 'inquirly contacts --help'\n");
    assertThat(server.run("contcts", "list").err()).contains("(did you mean 'contacts'?)");
    assertThat(server.run("conversatons").err()).contains("(did you mean 'conversations'?)");
    // nothing close: no guess
    assertThat(server.run("contacts", "frobnicate").err())
        .isEqualTo("error: unknown command 'frobnicate' for 'inquirly contacts'; see 'inquirly contacts --help'\n");
    SandboxServer.Result help = server.run("help", "contcts");
    assertThat(help.code()).isEqualTo(2);
    assertThat(help.err()).startsWith("error: no command or help topic 'contcts' (did you mean 'contacts'?); ");
    assertThat(server.run("help", "exit-cods").err()).contains("(did you mean 'exit-codes'?)");
    assertThat(Suggestions.best("get", java.util.List.of("list", "show", "merge"))).isEqualTo("show");
    assertThat(Suggestions.best("ls", java.util.List.of("list", "labels"))).isEqualTo("list");
  }

  @Test
  void aCsvDelimiterIsToldFromTheHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String[][] files = {{"semi.csv", "name;email;city\nSemi Colon;semi@example.com;\"Paris; France\"\n"},
        {"pipe.csv", "name|email|city\nPipe Line|pipe@example.com|Oslo\n"},
        {"tab.csv", "name\temail\tcity\nTab Stop\ttab@example.com\tRome\n"}};
    for (String[] f : files) {
      java.nio.file.Path csv = dir.resolve(f[0]);
      java.nio.file.Files.writeString(csv, f[1]);
      SandboxServer.Result r = server.run("contacts", "import", csv.toString());
      assertThat(r.code()).as(f[0] + ": " + r.err()).isZero();
    }
    assertThat(server.run("contacts", "search", "semi@example.com", "--columns", "name,additional_attributes.city")
        .out()).isEqualTo("NAME\tCITY\nSemi Colon\tParis; France\n");
    assertThat(server.run("contacts", "search", "pipe@example.com", "-o", "ids").out()).isNotEmpty();
    assertThat(server.run("contacts", "search", "tab@example.com", "-o", "ids").out()).isNotEmpty();
    // --delimiter still wins
    java.nio.file.Path forced = dir.resolve("forced.csv");
    java.nio.file.Files.writeString(forced, "name;email\nX;x@example.com\n");
    SandboxServer.Result r = server.run("contacts", "import", forced.toString(), "--delimiter", ",");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("name;email");
  }

  @Test
  void anEmptyCreateIsRefusedAndAnUnlistableContactIsAWarning() {
    int before = server.requests().size();
    SandboxServer.Result empty = server.run("contacts", "create");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("error: nothing to create: 'contacts create' was given no fields; "
        + "give --inbox, --name, --email, --phone ... or --data\n");
    assertThat(server.requests()).hasSize(before);
    SandboxServer.Result nameOnly = server.run("contacts", "create", "--name", "Nobody Sees Me", "-o", "ids");
    assertThat(nameOnly.code()).isZero();
    assertThat(nameOnly.err()).isEqualTo("warning: contact " + nameOnly.out().strip()
        + " has no e-mail, phone number or identifier: contact lists, searches and exports will not show it\n");
    assertThat(server.run("contacts", "create", "--name", "Seen", "--email", "seen@example.com").err()).isEmpty();
    // --data counts as fields
    assertThat(server.run("contacts", "create", "--data", "{\"email\":\"data@example.com\"}").code()).isZero();
  }

  @Test
  void anImportSaysOnceHowManyContactsNoListWillShow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path csv = dir.resolve("names.csv");
    java.nio.file.Files.writeString(csv, "name,email\nOnly Name,\nAlso Only,\nWith Mail,with-mail@example.com\n");
    SandboxServer.Result r = server.run("contacts", "import", csv.toString(), "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("warning: 2 contacts were created with only a name: contact lists, searches and "
        + "exports show only contacts with an e-mail, phone number or identifier\n");
  }

  @Test
  void aResumedImportCountsThisRunAndEarlierRunsApart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path csv = dir.resolve("twice.csv");
    java.nio.file.Files.writeString(csv, "name,email\nOne,one@twice.test\nTwo,two@twice.test\n");
    assertThat(server.run("contacts", "import", csv.toString(), "-o", "json").json().get("created").asLong())
        .isEqualTo(2);
    SandboxServer.Result again = server.run("contacts", "import", csv.toString(), "-o", "json");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.json().get("created").asLong()).isZero();
    assertThat(again.json().get("resumed").asLong()).isEqualTo(2);
    assertThat(again.json().get("earlier").get("created").asLong()).isEqualTo(2);
  }

  @Test
  void aBadTokenAtLoginIsSaidToBeRefused() {
    Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("INQUIRLY_CONFIG", server.home().resolve("login-refused.yaml").toString());
    SandboxServer.Result r = server.run(env, "not-a-token\n", "auth", "login", "--with-token");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("error: 401 Unauthorized from GET /api/v1/profile: Invalid Access Token; "
        + env.get("INQUIRLY_URL") + " refused this access token: copy it from Profile Settings → Access Token, "
        + "whole, and check that it belongs to this server\n");
    assertThat(server.home().resolve("login-refused.yaml")).doesNotExist();
  }

  @Test
  void theDemosExportAppliesBack() {
    SandboxServer.Result export = server.run("export");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("website_url: https://www.acme.test");
    assertThat(export.out()).contains("name: WhatsApp\nchannel: whatsapp\n"); // the demo's WhatsApp inbox 4
    SandboxServer.Result diff = server.run(server.env(), export.out(), "diff", "-f", "-");
    assertThat(diff.err()).doesNotContain("needs website_url");
    assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
  }

  /** An inbox of another channel is updated when it exists; apply cannot create one, and says so before writing. */
  @Test
  void applyCreatesOnlyApiAndWebsiteInboxes() {
    int before = server.requests().size();
    SandboxServer.Result r = server.run(server.env(), "kind: Label\ntitle: vip-wa\n---\nkind: Inbox\nname: Support WA\n"
        + "channel: whatsapp\n", "apply", "-f", "-", "--yes");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: <stdin>:4:1: Inbox Support WA does not exist, and apply creates only api and "
        + "website inboxes: set up whatsapp inboxes in the web app, then apply updates their settings, members and "
        + "agent bot\n");
    assertThat(server.requests().subList(before, server.requests().size()))
        .noneMatch(q -> !q.method().equals("GET") && !q.path().endsWith("/filter"));
  }

  @Test
  void aServerUrlThatPointsIntoTheApiIsCutToItsRootWithAWarning() {
    Map<String, String> env = new java.util.HashMap<>(server.env());
    String root = env.get("INQUIRLY_URL").replaceAll("/$", "");
    for (String given : new String[] {root + "/api/v1", root + "/api/v1/", root + "/api/v1/accounts/1"}) {
      env.put("INQUIRLY_URL", given);
      SandboxServer.Result r = server.run(env, "", "contacts", "show", "1", "-o", "ids");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("1\n");
      assertThat(r.err()).isEqualTo("warning: the server URL " + given + " points into the API; using its root "
          + root + " (give the server's root URL: inquirly adds /api/v1 itself)\n");
    }
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/contacts/1");
  }

  @Test
  void theSandboxRunsAServerSideImportAMomentLater(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path csv = dir.resolve("server.csv");
    java.nio.file.Files.writeString(csv, "name,email,phone_number\nServer Side,server-side@example.com,"
        + "+14155550177\nKatherine J.,katherine@example.com,\n");
    SandboxServer.Result r = server.run("contacts", "import", csv.toString(), "--server-side");
    assertThat(r.code()).as(r.err()).isZero();
    // the job runs after a short delay, as the server's would: wait for it (no timing is asserted)
    String found = "";
    for (int i = 0; i < 200 && found.isEmpty(); i++) {
      found = server.run("contacts", "search", "server-side@example.com", "-o", "ids").out();
      if (found.isEmpty()) {
        Thread.sleep(50);
      }
    }
    assertThat(found).isNotEmpty();
    assertThat(server.run("contacts", "show", found.strip(), "--columns", "name,phone_number").out())
        .isEqualTo("KEY\tVALUE\nname\tServer Side\nphone_number\t+14155550177\n");
    // an existing contact (by e-mail) is updated, not duplicated
    assertThat(server.run("contacts", "search", "katherine@example.com", "-o", "ids").out()).isEqualTo("1\n");
    assertThat(server.run("contacts", "show", "1", "--columns", "name").out()).isEqualTo("KEY\tVALUE\nname\tKatherine J.\n");
  }

  @Test
  void aWebhookSubscriptionTypoIsCaughtAtPlanTime(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("hooks.yaml");
    java.nio.file.Files.writeString(file, "kind: Webhook\nurl: https://hooks.example.com/x\n"
        + "subscriptions: [conversation_created, mesage_created]\n");
    int before = server.requests().size();
    for (String[] args : new String[][] {{"apply", "-f", file.toString(), "--dry-run"}, {"diff", "-f", file.toString()}}) {
      SandboxServer.Result r = server.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).startsWith("error: " + file + ":3:")
          .contains("Webhook subscriptions: unknown value 'mesage_created'; use contact_created, contact_updated, "
              + "conversation_created, conversation_status_changed, conversation_typing_off,");
    }
    assertThat(server.requests()).hasSize(before);
  }
}
