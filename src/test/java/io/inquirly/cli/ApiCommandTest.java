package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 'inquirly api': any endpoint with the account filled in, fields, input, pagination and jq. */
class ApiCommandTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  @Test
  void getFillsTheAccountAndPutsFieldsInTheQuery() {
    Result r = server.run("api", "get", "/api/v1/accounts/{account_id}/contacts", "-f", "sort=-name", "-f",
        "labels[]=vip", "--jq", ".payload[].name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Katherine Johnson\n");
    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/api/v1/accounts/1/contacts");
    assertThat(sent.rawQuery()).isEqualTo("sort=-name&labels[]=vip");
  }

  @Test
  void postSendsTypedFieldsAsJson() {
    Result r = server.run("api", "POST", "/api/v1/accounts/{account_id}/contacts", "-f", "name=Typed",
        "-f", "email=typed@example.com", "-F", "custom_attributes.seats=5", "-F", "blocked=false", "--jq", ".payload.contact.id");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().bodyText()).isEqualTo(
        "{\"name\":\"Typed\",\"email\":\"typed@example.com\",\"custom_attributes\":{\"seats\":5},\"blocked\":false}");
    assertThat(r.out().strip()).matches("\\d+");
  }

  @Test
  void inputFromStdin() {
    Result r = server.run(server.env(), "{\"name\":\"Renamed\"}", "api", "PUT",
        "/api/v1/accounts/{account_id}/contacts/2", "--input", "-", "--jq", ".payload.name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Renamed\n");
    assertThat(server.lastRequest().contentType()).startsWith("application/json");
  }

  @Test
  void paginateFetchesUntilAnEmptyPage() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      Result r = server.run("api", "GET", "/api/v1/accounts/{account_id}/contacts", "--paginate",
          "--jq", ".payload | length");
      assertThat(r.code()).isZero();
      assertThat(r.out().lines().toList()).last().isEqualTo("0");
    });
    assertThat(sent).extracting(RecordedRequest::rawQuery).startsWith("page=1", "page=2");
  }

  @Test
  void errorsUseTheExitCodes() {
    Result r = server.run("api", "GET", "/api/v1/accounts/{account_id}/contacts/999");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).startsWith("error: 404 Not Found from GET /api/v1/accounts/1/contacts/999");
    Result bad = server.run("api", "FETCH", "/x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("error: unknown method 'FETCH'; use GET, POST, PUT, PATCH or DELETE\n");
  }
}
