package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every contacts command, run in-process against an empty sandbox: request sent, output, exit code. */
class ContactsCommandsTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private static long created;

  /** Creates a contact and returns its id. */
  private static long create(String... flags) {
    String[] args = new String[flags.length + 4];
    args[0] = "contacts";
    args[1] = "create";
    System.arraycopy(flags, 0, args, 2, flags.length);
    args[flags.length + 2] = "-o";
    args[flags.length + 3] = "ids";
    Result r = server.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return Long.parseLong(r.out().strip());
  }

  private static String unique() {
    return "u" + (++created) + "x" + System.nanoTime();
  }

  private static JsonNode body(RecordedRequest r) {
    try {
      return SandboxServer.JSON.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @BeforeEach
  void fresh() {
    // each test creates the records it needs with unique values; nothing to reset
  }

  @Test
  void createSendsEveryFlagAsTheApiExpectsAndPrintsTheContact() {
    String email = unique() + "@example.com";
    Result r = server.run("contacts", "create", "--inbox", "1", "--name", "Ada Lovelace", "--email", email,
        "--phone", "+14155550199", "--identifier", "crm-" + email, "--attr", "plan=pro", "--attr", "seats:=5",
        "--company", "Engines Ltd", "--city", "London", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/api/v1/accounts/1/contacts");
    assertThat(sent.contentType()).startsWith("application/json");
    assertThat(sent.header("api-access-token")).isEqualTo(server.sandbox().adminToken());
    assertThat(body(sent)).isEqualTo(SandboxServer.JSON.createObjectNode()
        .put("inbox_id", 1).put("name", "Ada Lovelace").put("email", email).put("phone_number", "+14155550199")
        .put("identifier", "crm-" + email)
        .<com.fasterxml.jackson.databind.node.ObjectNode>set("additional_attributes",
            SandboxServer.JSON.createObjectNode().put("company_name", "Engines Ltd").put("city", "London"))
        .set("custom_attributes", SandboxServer.JSON.createObjectNode().put("plan", "pro").put("seats", 5)));
    JsonNode contact = r.json();
    assertThat(contact.path("email").asText()).isEqualTo(email);
    assertThat(contact.path("custom_attributes").path("seats").asInt()).isEqualTo(5);
    assertThat(contact.has("contact")).as("the envelope is removed").isFalse();
  }

  @Test
  void showPrintsAKeyValueTableWhenPipedAndMasksNothingItShouldNot() {
    long id = create("--name", "Grace Hopper", "--email", unique() + "@navy.example", "--attr", "plan=gold");
    Result r = server.run("contacts", "show", String.valueOf(id));
    assertThat(r.code()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/contacts/" + id);
    assertThat(r.out()).startsWith("KEY\tVALUE\n");
    assertThat(r.out()).contains("\nname\tGrace Hopper\n").contains("\ncustom_attributes.plan\tgold\n")
        .contains("\nid\t" + id + "\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void updateSendsPutWithOnlyTheGivenFieldsAndMergesAttributes() {
    long id = create("--name", "Ada", "--email", unique() + "@example.com", "--attr", "plan=pro");
    Result r = server.run("contacts", "update", String.valueOf(id), "--name", "Ada L", "--attr", "tier=1",
        "--columns", "name,custom_attributes.plan,custom_attributes.tier", "-o", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("PUT");
    assertThat(sent.bodyText()).isEqualTo("{\"name\":\"Ada L\",\"custom_attributes\":{\"tier\":\"1\"}}");
    assertThat(r.out()).isEqualTo("name,custom_attributes.plan,custom_attributes.tier\r\nAda L,pro,1\r\n");
  }

  @Test
  void dataGivesTheWholeBodyAndFlagsWin() {
    String email = unique() + "@example.com";
    Result r = server.run("contacts", "create", "--data",
        "{\"name\":\"From Data\",\"email\":\"" + email + "\",\"custom_attributes\":{\"a\":\"1\"}}",
        "--name", "From Flag", "--attr", "b=2", "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(body(server.lastRequest())).isEqualTo(SandboxServer.JSON.createObjectNode()
        .put("name", "From Flag").put("email", email)
        .set("custom_attributes", SandboxServer.JSON.createObjectNode().put("a", "1").put("b", "2")));
  }

  @Test
  void dataFromStdin() {
    String email = unique() + "@example.com";
    Result r = server.run(server.env(), "{\"name\":\"Piped\",\"email\":\"" + email + "\"}",
        "contacts", "create", "--data", "@-", "-o", "json", "--jq", ".name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Piped\n");
  }

  @Test
  void deleteNeedsYesWhenNotOnATerminalAndThenDeletes() {
    long id = create("--name", "Temp", "--email", unique() + "@example.com");
    int before = server.requests().size();
    Result refused = server.run("contacts", "delete", String.valueOf(id));
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("error: refusing to delete contact " + id
        + " without --yes (stdin is not a terminal); add --yes to confirm\n");
    assertThat(server.requests()).hasSize(before);
    Result r = server.run("contacts", "delete", String.valueOf(id), "--yes");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Deleted contact " + id + ".\n");
    assertThat(server.lastRequest().method()).isEqualTo("DELETE");
    assertThat(server.run("contacts", "show", String.valueOf(id)).code()).isEqualTo(4);
  }

  @Test
  void deleteSeveralIdsFromStdinReportsEachAndExits9WhenSomeFail() {
    long a = create("--name", "A", "--email", unique() + "@example.com");
    long b = create("--name", "B", "--email", unique() + "@example.com");
    Result r = server.run(server.env(), a + "\n" + b + "\n999999\n", "contacts", "delete", "--ids", "-", "--yes");
    assertThat(r.code()).isEqualTo(9);
    assertThat(r.out()).isEqualTo("ID\tSTATUS\tERROR\n" + a + "\tok\t\n" + b + "\tok\t\n"
        + "999999\tfailed\t404 Not Found from DELETE /api/v1/accounts/1/contacts/999999: Resource could not be found\n");
    assertThat(r.err()).isEqualTo("1 of 3 failed.\n");
  }

  @Test
  void dryRunPrintsTheRequestAndSendsNothing() {
    int before = server.requests().size();
    Result r = server.run("contacts", "create", "--name", "Nobody", "--dry-run");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("POST " + server.sandbox().url() + "/api/v1/accounts/1/contacts\n"
        + "{\n  \"name\": \"Nobody\"\n}\n");
    assertThat(r.err()).isEqualTo("Dry run: nothing was sent.\n");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void listAllWalksEveryPageIntoOneJsonArray() {
    String tag = unique();
    for (int i = 0; i < 17; i++) {
      create("--name", "Page " + i, "--email", tag + i + "@pages.example", "--identifier", tag + "-" + i);
    }
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      Result r = server.run("contacts", "list", "--all", "-o", "json");
      assertThat(r.code()).isZero();
      JsonNode all = r.json();
      assertThat(all.isArray()).isTrue();
      long total = all.size();
      assertThat(total).isGreaterThanOrEqualTo(17);
    });
    assertThat(sent).hasSizeGreaterThanOrEqualTo(2);
    assertThat(sent.get(0).rawQuery()).isEqualTo("page=1");
    assertThat(sent.get(1).rawQuery()).isEqualTo("page=2");
    assertThat(sent.get(sent.size() - 1).status()).isEqualTo(200);
  }

  @Test
  void listOnePageWithSortLabelAndLimit() {
    String tag = unique();
    long a = create("--name", "Zed " + tag, "--email", tag + "a@example.com");
    long b = create("--name", "Abe " + tag, "--email", tag + "b@example.com");
    server.run("contacts", "labels", "set", String.valueOf(a), "lbl" + tag);
    server.run("contacts", "labels", "set", String.valueOf(b), "lbl" + tag);
    Result r = server.run("contacts", "list", "--sort", "name", "--label", "lbl" + tag, "-o", "jsonl",
        "--columns", "id");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().rawQuery()).isEqualTo("sort=name&labels[]=lbl" + tag + "&page=1");
    assertThat(r.out().lines().map(l -> l.replaceAll(".*\"name\":\"([^\"]*)\".*", "$1")).toList())
        .containsExactly("Abe " + tag, "Zed " + tag);
    Result limited = server.run("contacts", "list", "--label", "lbl" + tag, "--limit", "1", "-o", "ids");
    assertThat(limited.out().lines().count()).isEqualTo(1);
  }

  @Test
  void invalidSortIsRefusedBeforeAnyRequest() {
    int before = server.requests().size();
    Result r = server.run("contacts", "list", "--sort", "shoe_size");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Invalid value for option '--sort': invalid --sort 'shoe_size'");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void searchSendsQAndPrintsIds() {
    String tag = unique();
    long id = create("--name", "Searchable " + tag, "--email", tag + "@search.example");
    Result r = server.run("contacts", "search", tag, "-o", "ids");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(id + "\n");
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/contacts/search");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("q=" + tag + "&page=1");
  }

  @Test
  void filterTurnsWhereIntoThePayload() {
    String tag = unique();
    long id = create("--name", "Filtered", "--email", tag + "@acme.example", "--city", "Lisbon");
    Result r = server.run("contacts", "filter", "--where", "email contains " + tag, "--where", "city = Lisbon",
        "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(id + "\n");
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.rawQuery()).isEqualTo("page=1");
    assertThat(sent.bodyText()).isEqualTo("{\"payload\":["
        + "{\"attribute_key\":\"email\",\"filter_operator\":\"contains\",\"values\":[\"" + tag + "\"],\"query_operator\":\"AND\"},"
        + "{\"attribute_key\":\"city\",\"filter_operator\":\"equal_to\",\"values\":[\"Lisbon\"]}]}");
  }

  @Test
  void filterWithABadOperatorNamesTheOperators() {
    Result r = server.run("contacts", "filter", "--where", "email resembles x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: invalid --where 'email resembles x': unknown operator 'resembles'; "
        + "write KEY OPERATOR VALUE");
  }

  @Test
  void labelsAddAndRemoveReadFirstAndSendTheWholeSet() {
    long id = create("--name", "Labelled", "--email", unique() + "@example.com");
    assertThat(server.run("contacts", "labels", "set", String.valueOf(id), "a", "b").out()).isEqualTo("LABEL\na\nb\n");
    List<RecordedRequest> add = server.requestsDuring(() ->
        assertThat(server.run("contacts", "labels", "add", String.valueOf(id), "c", "-o", "ids").out())
            .isEqualTo("a\nb\nc\n"));
    assertThat(add).extracting(RecordedRequest::method).containsExactly("GET", "POST");
    assertThat(add.get(1).bodyText()).isEqualTo("{\"labels\":[\"a\",\"b\",\"c\"]}");
    List<RecordedRequest> remove = server.requestsDuring(() ->
        assertThat(server.run("contacts", "labels", "remove", String.valueOf(id), "b", "-o", "json").json().toString())
            .isEqualTo("[\"a\",\"c\"]"));
    assertThat(remove.get(1).bodyText()).isEqualTo("{\"labels\":[\"a\",\"c\"]}");
    assertThat(server.run("contacts", "labels", "list", String.valueOf(id), "-o", "ids").out()).isEqualTo("a\nc\n");
  }

  @Test
  void contactInboxesAndContactableInboxes() {
    long id = create("--name", "Reachable", "--email", unique() + "@example.com");
    Result add = server.run("contacts", "inboxes", "add", String.valueOf(id), "--inbox", "1", "--source-id",
        "src-" + id, "-o", "json");
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/contacts/" + id + "/contact_inboxes");
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"inbox_id\":1,\"source_id\":\"src-" + id + "\"}");
    assertThat(add.json().path("source_id").asText()).isEqualTo("src-" + id);
    Result list = server.run("contacts", "contactable-inboxes", String.valueOf(id), "--columns", "inbox.id");
    assertThat(list.code()).isZero();
    assertThat(list.out()).startsWith("INBOX_ID\n1\n");
  }

  @Test
  void conversationsOfAContact() {
    long id = create("--name", "Quiet", "--email", unique() + "@example.com");
    Result r = server.run("contacts", "conversations", String.valueOf(id), "-o", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("[]\n");
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/1/contacts/" + id + "/conversations");
  }

  @Test
  void mergeNeedsYesAndKeepsTheBase() {
    String tag = unique();
    long base = create("--name", "Base", "--email", tag + "@base.example");
    long mergee = create("--name", "Mergee", "--phone", "+15555550" + (100 + created % 800));
    Result r = server.run("contacts", "merge", String.valueOf(base), String.valueOf(mergee), "--yes", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText())
        .isEqualTo("{\"base_contact_id\":" + base + ",\"mergee_contact_id\":" + mergee + "}");
    assertThat(r.json().path("id").asLong()).isEqualTo(base);
    assertThat(server.run("contacts", "show", String.valueOf(mergee)).code()).isEqualTo(4);
  }

  @Test
  void duplicateEmailIsExit2WithTheServersMessage() {
    String email = unique() + "@dup.example";
    create("--name", "First", "--email", email);
    Result r = server.run("contacts", "create", "--name", "Second", "--email", email.toUpperCase());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: 422 Unprocessable Entity from POST /api/v1/accounts/1/contacts: "
        + "Email has already been taken (email)\n");
  }

  @Test
  void everyOutputFormatOfAList() {
    String tag = unique();
    long id = create("--name", "Formats " + tag, "--email", tag + "@fmt.example", "--attr", "plan=pro");
    String[] base = {"contacts", "search", tag};
    assertThat(run(base, "-o", "ids")).isEqualTo(id + "\n");
    assertThat(run(base, "-o", "csv", "--columns", "id,name,custom_attributes.plan"))
        .isEqualTo("id,name,custom_attributes.plan\r\n" + id + ",Formats " + tag + ",pro\r\n");
    assertThat(run(base, "--columns", "id,name")).isEqualTo("ID\tNAME\n" + id + "\tFormats " + tag + "\n");
    assertThat(run(base, "-o", "yaml")).startsWith("- ").contains("\n  id: " + id + "\n")
        .contains("\n  name: Formats " + tag + "\n").contains("\n  custom_attributes:\n    plan: pro\n");
    assertThat(run(base, "-o", "jsonl")).startsWith("{\"").endsWith("}\n").doesNotContain("\n{");
    assertThat(run(base, "-o", "json", "--jq", ".[0].custom_attributes.plan")).isEqualTo("pro\n");
    assertThat(run(base, "--raw", "--jq", ".payload | length")).isEqualTo("1\n");
  }

  private static String run(String[] base, String... more) {
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
        .toArray(String[]::new);
    Result r = server.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }
}
