package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sla, custom-roles and capacity-policies against an Enterprise sandbox (demo records), and what a Community
 * sandbox (no demo records) answers for the same routes.
 */
class EnterpriseCommandsTest {
  @RegisterExtension
  static final SandboxServer enterprise = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  @RegisterExtension
  static final SandboxServer community = new SandboxServer();

  static final String A = "/api/v1/accounts/1";

  @Test
  void slaPoliciesListCreateUpdate() {
    SandboxServer.Result r = enterprise.run("sla", "list");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("ID\tNAME\tFIRST_RESPONSE_TIME_THRESHOLD\tNEXT_RESPONSE_TIME_THRESHOLD\t"
        + "RESOLUTION_TIME_THRESHOLD\tONLY_DURING_BUSINESS_HOURS\n1\tPriority support\t3600.0\t\t86400.0\tfalse\n");

    r = enterprise.run("sla", "create", "--name", "Chat", "--first-response", "60", "--business-hours", "-o",
        "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = enterprise.lastRequest();
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.path()).isEqualTo(A + "/sla_policies");
    assertThat(req.bodyText()).isEqualTo(
        "{\"name\":\"Chat\",\"first_response_time_threshold\":60,\"only_during_business_hours\":true}");
    assertThat(r.json().path("name").asText()).isEqualTo("Chat");
    assertThat(r.json().path("first_response_time_threshold").asDouble()).isEqualTo(60.0);
    assertThat(r.json().path("resolution_time_threshold").isNull()).isTrue();
    long id = enterprise.run("sla", "list", "-o", "ids").out().lines().mapToLong(Long::parseLong).max().orElseThrow();

    r = enterprise.run("sla", "update", String.valueOf(id), "--resolution", "7200", "--columns",
        "resolution_time_threshold");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().method()).isEqualTo("PATCH");
    assertThat(enterprise.lastRequest().bodyText()).isEqualTo("{\"resolution_time_threshold\":7200}");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nresolution_time_threshold\t7200.0\n");

    r = enterprise.run("sla", "delete", String.valueOf(id), "--yes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().method()).isEqualTo("DELETE");
    assertThat(enterprise.lastRequest().path()).isEqualTo(A + "/sla_policies/" + id);
  }

  @Test
  void appliedSlasListMetricsAndDownload() {
    SandboxServer.Result r = enterprise.run("sla", "applied", "--since", "2020-01-01", "--until", "2100-01-01",
        "--policy", "1", "--label", "vip");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().rawQuery()).isEqualTo(
        "since=1577836800&until=4102444800&sla_policy_id=1&label_list[]=vip&page=1");
    assertThat(r.out()).isEqualTo("APPLIED_SLA_ID\tSLA_ID\tSLA_STATUS\tCONVERSATION_ID\tCONTACT\tASSIGNEE\n"
        + "1\t1\tmissed\t1\tKatherine Johnson\tAgent Alan\n");

    SandboxServer.Result all = enterprise.run("sla", "applied", "--all", "--columns", "conversation.id");
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(all.out()).isEqualTo("CONVERSATION_ID\n1\n");

    r = enterprise.run("sla", "metrics", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().path()).isEqualTo(A + "/applied_slas/metrics");
    assertThat(r.out()).isEqualTo(
        "{\n  \"total_applied_slas\": 2,\n  \"number_of_sla_misses\": 1,\n  \"hit_rate\": \"50%\"\n}\n");

    r = enterprise.run("sla", "download", "--since", "2020-01-01", "-o", "csv", "--columns",
        "Conversation ID,SLA Policy Breached,Breached Events");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().path()).isEqualTo(A + "/applied_slas/download");
    assertThat(r.out()).isEqualTo("Conversation ID,SLA Policy Breached,Breached Events\r\n1,Priority support,frt\r\n");
  }

  @Test
  void customRolesTakeKnownPermissionsOnly() {
    SandboxServer.Result r = enterprise.run("custom-roles", "create", "--name", "Contacts", "--permission",
        "contact_manage", "--permission", "report_manage", "--columns", "name,permissions");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().bodyText()).isEqualTo(
        "{\"name\":\"Contacts\",\"permissions\":[\"contact_manage\",\"report_manage\"]}");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nname\tContacts\npermissions\tcontact_manage;report_manage\n");

    SandboxServer.Result bad = enterprise.run("custom-roles", "create", "--name", "X", "--permission", "root");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--permission").contains("root");
  }

  @Test
  void capacityPolicyUsersAndInboxLimits() {
    SandboxServer.Result r = enterprise.run("capacity-policies", "create", "--name", "Busy", "--exclude-label", "vip",
        "--exclude-older-than", "48", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().bodyText()).isEqualTo(
        "{\"name\":\"Busy\",\"exclusion_rules\":{\"exclude_older_than_hours\":48,\"excluded_labels\":[\"vip\"]}}");
    assertThat(r.json().path("exclusion_rules").toString())
        .isEqualTo("{\"exclude_older_than_hours\":48,\"excluded_labels\":[\"vip\"]}");
    assertThat(r.json().path("inbox_capacity_limits").toString()).isEqualTo("[]");

    r = enterprise.run("capacity-policies", "users", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().path()).isEqualTo(A + "/agent_capacity_policies/1/users");
    assertThat(r.out()).isEqualTo("ID\tNAME\tEMAIL\tROLE\n1\tAdmin Ada\tadmin@acme.test\tadministrator\n");

    r = enterprise.run("capacity-policies", "add-limit", "1", "--inbox", "2", "--limit", "3", "--columns",
        "inbox_id,conversation_limit");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(enterprise.lastRequest().path()).isEqualTo(A + "/agent_capacity_policies/1/inbox_limits");
    assertThat(enterprise.lastRequest().bodyText()).isEqualTo("{\"inbox_id\":2,\"conversation_limit\":3}");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\ninbox_id\t2\nconversation_limit\t3\n");

    SandboxServer.Result twice = enterprise.run("capacity-policies", "add-limit", "1", "--inbox", "2", "--limit",
        "4");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("Inbox has already been taken");

    SandboxServer.Result stranger = enterprise.run("capacity-policies", "add-user", "1", "--agent", "999");
    assertThat(stranger.code()).isEqualTo(4);
    assertThat(stranger.err()).contains("Resource could not be found");
  }

  @Test
  void aMissingRecordOnAnEnterpriseServerIsNotFound() {
    SandboxServer.Result r = enterprise.run("sla", "show", "99");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).startsWith("error: 404 Not Found from GET " + A + "/sla_policies/99: Resource could not "
        + "be found");
  }

  @Test
  void aCommunityServerSaysTheEnterpriseEditionIsNeeded() {
    for (List<String> args : List.of(List.of("sla", "list"), List.of("sla", "show", "1"),
        List.of("sla", "applied", "--all"), List.of("custom-roles", "delete", "1", "--yes"),
        List.of("capacity-policies", "users", "1"), List.of("reports", "csat-review", "1", "--notes", "x"))) {
      SandboxServer.Result r = community.run(args.toArray(String[]::new));
      String what = switch (args.get(0)) {
        case "sla" -> "SLA";
        case "custom-roles" -> "custom roles";
        case "reports" -> "CSAT review notes";
        default -> "agent capacity policies";
      };
      assertThat(r.code()).as(args + ": " + r.err()).isEqualTo(5);
      assertThat(r.err()).isEqualTo("error: this server has no " + what + " API: it needs the Enterprise edition; "
          + "the server answered 404; run it against an Enterprise server (a Community server does not serve it)"
          + "\n");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void theEditionSwitchTurnsADemoSandboxIntoACommunityServer() throws Exception {
    try (io.inquirly.sandbox.Sandbox sandbox = io.inquirly.sandbox.Sandbox.start(SandboxOptions.demo())) {
      java.util.Map<String, String> env = SandboxServer.Cli.env(sandbox);
      assertThat(SandboxServer.Cli.run(env, "", "sla", "list").code()).isZero();
      sandbox.enterprise(false);
      SandboxServer.Result r = SandboxServer.Cli.run(env, "", "sla", "list");
      assertThat(r.code()).isEqualTo(5);
      assertThat(r.err()).startsWith("error: this server has no SLA API: it needs the Enterprise edition;");
      assertThat(SandboxServer.Cli.run(env, "", "contacts", "show", "1").code()).isZero();
    }
  }

  @Test
  void aCommunityServerAnswersOtherRoutesAsBefore() {
    SandboxServer.Result r = community.run("labels", "show", "999");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).contains("Resource could not be found");
  }
}
