package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search group, the macros group, and macros in apply/diff/export. */
class SearchAndMacrosCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String A = "/api/v1/accounts/1";

  private static String sent(RecordedRequest r) {
    return r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery()) + " " + r.bodyText();
  }

  @Test
  void searchAllListsEveryTypeWithASummary() {
    SandboxServer.Result r = server.run("search", "all", "grace");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/search?q=grace ");
    assertThat(r.out()).isEqualTo("TYPE\tID\tSUMMARY\n"
        + "conversation\t5\tGrace Hopper in API Inbox\n"
        + "conversation\t2\tGrace Hopper in API Inbox\n"
        + "contact\t2\tGrace Hopper <grace@example.com>\n");
  }

  /** {@code search QUERY} is {@code search all QUERY}; a collection's name, or an alias of one, stays a command. */
  @Test
  void aQueryRightAfterSearchSearchesEverything() {
    SandboxServer.Result r = server.run("search", "-o", "ids", "grace");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/search?q=grace ");
    assertThat(r.out()).isEqualTo("5\n2\n2\n");
    SandboxServer.Result global = server.run("-o", "ids", "search", "hopper");
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/search?q=hopper ");
    assertThat(global.out()).isEqualTo(r.out());
    SandboxServer.Result collection = server.run("search", "contacts", "grace", "-o", "ids");
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/search/contacts?q=grace&page=1 ");
    assertThat(collection.out()).isEqualTo("2\n");
  }

  @Test
  void searchOneCollectionPages() {
    SandboxServer.Result contacts = server.run("search", "contacts", "hopper", "-o", "ids");
    assertThat(contacts.code()).as(contacts.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/search/contacts?q=hopper&page=1 ");
    assertThat(contacts.out()).isEqualTo("2\n");
    SandboxServer.Result messages = server.run("search", "messages", "Follow-up question 12", "--columns",
        "id,conversation_id,content");
    assertThat(sent(server.lastRequest()))
        .isEqualTo("GET " + A + "/search/messages?q=Follow-up%20question%2012&page=1 ");
    assertThat(messages.out()).isEqualTo("ID\tCONVERSATION_ID\tCONTENT\n26\t1\tFollow-up question 12.\n");
    SandboxServer.Result articles = server.run("search", "articles", "invit", "--columns", "title,portal_slug");
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/search/articles?q=invit&page=1 ");
    assertThat(articles.out()).isEqualTo("TITLE\tPORTAL_SLUG\nInviting your team\thelp\n");
    SandboxServer.Result none = server.run("search", "conversations", "nobody-here", "-o", "json");
    assertThat(none.out()).isEqualTo("[]\n");
  }

  @Test
  void searchNeedsAQuery() {
    SandboxServer.Result r = server.run("search", "contacts");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("QUERY");
  }

  /** A selection is read in full first, confirmed once, and sent as one execute with every id. */
  @Test
  void aMacroRunsOnASelectionOfConversations() {
    SandboxServer.Result dry = server.run("macros", "execute", "1", "--status", "open", "--inbox", "1", "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).startsWith("Selection: 2 conversations: 3, 1\nPOST ");
    assertThat(dry.out()).contains("/macros/1/execute\n{\n  \"conversation_ids\": [\n    3,\n    1\n  ]\n}");

    SandboxServer.Result asked = server.run("macros", "execute", "1", "--status", "open", "--inbox", "1");
    assertThat(asked.code()).isEqualTo(2);
    assertThat(asked.err()).isEqualTo("error: refusing to execute macro on 2 conversations without --yes (stdin is not"
        + " a terminal); add --yes to confirm\n");

    List<RecordedRequest> during = server.requestsDuring(() -> {
      SandboxServer.Result run = server.run("macros", "execute", "1", "--status", "open", "--inbox", "1", "--yes");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).isEqualTo("Macro 1 is running on 2 conversation(s).\n");
    });
    assertThat(during).extracting(r -> r.method() + " " + r.path()).containsExactly(
        "POST " + A + "/conversations/filter", "POST " + A + "/macros/1/execute");
    assertThat(sent(during.get(1))).isEqualTo("POST " + A + "/macros/1/execute {\"conversation_ids\":[3,1]}");

    SandboxServer.Result neither = server.run("macros", "execute", "1");
    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err()).startsWith("error: give --conversation ID or a selection of conversations (--where, ");
    SandboxServer.Result both = server.run("macros", "execute", "1", "--conversation", "2", "--status", "open");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).startsWith("error: give --conversation ids or a selection (--where, --label, ...), not both");
  }

  @Test
  void macrosAreCreatedShownUpdatedExecutedAndDeleted() {
    SandboxServer.Result created = server.run("macros", "create", "--name", "Close billing", "--visibility", "global",
        "--actions", "[{\"action_name\":\"add_label\",\"action_params\":[\"billing\"]},"
            + "{\"action_name\":\"resolve_conversation\"}]", "-o", "ids");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + A + "/macros {\"name\":\"Close billing\","
        + "\"visibility\":\"global\",\"actions\":[{\"action_name\":\"add_label\",\"action_params\":[\"billing\"]},"
        + "{\"action_name\":\"resolve_conversation\"}]}");
    String id = created.out().strip();

    SandboxServer.Result shown = server.run("macros", "show", id);
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + A + "/macros/" + id + " ");
    assertThat(shown.out()).startsWith("KEY\tVALUE\nid\t" + id + "\nname\tClose billing\nvisibility\tglobal\n");

    SandboxServer.Result updated = server.run("macros", "update", id, "--name", "Close as billing", "-o", "json");
    assertThat(sent(server.lastRequest())).isEqualTo("PATCH " + A + "/macros/" + id + " {\"name\":\"Close as billing\"}");
    assertThat(updated.json().path("actions").size()).isEqualTo(2);

    SandboxServer.Result run = server.run("macros", "execute", id, "--conversation", "2", "--conversation", "3");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + A + "/macros/" + id + "/execute "
        + "{\"conversation_ids\":[2,3]}");
    assertThat(run.err()).isEqualTo("Macro " + id + " is running on 2 conversation(s).\n");
    JsonNode c2 = server.run("conversations", "show", "2", "-o", "json").json();
    assertThat(c2.path("status").asText()).isEqualTo("resolved");
    assertThat(c2.path("labels").toString()).contains("\"billing\"");

    SandboxServer.Result list = server.run("macros", "list", "-o", "ids");
    assertThat(list.out().lines().toList()).contains("1", id).isSorted();
    SandboxServer.Result deleted = server.run("macros", "delete", id, "--yes");
    assertThat(deleted.code()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("DELETE " + A + "/macros/" + id + " ");
    assertThat(server.run("macros", "show", id).code()).isEqualTo(4);
  }

  @Test
  void anUnknownActionIsTheServersError() {
    SandboxServer.Result r = server.run("macros", "create", "--name", "Bad", "--actions",
        "[{\"action_name\":\"explode\"}]");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Macro execution actions explode not supported.");
  }

  @Test
  void anAgentsMacrosArePersonalAndHiddenFromOthers() {
    Map<String, String> agent = new HashMap<>(server.env());
    agent.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    SandboxServer.Result created = server.run(agent, "", "macros", "create", "--name", "Mine", "--visibility",
        "global", "-o", "json");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.json().path("visibility").asText()).isEqualTo("personal");
    String id = created.json().path("id").asText();
    SandboxServer.Result other = server.run("macros", "show", id);
    assertThat(other.code()).isEqualTo(5);
    assertThat(server.run("macros", "list", "-o", "ids").out()).doesNotContain(id + "\n");
  }

  @Test
  void applyCreatesAMacroWithIdsForNamesThenChangesNothingAndExportsNames() throws Exception {
    Path file = server.home().resolve("macro.yaml");
    Files.writeString(file, "kind: Macro\nname: Hand to billing\nvisibility: global\nactions:\n"
        + "  - {action_name: assign_team, action_params: [Billing]}\n"
        + "  - {action_name: assign_agent, action_params: [agent@acme.test]}\n"
        + "  - {action_name: add_label, action_params: [vip]}\n");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("apply", "-f", file.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("+ create Macro Hand to billing\n");
    });
    List<String> writes = new ArrayList<>();
    sent.stream().filter(q -> !q.method().equals("GET")).forEach(q -> writes.add(sent(q)));
    assertThat(writes).containsExactly("POST " + A + "/macros {\"name\":\"Hand to billing\",\"visibility\":\"global\","
        + "\"actions\":[{\"action_name\":\"assign_team\",\"action_params\":[1]},{\"action_name\":\"assign_agent\","
        + "\"action_params\":[2]},{\"action_name\":\"add_label\",\"action_params\":[\"vip\"]}]}");

    SandboxServer.Result again = server.run("diff", "-f", file.toString());
    assertThat(again.code()).as(again.out() + again.err()).isZero();

    SandboxServer.Result export = server.run("export", "--kinds", "Macro");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("kind: Macro\nname: Hand to billing\nvisibility: global\n")
        .contains("action_params:\n  - billing\n").contains("- agent@acme.test\n");
  }

  @Test
  void aMacroNamingAnUnknownTeamIsRefusedBeforeAnyWrite() throws Exception {
    Path file = server.home().resolve("macro-bad.yaml");
    Files.writeString(file, "kind: Macro\nname: Nowhere\nactions:\n"
        + "  - {action_name: assign_team, action_params: [no-such-team]}\n");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("apply", "-f", file.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("names Team 'no-such-team', which is neither in the file nor in the account");
    });
    assertThat(sent).allMatch(q -> q.method().equals("GET"));
  }
}
