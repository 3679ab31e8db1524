package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** contacts export: every page in order, stable columns, atomic files, and a round trip that changes nothing. */
class ContactsExportCommandTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @TempDir Path dir;

  @BeforeAll
  static void contacts(@TempDir Path tmp) throws Exception {
    StringBuilder sb = new StringBuilder("name,email,phone_number,company,labels,custom_attributes.plan,"
        + "custom_attributes.seats\n");
    for (int i = 1; i <= 40; i++) {
      sb.append("Person ").append(i).append(",p").append(i).append("@x.test,")
          .append(i % 2 == 0 ? "+1555000" + String.format("%04d", i) : "").append(',')
          .append(i % 3 == 0 ? "\"Acme, Inc\"" : "").append(',').append(i % 5 == 0 ? "vip" : "").append(',')
          .append(i % 4 == 0 ? "pro" : "").append(',').append(i == 7 ? "12" : "").append('\n');
    }
    Path csv = Files.writeString(tmp.resolve("seed.csv"), sb);
    Result r = server.run("contacts", "import", csv.toString(), "--concurrency", "1");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void csvHasStableColumnsEveryPageInOrderAndRoundTripsWithoutChanges() throws Exception {
    Path out = dir.resolve("all.csv");
    Result[] export = new Result[1];
    List<RecordedRequest> pages = server.requestsDuring(() -> export[0] = server.run("contacts", "export", "--output",
        out.toString(), "--concurrency", "3"));
    Result r = export[0];
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(pages).extracting(q -> q.method() + " " + q.path() + "?" + q.rawQuery()).containsExactlyInAnyOrder(
        "GET /api/v1/accounts/1/contacts?page=1", "GET /api/v1/accounts/1/contacts?page=2",
        "GET /api/v1/accounts/1/contacts?page=3");
    assertThat(r.err()).matches(java.util.regex.Pattern.quote("Exported 40 contacts to " + out) + " in \\d+\\.\\d\\d s\n");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("id,name,email,phone_number,identifier,company,city,country_code,"
        + "custom_attributes.plan,custom_attributes.seats");
    assertThat(lines).hasSize(41);
    assertThat(lines.get(1)).isEqualTo("1,Person 1,p1@x.test,,,,,,,");
    assertThat(lines.get(3)).isEqualTo("3,Person 3,p3@x.test,,,\"Acme, Inc\",,,,");
    assertThat(lines.get(40)).isEqualTo("40,Person 40,p40@x.test,+15550000040,,,,,pro,");
    assertThat(dir.toFile().list()).containsExactly("all.csv");

    Result[] again = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> again[0] = server.run("contacts", "import",
        out.toString(), "--on-conflict", "update", "-o", "json"));
    assertThat(again[0].code()).as(again[0].err()).isZero();
    assertThat(again[0].json().get("unchanged").asLong()).isEqualTo(40);
    assertThat(sent).allMatch(q -> q.method().equals("GET"));
  }

  @Test
  void jsonlWithLabelsFilteredByLabelRoundTrips() throws Exception {
    Path out = dir.resolve("vip.jsonl");
    Result r = server.run("contacts", "export", "--label", "vip", "--with-labels", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0)).isEqualTo("{\"id\":5,\"name\":\"Person 5\",\"email\":\"p5@x.test\",\"phone_number\":null,"
        + "\"identifier\":null,\"additional_attributes\":{},\"custom_attributes\":{},\"labels\":[\"vip\"]}");
    Result[] again = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> again[0] = server.run("contacts", "import",
        out.toString(), "-o", "json"));
    assertThat(again[0].json().get("unchanged").asLong()).as(again[0].out()).isEqualTo(8);
    assertThat(sent).allMatch(q -> q.method().equals("GET"));
  }

  @Test
  void stdoutAndFiltersAndSearch() {
    Result r = server.run("contacts", "export", "-o", "csv", "--where", "email contains p1", "--columns", "id,email");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("id,email\r\n1,p1@x.test\r\n10,p10@x.test\r\n");
    r = server.run("contacts", "export", "-o", "csv", "--where", "email contains p1", "--columns",
        "id,created_at,custom_attributes.none");
    assertThat(r.out().lines().skip(1)).as(r.out()).isNotEmpty().allMatch(l -> l.matches("\\d+,\\d{10},"));
    r = server.run("contacts", "export", "-o", "jsonl", "-q", "p2", "--columns", "id");
    assertThat(r.out().lines().count()).isEqualTo(11); // p2, p20..p29
  }

  @Test
  void aFailedExportLeavesNoFile() throws Exception {
    try (Sandbox broken = Sandbox.start(new SandboxOptions(0, 0, 1.0, 0, 0, false))) {
      Map<String, String> env = new HashMap<>(server.env());
      env.put("INQUIRLY_URL", broken.url().toString());
      env.put("INQUIRLY_TOKEN", broken.adminToken());
      Path out = dir.resolve("x.csv");
      Result r = SandboxServer.Cli.run(env, "", "contacts", "export", "--output", out.toString(), "--max-retries", "1");
      assertThat(r.code()).isEqualTo(7);
      assertThat(dir.toFile().list()).isEmpty();
    }
  }
}
