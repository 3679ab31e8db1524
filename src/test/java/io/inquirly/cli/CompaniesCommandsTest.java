package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Companies (Enterprise) against the demo sandbox (company 1 "Acme Corp", acme.test): the exact request, output
 * and exit code; and a Community sandbox, which has no companies controller.
 */
class CompaniesCommandsTest {
  @RegisterExtension
  static final SandboxServer enterprise = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  @RegisterExtension
  static final SandboxServer community = new SandboxServer();

  private static final String BASE = "/api/v1/accounts/1/companies";

  private static SandboxServer.Result run(List<RecordedRequest> into, String... args) {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    into.addAll(enterprise.requestsDuring(() -> r[0] = enterprise.run(args)));
    return r[0];
  }

  @Test
  void listSearchShow() {
    List<RecordedRequest> sent = new ArrayList<>();
    SandboxServer.Result list = run(sent, "companies", "list", "--sort", "-name");
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).startsWith("ID\tNAME\tDOMAIN\tCONTACTS_COUNT\n").contains("1\tAcme Corp\tacme.test\t");
    SandboxServer.Result search = run(sent, "companies", "search", "ACME", "-o", "ids");
    assertThat(search.out()).isEqualTo("1\n");
    SandboxServer.Result show = run(sent, "companies", "show", "1", "-o", "json", "--jq", ".description");
    assertThat(show.out()).isEqualTo("Makers of everything\n");
    assertThat(sent).extracting(RecordedRequest::method).containsExactly("GET", "GET", "GET");
    assertThat(sent).extracting(RecordedRequest::path).containsExactly(BASE, BASE + "/search", BASE + "/1");
    assertThat(sent).extracting(RecordedRequest::rawQuery).containsExactly("sort=-name&page=1", "q=ACME&page=1",
        null);
  }

  @Test
  void createUpdateDelete() throws Exception {
    List<RecordedRequest> sent = new ArrayList<>();
    SandboxServer.Result created = run(sent, "companies", "create", "--name", "Initech", "--domain", "initech.test",
        "-o", "json", "--jq", "[.name, .domain, .contacts_count]");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.out().replaceAll("\\s+", "")).isEqualTo("[\"Initech\",\"initech.test\",0]");
    long id = enterprise.run("companies", "search", "initech", "-o", "ids").out().strip().lines()
        .mapToLong(Long::parseLong).findFirst().orElseThrow();
    SandboxServer.Result updated = run(sent, "companies", "update", String.valueOf(id), "--description", "TPS",
        "-o", "json", "--jq", ".description");
    assertThat(updated.out()).isEqualTo("TPS\n");
    SandboxServer.Result deleted = run(sent, "companies", "delete", String.valueOf(id), "--yes");
    assertThat(deleted.code()).as(deleted.err()).isZero();
    assertThat(deleted.err()).isEqualTo("Deleted company " + id + ".\n");
    assertThat(sent).extracting(RecordedRequest::method).containsExactly("POST", "PATCH", "DELETE");
    assertThat(sent).extracting(RecordedRequest::path)
        .containsExactly(BASE, BASE + "/" + id, BASE + "/" + id);
    assertThat(sent.get(0).bodyText()).isEqualTo("{\"company\":{\"name\":\"Initech\",\"domain\":\"initech.test\"}}");
    assertThat(sent.get(1).bodyText()).isEqualTo("{\"company\":{\"description\":\"TPS\"}}");
    assertThat(sent.get(2).bodyText()).isEmpty();
  }

  @Test
  void invalidDomainAndEmptySearchAre422() {
    SandboxServer.Result bad = enterprise.run("companies", "create", "--name", "X", "--domain", "not a domain");
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).isEqualTo("error: 422 Unprocessable Entity from POST " + BASE
        + ": Domain must be a valid domain name (domain)\n");
    SandboxServer.Result empty = enterprise.run("companies", "search", " ");
    assertThat(empty.code()).isEqualTo(ExitCode.USAGE);
    assertThat(empty.err()).contains("Specify search string with parameter q");
  }

  @Test
  void aCommunityServerSaysTheEnterpriseEditionIsNeeded() {
    SandboxServer.Result r = community.run("companies", "list");
    assertThat(r.code()).isEqualTo(ExitCode.PERMISSION);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: this server has no companies API: it needs the Enterprise edition; the"
        + " server answered 404; run it against an Enterprise server (a Community server does not serve it)\n");
  }
}
