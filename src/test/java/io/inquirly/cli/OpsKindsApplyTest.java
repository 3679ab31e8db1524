package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * apply, diff and export of WorkingHours, AssignmentPolicy, Campaign and DashboardApp: the writes in order with
 * their bodies, a second apply that writes nothing, changes sent field by field, and file errors.
 */
class OpsKindsApplyTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private static final String A = "/api/v1/accounts/1";

  private static final String STACK = """
      kind: Inbox
      name: Web Two
      channel: website
      website_url: https://two.acme.test
      ---
      kind: WorkingHours
      inbox: Web Two
      enabled: true
      timezone: Europe/Berlin
      days:
        mon: 08:00-16:00
        sat: all-day
      ---
      kind: AssignmentPolicy
      name: Fair share
      conversation_priority: longest_waiting
      fair_distribution_limit: 20
      inboxes: [Web Two, API Inbox]
      ---
      kind: Campaign
      title: Two welcome
      inbox: Web Two
      message: Hello from two
      sender: agent@acme.test
      trigger_rules: {url: "https://two.acme.test/", time_on_page: 3}
      ---
      kind: DashboardApp
      title: Tickets
      urls: [https://crm.acme.test/tickets]
      """;

  private static List<String> writes(List<RecordedRequest> requests) {
    List<String> out = new ArrayList<>();
    for (RecordedRequest r : requests) {
      if (!r.method().equals("GET")) {
        out.add(r.method() + " " + r.path() + " " + r.bodyText());
      }
    }
    return out;
  }

  private static Path file(String name, String yaml) throws Exception {
    Path f = server.home().resolve(name);
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void theNewKindsApplyInOrderThenNothingThenOnlyWhatChanged() throws Exception {
    Path f = file("ops-stack.yaml", STACK);
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> first = server.requestsDuring(() -> r[0] = server.run("apply", "-f", f.toString()));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    List<String> w = writes(first);
    assertThat(w).hasSize(7);
    assertThat(w.get(0)).startsWith("POST " + A + "/inboxes ");
    assertThat(w.get(1)).isEqualTo("PATCH " + A + "/inboxes/3 {\"working_hours_enabled\":true,"
        + "\"timezone\":\"Europe/Berlin\",\"working_hours\":[{\"day_of_week\":1,\"closed_all_day\":false,"
        + "\"open_all_day\":false,\"open_hour\":8,\"open_minutes\":0,\"close_hour\":16,\"close_minutes\":0},"
        + "{\"day_of_week\":6,\"closed_all_day\":false,\"open_all_day\":true}]}");
    assertThat(w.get(2)).isEqualTo("POST " + A + "/assignment_policies {\"assignment_policy\":{\"name\":"
        + "\"Fair share\",\"conversation_priority\":\"longest_waiting\",\"fair_distribution_limit\":20}}");
    assertThat(w.subList(3, 5)).containsExactly(
        "POST " + A + "/inboxes/3/assignment_policy {\"assignment_policy_id\":1}",
        "POST " + A + "/inboxes/1/assignment_policy {\"assignment_policy_id\":1}");
    assertThat(w.get(5)).isEqualTo("POST " + A + "/campaigns {\"title\":\"Two welcome\",\"inbox_id\":3,"
        + "\"message\":\"Hello from two\",\"sender_id\":2,\"trigger_rules\":{\"url\":\"https://two.acme.test/\","
        + "\"time_on_page\":3}}");
    assertThat(w.get(6)).isEqualTo("POST " + A + "/dashboard_apps {\"title\":\"Tickets\",\"content\":"
        + "[{\"type\":\"frame\",\"url\":\"https://crm.acme.test/tickets\"}]}");

    List<RecordedRequest> again = server.requestsDuring(() -> r[0] = server.run("apply", "-f", f.toString()));
    assertThat(r[0].code()).isZero();
    assertThat(r[0].out()).isEqualTo("No changes: 5 resources up to date.\n");
    assertThat(writes(again)).isEmpty();

    Path changed = file("ops-stack-2.yaml", STACK.replace("mon: 08:00-16:00", "mon: 07:30-15:00")
        .replace("inboxes: [Web Two, API Inbox]", "inboxes: [Web Two]")
        .replace("time_on_page: 3", "time_on_page: 9"));
    List<RecordedRequest> third = server.requestsDuring(() -> r[0] = server.run("apply", "-f", changed.toString()));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(writes(third)).containsExactly(
        "PATCH " + A + "/inboxes/3 {\"working_hours\":[{\"day_of_week\":1,\"closed_all_day\":false,"
            + "\"open_all_day\":false,\"open_hour\":7,\"open_minutes\":30,\"close_hour\":15,\"close_minutes\":0},"
            + "{\"day_of_week\":6,\"closed_all_day\":false,\"open_all_day\":true}]}",
        "DELETE " + A + "/inboxes/1/assignment_policy ",
        "PATCH " + A + "/campaigns/1 {\"trigger_rules\":{\"url\":\"https://two.acme.test/\",\"time_on_page\":9}}");

    SandboxServer.Result export = server.run("export", "--kinds", "WorkingHours,AssignmentPolicy,Campaign,DashboardApp");
    assertThat(export.code()).isZero();
    assertThat(export.out()).contains("kind: WorkingHours\ninbox: Web Two\nenabled: true\ntimezone: Europe/Berlin\n"
            + "days:\n  sun: closed\n  mon: 07:30-15:00\n")
        .contains("kind: AssignmentPolicy\nname: Fair share\n")
        .contains("inboxes:\n- Web Two\n")
        .contains("kind: Campaign\ntitle: Two welcome\ninbox: Web Two\n")
        .contains("sender: agent@acme.test\n")
        .contains("kind: DashboardApp\ntitle: Tickets\nurls:\n- https://crm.acme.test/tickets\n");
    assertThat(server.run("diff", "-f", changed.toString()).code()).isZero();
  }

  @Test
  void badHoursAndUnknownInboxesFailBeforeAnyWrite() throws Exception {
    Path bad = file("bad-hours.yaml", "kind: WorkingHours\ninbox: API Inbox\ndays:\n  mon: 17:00-09:00\n");
    SandboxServer.Result r = server.run("diff", "-f", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + bad + ":3:").contains("WorkingHours days: the hours of mon close"
        + " before they open (17:00-09:00)");
    Path dangling = file("dangling.yaml", "kind: Campaign\ntitle: X\ninbox: Nowhere\nmessage: M\n");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result d = server.run("apply", "-f", dangling.toString());
      assertThat(d.code()).isEqualTo(2);
      assertThat(d.err()).contains("Campaign X: inbox names Inbox 'Nowhere', which is neither in the file nor in"
          + " the account");
    });
    assertThat(writes(sent)).isEmpty();
  }
}
