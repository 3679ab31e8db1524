package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * contacts import into an account of 100 contacts (7 pages): a small file asks the server about its rows' keys
 * (contacts/filter, a few rows a question), a larger one lists every contact once; the requests of each way,
 * exactly.
 */
class ContactsImportLookupTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();
  private static final String CONTACTS = "/api/v1/accounts/1/contacts";

  @TempDir Path dir;

  /** s1..s100@seed.test; contact 10 has identifier CRM-10 (identifiers match as typed, filters ignore case). */
  @BeforeAll
  static void hundredContacts(@TempDir Path tmp) throws Exception {
    StringBuilder sb = new StringBuilder("name,email,identifier\n");
    for (int i = 1; i <= 100; i++) {
      sb.append("Seed ").append(i).append(",s").append(i).append("@seed.test,").append(i == 10 ? "CRM-10" : "")
          .append('\n');
    }
    Path csv = Files.writeString(tmp.resolve("seed.csv"), sb);
    Result r = server.run("contacts", "import", csv.toString(), "--concurrency", "1", "--lookup", "list");
    assertThat(r.code()).as(r.err()).isZero();
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String line(RecordedRequest q) {
    return q.method() + " " + q.path() + (q.rawQuery() == null ? "" : "?" + q.rawQuery())
        + (q.bodyText().isEmpty() ? "" : " " + q.bodyText());
  }

  /** The filter request asking about these keys (attribute, value, attribute, value, ...), joined by OR. */
  private static String filter(String... keysAndValues) {
    StringBuilder sb = new StringBuilder("POST " + CONTACTS + "/filter?page=1 {\"payload\":[");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      sb.append(i > 0 ? "," : "").append("{\"attribute_key\":\"").append(keysAndValues[i])
          .append("\",\"filter_operator\":\"equal_to\",\"values\":[\"").append(keysAndValues[i + 1])
          .append("\"]").append(i + 2 < keysAndValues.length ? ",\"query_operator\":\"OR\"" : "").append('}');
    }
    return sb.append("]}").toString();
  }

  /** The account's contact count (tests of this class add contacts). */
  private static long existing() {
    Result r = server.run("contacts", "list", "--raw");
    assertThat(r.code()).as(r.err()).isZero();
    return r.json().at("/meta/count").asLong();
  }

  private static long idOf(String email) {
    Result r = server.run("contacts", "filter", "--where", "email equal_to " + email, "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    return Long.parseLong(r.out().strip());
  }

  @Test
  void aSmallFileLooksUpEachKeyInMatchOrderInsteadOfListingEveryContact() throws Exception {
    // 2 rows to ask about (s3 is on the first page) < 6 to 8 more pages to list: filter
    Path csv = write("small.csv", "name,email,phone_number,identifier,city\n"
        + "Seed Three,S3@SEED.TEST,,,Oslo\n"
        + "Seed 33,S33@SEED.TEST,,,Bergen\n"
        + "New One,new1@n.test,+14155550999,crm-10,\n");
    long three = idOf("s3@seed.test");
    long thirtyThree = idOf("s33@seed.test");
    long existing = existing();
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString(),
        "--concurrency", "1", "-o", "json"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    JsonNode summary = r[0].json();
    assertThat(summary.get("lookup").asText()).isEqualTo("filter");
    assertThat(summary.get("existing_contacts").asLong()).isEqualTo(existing);
    assertThat(summary.get("updated").asLong()).isEqualTo(2);
    assertThat(summary.get("created").asLong()).isEqualTo(1);
    assertThat(sent).extracting(ContactsImportLookupTest::line).containsExactly(
        "GET " + CONTACTS + "?page=1",
        // one question for the three rows (at most 5 rows and 15 keys a question), about the keys page 1 (contacts
        // 1-15) did not answer: not s3's. The server's filter finds CRM-10 (it ignores case) but identifiers match
        // as typed, and nothing has new1's e-mail or phone: a new contact
        filter("email", "s33@seed.test", "identifier", "crm-10", "email", "new1@n.test", "phone_number", "14155550999"),
        // then the rows in file order
        "PUT " + CONTACTS + "/" + three + " {\"name\":\"Seed Three\",\"email\":\"s3@seed.test\","
            + "\"additional_attributes\":{\"city\":\"Oslo\"}}",
        "PUT " + CONTACTS + "/" + thirtyThree + " {\"name\":\"Seed 33\",\"email\":\"s33@seed.test\","
            + "\"additional_attributes\":{\"city\":\"Bergen\"}}",
        "POST " + CONTACTS + " {\"name\":\"New One\",\"email\":\"new1@n.test\",\"phone_number\":\"+14155550999\","
            + "\"identifier\":\"crm-10\"}");
  }

  @Test
  void aFileWithMoreKeysThanPagesListsEveryContactOnce() throws Exception {
    // 50 rows to ask about, 5 a question: 10 questions > 6 to 8 more pages: list
    long pages = (existing() + 14) / 15;
    StringBuilder sb = new StringBuilder("name,email,phone_number\n");
    for (int i = 1; i <= 50; i++) {
      sb.append("L").append(i).append(",l").append(i).append("@l.test,+1415555").append(String.format("%04d", i))
          .append('\n');
    }
    Path csv = write("large.csv", sb.toString());
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString(),
        "-o", "json"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].json().get("lookup").asText()).isEqualTo("list");
    assertThat(r[0].json().get("created").asLong()).isEqualTo(50);
    List<String> reads = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      reads.add("GET " + CONTACTS + "?page=" + page);
    }
    int listed = (int) pages;
    assertThat(sent.subList(0, listed)).extracting(ContactsImportLookupTest::line)
        .containsExactlyInAnyOrderElementsOf(reads);
    assertThat(sent.subList(listed, sent.size())).hasSize(50)
        .allMatch(q -> q.method().equals("POST") && q.path().equals(CONTACTS));
  }

  @Test
  void filterKeepsInFileDuplicatesOnceAndADryRunOnlyReads() throws Exception {
    // rows 3k+3 repeat the e-mail of row 3k+1 in upper case: they update what the earlier row created
    StringBuilder sb = new StringBuilder("name,email,custom_attributes.n\n");
    for (int i = 1; i <= 30; i++) {
      int of = i % 3 == 0 ? i - 2 : i;
      sb.append("D").append(i).append(',').append(i % 3 == 0 ? "D" + of + "@D.TEST" : "d" + of + "@d.test")
          .append(',').append(i).append('\n');
    }
    Path csv = write("dups.csv", sb.toString());
    Result[] dry = new Result[1];
    List<RecordedRequest> read = server.requestsDuring(() -> dry[0] = server.run("contacts", "import", csv.toString(),
        "--lookup", "filter", "--dry-run", "-o", "json"));
    assertThat(dry[0].code()).as(dry[0].err()).isZero();
    assertThat(dry[0].json().get("created").asLong()).isEqualTo(20);
    assertThat(dry[0].json().get("updated").asLong()).isEqualTo(10);
    assertThat(read).allMatch(q -> q.method().equals("GET") || q.path().equals(CONTACTS + "/filter"));
    // one question per 5 rows, about the keys not known yet (a repeated e-mail is asked about once)
    assertThat(read.stream().filter(q -> q.path().endsWith("/filter"))).hasSize(6);

    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("contacts", "import", csv.toString(),
        "--lookup", "filter", "-o", "json"));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].json().get("created").asLong()).isEqualTo(20);
    assertThat(r[0].json().get("updated").asLong()).isEqualTo(10);
    assertThat(sent.stream().filter(q -> q.method().equals("POST") && q.path().equals(CONTACTS))).hasSize(20);
    Result all = server.run("contacts", "filter", "--where", "email contains @d.test", "--all", "-o", "json");
    assertThat(all.json()).hasSize(20);
    all.json().forEach(c -> {
      int n = Integer.parseInt(c.get("email").asText().replaceAll("\\D", ""));
      assertThat(c.at("/custom_attributes/n").asText()).isEqualTo(String.valueOf(n % 3 == 1 ? n + 2 : n));
    });
  }
}
