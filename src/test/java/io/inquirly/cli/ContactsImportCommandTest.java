package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** contacts import against an empty sandbox: requests, outcomes, journal, rejects, resume, dry run, errors. */
class ContactsImportCommandTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<RecordedRequest> writes(List<RecordedRequest> requests) {
    return requests.stream().filter(r -> !r.method().equals("GET") && !r.path().endsWith("/filter")).toList();
  }

  /** Every contact of the domain, as the server has them. */
  private static List<JsonNode> contacts(String domain) {
    Result r = server.run("contacts", "filter", "--where", "email contains @" + domain, "--all", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    r.json().forEach(out::add);
    return out;
  }

  @Test
  void importsCreatesMergesInFileDuplicatesAndRejectsInvalidRowsWithExit9() throws Exception {
    Path csv = write("a.csv", "\uFEFFname,email,phone_number,identifier,company,labels,custom_attributes.plan\r\n"
        + "Ada,ada@a.test,+14155550100,crm-a1,Acme,vip;beta,pro\r\n"
        + "Bad,not-an-email,,,,,\r\n"
        + "Grace,GRACE@a.test,,,\"Navy, US\",,\r\n"
        + "Grace H,grace@a.test,+14155550111,,,x,\r\n"
        + "\"Bob \"\"B\"\"\",bob@a.test,0123,,,,\r\n"
        + ",,,,,,\r\n");
    List<RecordedRequest> sent = new ArrayList<>();
    Result[] r = new Result[1];
    sent.addAll(server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString(), "-o", "json")));
    assertThat(r[0].code()).as(r[0].err()).isEqualTo(9);
    JsonNode summary = r[0].json();
    assertThat(summary.get("rows").asLong()).isEqualTo(6);
    assertThat(summary.get("created").asLong()).isEqualTo(2);
    assertThat(summary.get("updated").asLong()).isEqualTo(1);
    assertThat(summary.get("rejected").asLong()).isEqualTo(3);
    assertThat(r[0].err()).isEqualTo("3 row(s) rejected: see " + csv + ".rejects.csv\n");

    // only two creates: the second Grace row updates the contact the first made (never created twice)
    assertThat(sent.stream().filter(q -> q.method().equals("POST") && q.path().equals("/api/v1/accounts/1/contacts")))
        .hasSize(2);
    List<JsonNode> all = contacts("a.test");
    assertThat(all).hasSize(2);
    JsonNode grace = all.stream().filter(c -> c.get("email").asText().equals("grace@a.test")).findFirst().orElseThrow();
    assertThat(grace.get("name").asText()).isEqualTo("Grace H");
    assertThat(grace.get("phone_number").asText()).isEqualTo("+14155550111");
    assertThat(grace.at("/additional_attributes/company_name").asText()).isEqualTo("Navy, US");
    JsonNode ada = all.stream().filter(c -> c.get("email").asText().equals("ada@a.test")).findFirst().orElseThrow();
    assertThat(ada.at("/custom_attributes/plan").asText()).isEqualTo("pro");
    assertThat(server.run("contacts", "labels", "list", ada.get("id").asText(), "-o", "ids").out())
        .isEqualTo("vip\nbeta\n");

    Path rejects = dir.resolve("a.csv.rejects.csv");
    assertThat(Files.readString(rejects)).isEqualTo(
        "name,email,phone_number,identifier,company,labels,custom_attributes.plan,error\r\n"
            + "Bad,not-an-email,,,,,,invalid email 'not-an-email'\r\n"
            + "\"Bob \"\"B\"\"\",bob@a.test,0123,,,,,\"phone_number '0123' is not in E.164 form (+ country code and "
            + "number, e.g. +14155550100)\"\r\n"
            + ",,,,,,,\"no name, email, phone_number or identifier\"\r\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rejects))).isEqualTo("rw-------");
    Path journal = dir.resolve("a.csv.journal");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
    List<String> lines = Files.readAllLines(journal);
    assertThat(lines.get(0)).startsWith("# inquirly contacts import journal v1\tsha256=");
    assertThat(lines.subList(1, lines.size())).hasSize(6).anyMatch(l -> l.startsWith("1\tCREATED\t"))
        .anyMatch(l -> l.startsWith("4\tUPDATED\t" + grace.get("id").asText() + "\temail:grace@a.test\t-"))
        .anyMatch(l -> l.equals("2\tREJECTED\t-\temail:not-an-email\tinvalid email 'not-an-email'"));
    assertThat(String.join("\n", lines)).doesNotContain(server.sandbox().adminToken());

    // the same command again: every row is finished, nothing is written, the rejects stay exactly the same
    String before = Files.readString(rejects);
    List<RecordedRequest> again = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString(),
        "-o", "json"));
    assertThat(r[0].code()).isEqualTo(9);
    assertThat(r[0].json().get("resumed").asLong()).isEqualTo(6);
    assertThat(writes(again)).isEmpty();
    assertThat(Files.readString(rejects)).isEqualTo(before);
  }

  @Test
  void dryRunPlansWithoutWritingAnything() throws Exception {
    server.run("contacts", "create", "--name", "Old", "--email", "old@d.test");
    Path csv = write("d.csv", "name,email\nOld,old@d.test\nNew,new@d.test\nNew2,new@d.test\nX,bad\n");
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString(),
        "--dry-run", "-o", "json"));
    assertThat(r[0].code()).isEqualTo(9);
    JsonNode s = r[0].json();
    assertThat(s.get("created").asLong()).isEqualTo(1);
    assertThat(s.get("updated").asLong()).isEqualTo(1);
    assertThat(s.get("unchanged").asLong()).isEqualTo(1);
    assertThat(s.get("rejected").asLong()).isEqualTo(1);
    assertThat(s.get("dry_run").asBoolean()).isTrue();
    assertThat(sent).allMatch(q -> q.method().equals("GET"));
    assertThat(dir.resolve("d.csv.journal")).doesNotExist();
    assertThat(dir.resolve("d.csv.rejects.csv")).doesNotExist();
    assertThat(contacts("d.test")).hasSize(1);
  }

  @Test
  void unknownColumnsAreExit2BeforeAnythingIsSentUnlessMappedOrKeptAsCustomAttributes() throws Exception {
    Path csv = write("u.csv", "Full Name,E-Mail,Tier\nUma,uma@u.test,gold\n");
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString()));
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].err()).startsWith("error: " + csv + ": unknown columns Full Name, E-Mail, Tier; rename with --map");
    assertThat(sent).isEmpty();

    r[0] = server.run("contacts", "import", csv.toString(), "--map", "Full Name=name", "--map", "E-Mail=email",
        "--extra-columns", "custom", "-o", "json");
    assertThat(r[0].code()).as(r[0].err()).isZero();
    JsonNode uma = contacts("u.test").get(0);
    assertThat(uma.get("name").asText()).isEqualTo("Uma");
    assertThat(uma.at("/custom_attributes/Tier").asText()).isEqualTo("gold");
  }

  @Test
  void badEncodingNamesTheRowAndSendsNothing() throws Exception {
    Path csv = dir.resolve("latin1.csv");
    Files.write(csv, "name,email\nAda,ada@e.test\nJos\u00e9,jose@e.test\n".getBytes(StandardCharsets.ISO_8859_1));
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString()));
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].err()).startsWith("error: " + csv + ": invalid UTF-8 at row 2; save the file as UTF-8");
    assertThat(sent).isEmpty();
  }

  @Test
  void aChangedInputIsRefusedUnlessRestartAndRestartNeverDuplicates() throws Exception {
    Path csv = write("c.csv", "name,email\nCat,cat@c.test\n");
    assertThat(server.run("contacts", "import", csv.toString()).code()).isZero();
    Files.writeString(csv, "name,email\nCat,cat@c.test\nCid,cid@c.test\n");
    Result r = server.run("contacts", "import", csv.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: the input changed since " + csv + ".journal was written; pass --restart to "
        + "import it afresh (rows already imported are matched, not duplicated), or give the original file\n");
    r = server.run("contacts", "import", csv.toString(), "--restart", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("created").asLong()).isEqualTo(1);
    assertThat(r.json().get("unchanged").asLong()).isEqualTo(1);
    assertThat(contacts("c.test")).hasSize(2);
  }

  @Test
  void theSameFileIntoAnotherAccountIsANewImportNotAResume() throws Exception {
    Path csv = write("t.csv", "name,email\nTed,ted@t.test\n");
    assertThat(server.run("contacts", "import", csv.toString()).code()).isZero();
    String url = server.sandbox().url().toString().replaceAll("/+$", "");
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(
        () -> r[0] = server.run("contacts", "import", csv.toString(), "--account", "2"));
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].err()).isEqualTo("error: " + csv + ".journal records an import into " + url + " (account 1), not "
        + url + " (account 2); pass --restart to import the file into " + url + " (account 2) from its first row "
        + "(contacts already there are matched, not duplicated), or --journal PATH to keep a journal per target\n");
    assertThat(sent).isEmpty();
  }

  @Test
  void onConflictSkipAndFailAndLabelsAreAddedNotReplaced() throws Exception {
    Result created = server.run("contacts", "create", "--name", "Kim", "--email", "kim@k.test", "-o", "ids");
    String id = created.out().strip();
    server.run("contacts", "labels", "set", id, "old");
    Path csv = write("k.csv", "name,email,labels\nKim K,KIM@k.test,new\n");
    Result r = server.run("contacts", "import", csv.toString(), "--on-conflict", "skip", "-o", "json");
    assertThat(r.json().get("skipped").asLong()).isEqualTo(1);
    assertThat(server.run("contacts", "show", id, "-o", "json").json().get("name").asText()).isEqualTo("Kim");

    r = server.run("contacts", "import", csv.toString(), "--on-conflict", "fail", "--restart", "-o", "json");
    assertThat(r.code()).isEqualTo(9);
    assertThat(Files.readString(dir.resolve("k.csv.rejects.csv"))).endsWith(
        "Kim K,KIM@k.test,new,a contact with this email exists (id " + id + ") and --on-conflict is fail\r\n");

    r = server.run("contacts", "import", csv.toString(), "--restart", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("updated").asLong()).isEqualTo(1);
    assertThat(dir.resolve("k.csv.rejects.csv")).doesNotExist();
    assertThat(server.run("contacts", "labels", "list", id, "-o", "ids").out()).isEqualTo("old\nnew\n");
    assertThat(server.run("contacts", "show", id, "-o", "json").json().get("name").asText()).isEqualTo("Kim K");
  }

  @Test
  void jsonlWithTypedAttributesAndInbox() throws Exception {
    Path jsonl = write("j.jsonl", "{\"name\":\"Jo\",\"email\":\"jo@j.test\",\"custom_attributes\":{\"seats\":5},"
        + "\"labels\":[\"a\",\"b\"]}\n\n{\"name\":\"Bad\",\"phone_number\":\"12\"}\n");
    Result r = server.run("contacts", "import", jsonl.toString(), "--inbox", "1", "-o", "json");
    assertThat(r.code()).isEqualTo(9);
    assertThat(Files.readString(dir.resolve("j.jsonl.rejects.jsonl"))).isEqualTo("{\"name\":\"Bad\",\"phone_number\""
        + ":\"12\",\"error\":\"phone_number '12' is not in E.164 form (+ country code and number, e.g. +14155550100)\"}\n");
    JsonNode jo = contacts("j.test").get(0);
    assertThat(jo.at("/custom_attributes/seats").isInt()).isTrue();
    assertThat(jo.at("/contact_inboxes/0/inbox/id").asLong()).isEqualTo(1);
  }

  @Test
  void stdinNeedsAFormatAndReadsDash() {
    Result r = server.run(server.env(), "name,email\nSam,sam@s.test\n", "contacts", "import", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: cannot tell the format of '-' from its name; pass --format");
    r = server.run(server.env(), "name,email\nSam,sam@s.test\n", "contacts", "import", "-", "--format", "csv",
        "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("created").asLong()).isEqualTo(1);
  }

  @Test
  void serverSideHandsTheValidRowsToTheServersImportAndSaysResultsComeByEmail() throws Exception {
    Path csv = write("s.csv", "name,email,company,custom_attributes.plan\nSue,sue@s2.test,\"Acme, Inc\",pro\n"
        + "Bad,bad,,\n");
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString(),
        "--server-side"));
    assertThat(r[0].code()).isEqualTo(9);
    assertThat(r[0].err()).isEqualTo("Handed 1 row(s) to the server's import. It runs in the background: the results "
        + "(and rows it refuses) arrive by e-mail to the account's administrators; nothing more is shown here.\n"
        + "1 row(s) failed the local checks and were not sent: see " + csv + ".rejects.csv\n");
    assertThat(sent).hasSize(1);
    RecordedRequest q = sent.get(0);
    assertThat(q.method() + " " + q.path() + " " + q.status()).isEqualTo("POST /api/v1/accounts/1/contacts/import 200");
    assertThat(q.contentType()).startsWith("multipart/form-data; boundary=");
    String body = new String(q.body(), StandardCharsets.UTF_8);
    assertThat(body).contains("name=\"import_file\"; filename=\"contacts.csv\"")
        .contains("name,email,phone_number,identifier,company,city,plan\r\nSue,sue@s2.test,,,\"Acme, Inc\",,pro\r\n");
    assertThat(Files.readString(dir.resolve("s.csv.rejects.csv"))).isEqualTo("name,email,company,"
        + "custom_attributes.plan,error\r\nBad,bad,,,invalid email 'bad'\r\n");

    Path labelled = write("l.csv", "name,labels\nLeo,vip\n");
    List<RecordedRequest> none = server.requestsDuring(() -> r[0] = server.run("contacts", "import",
        labelled.toString(), "--server-side"));
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].err()).startsWith("error: --server-side: the server's own import has no column for labels;");
    assertThat(none).isEmpty();
  }

}
