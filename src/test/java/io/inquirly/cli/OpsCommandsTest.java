package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.cli.AdminCommandsTest.Row;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Campaigns, dashboard apps, notifications, assignment policies, working hours and the member actions of issue
 * #19 against one demo sandbox, in order: the exact request (method, path, query, JSON body), the exit code and a
 * field of the output. Rows that delete run last. Demo: campaign 1 on inbox 3 "Website", dashboard app 1,
 * assignment policy 1 used by inbox 1, notifications 1 and 2 of the administrator.
 */
class OpsCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  // rows are AdminCommandsTest's: command line; method; path; raw query or null; body JSON or null; output fragment
  private static final String A = "/api/v1/accounts/1";

  static final List<Row> ROWS = List.of(
      // campaigns
      new Row("campaigns list", "GET", A + "/campaigns", null, null, "\"title\":\"Welcome\""),
      new Row("campaigns show 1", "GET", A + "/campaigns/1", null, null, "\"campaign_type\":\"ongoing\""),
      new Row("campaigns create --title 'Pricing help' --message 'Questions about plans?' --inbox 3"
          + " --url https://www.acme.test/pricing --time-on-page 10 --enabled", "POST", A + "/campaigns", null,
          "{\"title\":\"Pricing help\",\"message\":\"Questions about plans?\",\"inbox_id\":3,\"enabled\":true,"
              + "\"trigger_rules\":{\"url\":\"https://www.acme.test/pricing\",\"time_on_page\":10}}",
          "\"id\":2,\"title\":\"Pricing help\""),
      new Row("campaigns update 2 --enabled=false --sender 2 --audience-label 1", "PATCH", A + "/campaigns/2", null,
          "{\"enabled\":false,\"sender_id\":2,\"audience\":[{\"type\":\"Label\",\"id\":1}]}",
          "\"email\":\"agent@acme.test\""),
      new Row("inboxes campaigns 3", "GET", A + "/inboxes/3/campaigns", null, null, "\"title\":\"Pricing help\""),
      // dashboard apps
      new Row("dashboard-apps list", "GET", A + "/dashboard_apps", null, null, "\"title\":\"Customer orders\""),
      new Row("dashboard-apps create --title 'Order history' --url https://crm.example.com/orders"
          + " --url https://crm.example.com/tickets", "POST", A + "/dashboard_apps", null,
          "{\"title\":\"Order history\",\"content\":[{\"type\":\"frame\",\"url\":\"https://crm.example.com/orders\"},"
              + "{\"type\":\"frame\",\"url\":\"https://crm.example.com/tickets\"}]}", "\"id\":2"),
      new Row("dashboard-apps show 2", "GET", A + "/dashboard_apps/2", null, null, "\"title\":\"Order history\""),
      new Row("dashboard-apps update 2 --title Orders", "PATCH", A + "/dashboard_apps/2", null,
          "{\"title\":\"Orders\"}", "\"title\":\"Orders\""),
      // notifications (the administrator's)
      new Row("notifications list", "GET", A + "/notifications", "page=1", null,
          "\"push_message_title\":\"A conversation (#2) has been assigned to you\""),
      new Row("notifications unread-count", "GET", A + "/notifications/unread_count", null, null,
          "{\"unread_count\":2}"),
      new Row("notifications read 1", "PATCH", A + "/notifications/1", null, "{}", "\"read_at\":\"20"),
      new Row("notifications list --include read --sort asc", "GET", A + "/notifications",
          "includes[]=read&sort_order=asc&page=1", null, "\"id\":1"),
      new Row("notifications unread 1", "POST", A + "/notifications/1/unread", null, "{}", "\"read_at\":null"),
      new Row("notifications snooze 2 --until 1796600000", "POST", A + "/notifications/2/snooze", null,
          "{\"snoozed_until\":1796600000}", "\"snoozed_until\":\"2026-12-06T23:33:20Z\""),
      new Row("notifications read-all --conversation 1", "POST", A + "/notifications/read_all", null,
          "{\"primary_actor_type\":\"Conversation\",\"primary_actor_id\":1}", ""),
      new Row("notifications settings show", "GET", A + "/notification_settings", null, null,
          "\"selected_email_flags\":[\"email_conversation_assignment\"]"),
      new Row("notifications settings update --email conversation_mention --push conversation_assignment,"
          + "conversation_mention", "PATCH", A + "/notification_settings", null,
          "{\"notification_settings\":{\"selected_email_flags\":[\"email_conversation_mention\"],"
              + "\"selected_push_flags\":[\"push_conversation_assignment\",\"push_conversation_mention\"]}}",
          "\"selected_email_flags\":[\"email_conversation_mention\"]"),
      // assignment policies
      new Row("assignment-policies list", "GET", A + "/assignment_policies", null, null,
          "\"name\":\"Round robin\""),
      new Row("assignment-policies create --name 'Fair share' --priority longest_waiting --fair-limit 20",
          "POST", A + "/assignment_policies", null, "{\"assignment_policy\":{\"name\":\"Fair share\","
              + "\"conversation_priority\":\"longest_waiting\",\"fair_distribution_limit\":20}}",
          "\"fair_distribution_window\":3600"),
      new Row("assignment-policies update 2 --enabled=false --fair-window 600", "PATCH",
          A + "/assignment_policies/2", null,
          "{\"assignment_policy\":{\"enabled\":false,\"fair_distribution_window\":600}}", "\"enabled\":false"),
      new Row("assignment-policies show 1", "GET", A + "/assignment_policies/1", null, null,
          "\"assigned_inbox_count\":1"),
      new Row("assignment-policies inboxes 1", "GET", A + "/assignment_policies/1/inboxes", null, null,
          "\"name\":\"API Inbox\""),
      new Row("inboxes assignment-policy show 1", "GET", A + "/inboxes/1/assignment_policy", null, null,
          "\"name\":\"Round robin\""),
      new Row("inboxes assignment-policy set 2 2", "POST", A + "/inboxes/2/assignment_policy", null,
          "{\"assignment_policy_id\":2}", "\"assigned_inbox_count\":1"),
      new Row("inboxes assignment-policy clear 2", "DELETE", A + "/inboxes/2/assignment_policy", null, null, ""),
      // inboxes: who can be assigned, working hours
      new Row("inboxes assignable-agents 1", "GET", A + "/inboxes/1/assignable_agents", null, null,
          "\"email\":\"admin@acme.test\""),
      new Row("inboxes working-hours show 1", "GET", A + "/inboxes/1", null, null,
          "{\"day_of_week\":0,\"closed_all_day\":true"),
      new Row("inboxes working-hours set 1 --day mon=08:30-18:00 --day sat=closed --day sun=all-day --enabled"
          + " --timezone Europe/Berlin", "PATCH", A + "/inboxes/1", null,
          "{\"working_hours_enabled\":true,\"timezone\":\"Europe/Berlin\",\"working_hours\":["
              + "{\"day_of_week\":1,\"closed_all_day\":false,\"open_all_day\":false,\"open_hour\":8,"
              + "\"open_minutes\":30,\"close_hour\":18,\"close_minutes\":0},"
              + "{\"day_of_week\":6,\"closed_all_day\":true,\"open_all_day\":false},"
              + "{\"day_of_week\":0,\"closed_all_day\":false,\"open_all_day\":true}]}",
          "{\"day_of_week\":0,\"closed_all_day\":false,\"open_hour\":0,\"open_minutes\":0,\"close_hour\":23,"
              + "\"close_minutes\":59,\"open_all_day\":true},{\"day_of_week\":1,\"closed_all_day\":false,"
              + "\"open_hour\":8,\"open_minutes\":30,\"close_hour\":18"),
      // member actions
      new Row("agents bulk-create --emails mary@acme.test,dorothy@acme.test --emails mary@acme.test", "POST",
          A + "/agents/bulk_create", null, "{\"emails\":[\"mary@acme.test\",\"dorothy@acme.test\"]}", ""),
      new Row("agents list", "GET", A + "/agents", null, null,
          "\"availability_status\":\"offline\",\"auto_offline\":false,\"confirmed\":true,"
              + "\"email\":\"dorothy@acme.test\",\"available_name\":\"dorothy\""),
      new Row("automation-rules clone 1", "POST", A + "/automation_rules/1/clone", null, "{}",
          "\"name\":\"Tag VIP messages\""),
      new Row("agent-bots reset-token 1", "POST", A + "/agent_bots/1/reset_access_token", null, "{}",
          "\"access_token\":\"****"),
      new Row("agent-bots avatar delete 1", "DELETE", A + "/agent_bots/1/avatar", null, null, ""),
      new Row("profile auto-offline off", "POST", "/api/v1/profile/auto_offline", null,
          "{\"profile\":{\"account_id\":1,\"auto_offline\":false}}", "\"auto_offline\":false"),
      new Row("profile set-active-account", "PUT", "/api/v1/profile/set_active_account", null,
          "{\"profile\":{\"account_id\":1}}", ""),
      new Row("profile avatar delete", "DELETE", "/api/v1/profile/avatar", null, null, "\"email\":\"admin@acme.test\""),
      // deletes, last
      new Row("campaigns delete 2 --yes", "DELETE", A + "/campaigns/2", null, null, ""),
      new Row("dashboard-apps delete 2 --yes", "DELETE", A + "/dashboard_apps/2", null, null, ""),
      new Row("notifications delete 1 --yes", "DELETE", A + "/notifications/1", null, null, ""),
      new Row("notifications delete-all --read-only --yes", "POST", A + "/notifications/destroy_all", null,
          "{\"type\":\"read\"}", ""),
      new Row("assignment-policies delete 2 --yes", "DELETE", A + "/assignment_policies/2", null, null, ""));

  @TestFactory
  Stream<DynamicTest> everyCommandSendsItsRequest() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : ROWS) {
      tests.add(DynamicTest.dynamicTest(row.args(), () -> AdminCommandsTest.check(server, row)));
    }
    return tests.stream();
  }

  @Test
  void campaignsListAsATable() {
    SandboxServer.Result r = server.run("campaigns", "list", "--columns", "id,title,inbox.name,campaign_type");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ID\tTITLE\tINBOX\tCAMPAIGN_TYPE\n1\tWelcome\tWebsite\tongoing\n");
  }

  @Test
  void aCampaignOnAnApiInboxIsRefusedAsUpstream() {
    SandboxServer.Result r = server.run("campaigns", "create", "--title", "T", "--message", "M", "--inbox", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: 422 Unprocessable Entity from POST /api/v1/accounts/1/campaigns:"
        + " Inbox Unsupported Inbox type (inbox)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unreadCountPrintsTheNumberAlone() {
    SandboxServer.Result r = server.run("notifications", "unread-count", "--account", "1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("\\d+\n");
  }

  @Test
  void settingsUpdateKeepsTheListNotGiven() throws IOException {
    JsonNode before = server.run("notifications", "settings", "show", "-o", "json").json();
    List<RecordedRequest> sent = server.requestsDuring(() -> assertThat(
        server.run("notifications", "settings", "update", "--push", "sla_missed_resolution").code()).isZero());
    assertThat(sent).extracting(RecordedRequest::method).containsExactly("GET", "PATCH");
    JsonNode body = SandboxServer.JSON.readTree(sent.get(1).body()).path("notification_settings");
    assertThat(body.path("selected_push_flags").toString()).isEqualTo("[\"push_sla_missed_resolution\"]");
    assertThat(before.path("selected_email_flags").isEmpty()).isFalse();
    assertThat(body.path("selected_email_flags")).isEqualTo(before.path("selected_email_flags"));
  }

  @Test
  void badInputIsRefusedBeforeAnyRequest() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result hours = server.run("inboxes", "working-hours", "set", "1", "--day", "mon=18:00-08:00");
      assertThat(hours.code()).isEqualTo(2);
      assertThat(hours.err()).isEqualTo("error: the hours of mon close before they open (18:00-08:00); the server"
          + " cannot keep hours across midnight: give the opening time first\n");
      SandboxServer.Result day = server.run("inboxes", "working-hours", "set", "1", "--day", "someday=closed");
      assertThat(day.code()).isEqualTo(2);
      assertThat(day.err()).isEqualTo("error: invalid day 'someday'; use sun, mon, tue, wed, thu, fri, sat or 0-6\n");
      SandboxServer.Result emails = server.run("agents", "bulk-create", "--emails", "mary@acme.test,nope");
      assertThat(emails.code()).isEqualTo(2);
      assertThat(emails.err()).isEqualTo("error: 'nope' is not an e-mail address; give addresses such as"
          + " mary@acme.test\n");
      SandboxServer.Result flags = server.run("notifications", "settings", "update", "--email", "everything");
      assertThat(flags.code()).isEqualTo(2);
      assertThat(flags.err()).startsWith("error: invalid notification type 'everything' in --email; use one of"
          + " conversation_creation, ");
    });
    assertThat(sent).isEmpty();
  }

  @Test
  void anInboxWithoutPolicyIsNotFound() {
    SandboxServer.Result r = server.run("inboxes", "assignment-policy", "show", "3");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).startsWith("error: 404 Not Found from GET /api/v1/accounts/1/inboxes/3/assignment_policy:"
        + " Assignment policy not found");
  }

  @Test
  void agentsCannotManageCampaignsOrPolicies() {
    Map<String, String> env = server.env();
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    for (String[] args : List.of(new String[] {"campaigns", "list"}, new String[] {"assignment-policies", "list"},
        new String[] {"inboxes", "campaigns", "3"}, new String[] {"automation-rules", "clone", "1"})) {
      SandboxServer.Result r = server.run(env, "", args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(5);
      assertThat(r.err()).contains("You are not authorized to do this action");
    }
    // dashboard apps have no policy upstream: every member may list them
    assertThat(server.run(env, "", "dashboard-apps", "list").code()).isZero();
  }
}
