package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.ShellWords;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every administration command against one demo sandbox, in order: the exact request it sends (method, path,
 * query, JSON body), the exit code and a field of its output. Rows that delete run last.
 */
class AdminCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  /** command line; method; path; raw query or null; expected body JSON or null (none); jq-like check. */
  record Row(String args, String method, String path, String query, String body, String out) {}

  private static final String A = "/api/v1/accounts/1";

  static final List<Row> ROWS = List.of(
      // inboxes
      new Row("inboxes create --name Support --channel api --webhook-url https://example.com/hook", "POST",
          A + "/inboxes", null, "{\"channel\":{\"type\":\"api\",\"webhook_url\":\"https://example.com/hook\"},"
              + "\"name\":\"Support\"}", "\"channel_type\":\"Channel::Api\""),
      new Row("inboxes create --name Web --channel website --website-url https://www.example.com "
          + "--widget-color '#123456'", "POST", A + "/inboxes", null,
          "{\"channel\":{\"type\":\"web_widget\",\"website_url\":\"https://www.example.com\","
              + "\"widget_color\":\"#123456\"},\"name\":\"Web\"}", "\"website_url\":\"https://www.example.com\""),
      new Row("inboxes update 1 --name 'API Support' --auto-assign false", "PATCH", A + "/inboxes/1", null,
          "{\"name\":\"API Support\",\"enable_auto_assignment\":false}", "\"enable_auto_assignment\":false"),
      new Row("inboxes list", "GET", A + "/inboxes", null, null, "\"name\":\"Web\""),
      new Row("inboxes show 1", "GET", A + "/inboxes/1", null, null, "\"name\":\"API Support\""),
      new Row("inboxes agent-bot set 1 1", "POST", A + "/inboxes/1/set_agent_bot", null, "{\"agent_bot\":1}", ""),
      new Row("inboxes agent-bot show 1", "GET", A + "/inboxes/1/agent_bot", null, null,
          "\"name\":\"Sandbox Bot\""),
      new Row("inboxes agent-bot clear 1", "POST", A + "/inboxes/1/set_agent_bot", null, "{\"agent_bot\":null}", ""),
      new Row("inboxes members add 1 --user 1", "POST", A + "/inbox_members", null,
          "{\"inbox_id\":1,\"user_ids\":[1]}", "\"email\":\"admin@acme.test\""),
      new Row("inboxes members list 1", "GET", A + "/inbox_members/1", null, null, "\"email\":\"agent@acme.test\""),
      new Row("inboxes members update 1 --user 1,2", "PATCH", A + "/inbox_members", null,
          "{\"inbox_id\":\"1\",\"user_ids\":[1,2]}", "\"email\":\"agent@acme.test\""),
      new Row("inboxes members remove 1 --user 1 --yes", "DELETE", A + "/inbox_members", null,
          "{\"inbox_id\":\"1\",\"user_ids\":[1]}", ""),
      // agents
      new Row("agents list", "GET", A + "/agents", null, null, "\"role\":\"administrator\""),
      new Row("agents add --name 'Mary Jackson' --email mary@acme.test --role agent", "POST", A + "/agents", null,
          "{\"name\":\"Mary Jackson\",\"email\":\"mary@acme.test\",\"role\":\"agent\"}",
          "\"email\":\"mary@acme.test\""),
      new Row("agents update 2 --role administrator --availability busy", "PATCH", A + "/agents/2", null,
          "{\"role\":\"administrator\",\"availability\":\"busy\"}", "\"availability_status\":\"busy\""),
      // teams
      new Row("teams create --name 'Tier 2' --description Escalations", "POST", A + "/teams", null,
          "{\"name\":\"Tier 2\",\"description\":\"Escalations\"}", "\"name\":\"tier 2\""),
      // demo teams: 1 billing (agent 2), 2 escalations (admin 1)
      new Row("teams list", "GET", A + "/teams", null, null, "\"name\":\"billing\""),
      new Row("teams show 1", "GET", A + "/teams/1", null, null, "\"description\":\"Invoices, plans and refunds\""),
      new Row("teams update 1 --auto-assign false", "PATCH", A + "/teams/1", null, "{\"allow_auto_assign\":false}",
          "\"allow_auto_assign\":false"),
      new Row("teams members list 1", "GET", A + "/teams/1/team_members", null, null, "\"id\":2"),
      new Row("teams members add 1 --user 1", "POST", A + "/teams/1/team_members", null, "{\"user_ids\":[1]}",
          "\"id\":1"),
      new Row("teams members update 1 --user 2", "PATCH", A + "/teams/1/team_members", null, "{\"user_ids\":[2]}",
          "\"id\":2"),
      new Row("teams members remove 1 --user 2 --yes", "DELETE", A + "/teams/1/team_members", null,
          "{\"user_ids\":[2]}", ""),
      // labels
      new Row("labels create --title Billing --color '#FF0000' --description Invoices", "POST", A + "/labels", null,
          "{\"title\":\"Billing\",\"description\":\"Invoices\",\"color\":\"#FF0000\"}", "\"title\":\"billing\""),
      new Row("labels list", "GET", A + "/labels", null, null, "\"title\":\"vip\""),
      new Row("labels show 1", "GET", A + "/labels/1", null, null, "\"title\":\"vip\""),
      new Row("labels update 1 --sidebar false", "PATCH", A + "/labels/1", null, "{\"show_on_sidebar\":false}",
          "\"show_on_sidebar\":false"),
      // canned responses
      new Row("canned-responses create --short-code thanks --content 'Thanks!'", "POST", A + "/canned_responses",
          null, "{\"short_code\":\"thanks\",\"content\":\"Thanks!\"}", "\"short_code\":\"thanks\""),
      new Row("canned-responses list --search thank", "GET", A + "/canned_responses", "search=thank", null,
          "\"short_code\":\"thanks\""),
      new Row("canned-responses update 1 --content Hi", "PATCH", A + "/canned_responses/1", null,
          "{\"content\":\"Hi\"}", "\"content\":\"Hi\""),
      // custom attributes
      new Row("custom-attributes create --model contact --key tier --type list --name Tier --value a --value b",
          "POST", A + "/custom_attribute_definitions", null,
          "{\"attribute_model\":1,\"attribute_key\":\"tier\",\"attribute_display_type\":6,"
              + "\"attribute_display_name\":\"Tier\",\"attribute_values\":[\"a\",\"b\"]}",
          "\"attribute_model\":\"contact_attribute\""),
      new Row("custom-attributes list --model contact", "GET", A + "/custom_attribute_definitions",
          "attribute_model=1", null, "\"attribute_key\":\"tier\""),
      new Row("custom-attributes show 1", "GET", A + "/custom_attribute_definitions/1", null, null,
          "\"attribute_key\":\"plan\""),
      new Row("custom-attributes update 1 --type text", "PATCH", A + "/custom_attribute_definitions/1", null,
          "{\"attribute_display_type\":0}", "\"attribute_display_type\":\"text\""),
      // custom filters
      new Row("custom-filters create --name Mine --type contact --query '{\"payload\":[]}'", "POST",
          A + "/custom_filters", null, "{\"name\":\"Mine\",\"filter_type\":\"contact\",\"query\":{\"payload\":[]}}",
          "\"filter_type\":\"contact\""),
      new Row("custom-filters list --type contact", "GET", A + "/custom_filters", "filter_type=contact", null,
          "\"name\":\"Mine\""),
      new Row("custom-filters show 1", "GET", A + "/custom_filters/1", null, null, "\"name\":\"Open conversations\""),
      new Row("custom-filters update 1 --name Open", "PATCH", A + "/custom_filters/1", null, "{\"name\":\"Open\"}",
          "\"name\":\"Open\""),
      // automation rules
      new Row("automation-rules create --name R --event message_created --conditions '[{\"attribute_key\":"
          + "\"content\",\"filter_operator\":\"contains\",\"values\":[\"x\"],\"query_operator\":null}]' --actions "
          + "'[{\"action_name\":\"add_label\",\"action_params\":[\"vip\"]}]'", "POST", A + "/automation_rules", null,
          "{\"name\":\"R\",\"event_name\":\"message_created\",\"conditions\":[{\"attribute_key\":\"content\","
              + "\"filter_operator\":\"contains\",\"values\":[\"x\"],\"query_operator\":null}],"
              + "\"actions\":[{\"action_name\":\"add_label\",\"action_params\":[\"vip\"]}]}", "\"name\":\"R\""),
      new Row("automation-rules list", "GET", A + "/automation_rules", null, null, "\"name\":\"Tag VIP messages\""),
      new Row("automation-rules show 1", "GET", A + "/automation_rules/1", null, null,
          "\"action_name\":\"add_label\""),
      new Row("automation-rules update 1 --active false", "PATCH", A + "/automation_rules/1", null,
          "{\"active\":false}", "\"active\":false"),
      // webhooks
      new Row("webhooks create --url https://example.com/e --subscription conversation_created "
          + "--subscription message_created,contact_created", "POST", A + "/webhooks", null,
          "{\"url\":\"https://example.com/e\",\"subscriptions\":[\"conversation_created\",\"message_created\","
              + "\"contact_created\"]}", "\"url\":\"https://example.com/e\""),
      new Row("webhooks list", "GET", A + "/webhooks", null, null, "\"url\":\"https://example.com/inquirly-events\""),
      new Row("webhooks update 1 --name Renamed", "PATCH", A + "/webhooks/1", null, "{\"name\":\"Renamed\"}",
          "\"name\":\"Renamed\""),
      // integrations
      new Row("integrations apps list", "GET", A + "/integrations/apps", null, null, "\"id\":\"dialogflow\""),
      new Row("integrations hooks create --app openai --setting api_key=k", "POST", A + "/integrations/hooks", null,
          "{\"app_id\":\"openai\",\"settings\":{\"api_key\":\"k\"}}", "\"app_id\":\"openai\""),
      new Row("integrations hooks update 1 --status 0", "PATCH", A + "/integrations/hooks/1", null,
          "{\"status\":0}", "\"status\":false"),
      // agent bots
      new Row("agent-bots create --name Triage --url https://bots.example.com/t", "POST", A + "/agent_bots",
          null, "{\"name\":\"Triage\",\"outgoing_url\":\"https://bots.example.com/t\"}", "\"name\":\"Triage\""),
      new Row("agent-bots list", "GET", A + "/agent_bots", null, null, "\"name\":\"Sandbox Bot\""),
      new Row("agent-bots show 1", "GET", A + "/agent_bots/1", null, null, "\"bot_type\":\"webhook\""),
      new Row("agent-bots update 1 --description Hi", "PATCH", A + "/agent_bots/1", null,
          "{\"description\":\"Hi\"}", "\"description\":\"Hi\""),
      // help center
      new Row("help-center portals create --name Docs --slug docs", "POST", A + "/portals", null,
          "{\"name\":\"Docs\",\"slug\":\"docs\"}", "\"slug\":\"docs\""),
      new Row("help-center portals list", "GET", A + "/portals", null, null, "\"slug\":\"help\""),
      new Row("help-center portals update help --header Welcome", "PATCH", A + "/portals/help", null,
          "{\"header_text\":\"Welcome\"}", "\"header_text\":\"Welcome\""),
      new Row("help-center categories create help --name Billing --slug billing", "POST",
          A + "/portals/help/categories", null, "{\"name\":\"Billing\",\"slug\":\"billing\"}", "\"slug\":\"billing\""),
      new Row("help-center categories list help --locale en", "GET", A + "/portals/help/categories", "locale=en&page=1",
          null, "\"slug\":\"getting-started\""),
      new Row("help-center articles create help --title 'Paying' --content 'Cards.' --category 1 --status published "
          + "--author 1", "POST", A + "/portals/help/articles", null,
          "{\"title\":\"Paying\",\"content\":\"Cards.\",\"category_id\":1,\"author_id\":1,\"status\":1}",
          "\"status\":\"published\""),
      new Row("help-center articles list help --status published", "GET", A + "/portals/help/articles",
          "status=published&page=1", null, "\"title\":\"Paying\""),
      // account + audit logs
      new Row("account show", "GET", A, null, null, "\"name\":\"Acme Support\""),
      new Row("account update --name Acme --auto-resolve-after 1440", "PATCH", A, null,
          "{\"name\":\"Acme\",\"auto_resolve_after\":1440}", "\"name\":\"Acme\""),
      new Row("audit-logs list", "GET", A + "/audit_logs", null, null, "\"action\":\"update\""),
      new Row("profile update --display-name Ada", "PUT", "/api/v1/profile", null,
          "{\"profile\":{\"display_name\":\"Ada\"}}", "\"display_name\":\"Ada\""),
      // deletes (batch verbs), last
      new Row("labels delete 2 --yes", "DELETE", A + "/labels/2", null, null, ""),
      new Row("canned-responses delete 1 --yes", "DELETE", A + "/canned_responses/1", null, null, ""),
      new Row("custom-attributes delete 1 --yes", "DELETE", A + "/custom_attribute_definitions/1", null, null, ""),
      new Row("custom-filters delete 1 --yes", "DELETE", A + "/custom_filters/1", null, null, ""),
      new Row("automation-rules delete 1 --yes", "DELETE", A + "/automation_rules/1", null, null, ""),
      new Row("webhooks delete 1 --yes", "DELETE", A + "/webhooks/1", null, null, ""),
      new Row("integrations hooks delete 1 --yes", "DELETE", A + "/integrations/hooks/1", null, null, ""),
      new Row("agent-bots delete 1 --yes", "DELETE", A + "/agent_bots/1", null, null, ""),
      new Row("teams delete 1 --yes", "DELETE", A + "/teams/1", null, null, ""),
      new Row("agents remove 2 --yes", "DELETE", A + "/agents/2", null, null, ""));

  @TestFactory
  Stream<DynamicTest> everyCommandSendsItsRequest() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : ROWS) {
      tests.add(DynamicTest.dynamicTest(row.args(), () -> check(server, row)));
    }
    return tests.stream();
  }

  /** Runs the row's command line with -o json and checks its one request, exit code and output. */
  static void check(SandboxServer server, Row row) throws IOException {
    List<String> words = new ArrayList<>(ShellWords.split(row.args()));
    words.add("-o");
    words.add("json");
    SandboxServer.Result[] result = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> result[0] = server.run(words.toArray(String[]::new)));
    SandboxServer.Result r = result[0];
    assertThat(r.code()).as(row.args() + "\n" + r.err()).isZero();
    assertThat(sent).as("requests of " + row.args()).hasSize(1);
    RecordedRequest req = sent.get(0);
    assertThat(req.method()).isEqualTo(row.method());
    assertThat(req.path()).isEqualTo(row.path());
    assertThat(req.rawQuery()).isEqualTo(row.query());
    if (row.body() == null) {
      assertThat(req.bodyText()).isEmpty();
    } else {
      assertThat(req.contentType()).startsWith("application/json");
      JsonNode expected = SandboxServer.JSON.readTree(row.body());
      assertThat(SandboxServer.JSON.readTree(req.body())).isEqualTo(expected);
    }
    assertThat(r.out().replaceAll("\\s*\\n\\s*", "").replace("\": ", "\":")).contains(row.out());
  }
}
