package io.inquirly.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import org.junit.jupiter.api.Test;

/** What a route's declared availability makes of its failures. */
class AvailabilityTest {
  static final String RECORD = "404 Not Found from GET /x: Resource could not be found";
  static final String PAGE = "404 Not Found from GET /x: (an HTML page, not JSON: is a proxy in the way?)";

  static ApiException notFound(String message) {
    return new ApiException(Failure.NOT_FOUND, 404, message, "check the id", null);
  }

  @Test
  void aVersionedRouteSaysWhichVersionAddedIt() {
    Operation o = Group.of("demo", Operation.op("demo notes", "GET", "/api/v1/accounts/{account_id}/notes")
        .since("4.1", "contact notes")).operations().get(0);
    ApiException wrongAccount = notFound(RECORD);
    assertThat(o.availability().explain(o, wrongAccount)).isSameAs(wrongAccount);
    ApiException e = o.availability().explain(o, notFound("404 Not Found from GET /x: Not Found"));
    assertThat(e.getMessage()).isEqualTo("this server has no contact notes API (Chatwoot 4.1 added it; is the "
        + "server older?)");
    assertThat(e.hint()).isEqualTo("upgrade the server to Chatwoot 4.1 or later");
    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
    assertThat(e.status()).isEqualTo(404);
  }

  @Test
  void anUnknownVersionSaysSo() {
    Operation o = Group.of("demo", Operation.op("demo live", "GET", "/api/v2/accounts/{account_id}/live")
        .recent("live reports")).operations().get(0);
    assertThat(o.availability().explain(o, notFound(PAGE)).getMessage())
        .isEqualTo("this server has no live reports API (an older server version?)");
  }

  @Test
  void aRecordIdRouteKeepsTheRecordsOwn404AndExplainsAMissingRoute() {
    Operation o = Group.named("demo").since("4.1", "contact notes").of(
        Operation.op("demo show", "GET", "/api/v1/accounts/{account_id}/notes/{id}")).operations().get(0);
    ApiException record = notFound(RECORD);
    assertThat(o.availability().explain(o, record)).isSameAs(record);
    assertThat(o.availability().explain(o, notFound(PAGE)).getMessage()).startsWith("this server has no contact "
        + "notes API");
  }

  @Test
  void enterpriseRoutesExplain402AndNotOtherFailures() {
    Operation o = Group.named("demo").enterprise("SLA").of(
        Operation.op("demo list", "GET", "/api/v1/accounts/{account_id}/sla_policies")).operations().get(0);
    ApiException e = o.availability().explain(o, new ApiException(Failure.PERMISSION, 402, "402", null, null));
    assertThat(e.getMessage()).isEqualTo("this server has no SLA API: it needs the Enterprise edition; the server "
        + "answered 402");
    assertThat(e.failure()).isEqualTo(Failure.PERMISSION);
    ApiException denied = new ApiException(Failure.PERMISSION, 401, "401", null, null);
    assertThat(o.availability().explain(o, denied)).isSameAs(denied);
  }
}
