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
    SandboxServer.Result r = server.run("webhooks", "create", "--endpoint", url, "--subscription",
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
}
