package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** apply, diff and export of SlaPolicy and CustomRole against an Enterprise sandbox. */
class EnterpriseApplyTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  @TempDir
  Path dir;

  static List<String> writes(List<RecordedRequest> sent) {
    List<String> out = new ArrayList<>();
    for (RecordedRequest q : sent) {
      if (!q.method().equals("GET")) {
        out.add(q.method() + " " + q.path() + " " + q.bodyText());
      }
    }
    return out;
  }

  @Test
  void slaPoliciesAndCustomRolesApplyOnceAndThenAreUnchanged() throws Exception {
    Path f = dir.resolve("enterprise.yaml");
    Files.writeString(f, "kind: SlaPolicy\nname: Priority support\nresolution_time_threshold: 43200\n---\n"
        + "kind: SlaPolicy\nname: Chat\nfirst_response_time_threshold: 300\nonly_during_business_hours: true\n---\n"
        + "kind: CustomRole\nname: Report viewer\npermissions: [report_manage, contact_manage]\n");
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run("apply", "-f", f.toString()));
    assertThat(r[0].code()).as(r[0].err()).isZero();
    assertThat(r[0].out()).contains("~ update SlaPolicy Priority support: resolution_time_threshold 86400 → 43200\n",
        "+ create SlaPolicy Chat\n",
        "~ update CustomRole Report viewer: permissions");
    assertThat(writes(sent)).containsExactly(
        "PATCH /api/v1/accounts/1/sla_policies/1 {\"resolution_time_threshold\":43200}",
        "POST /api/v1/accounts/1/sla_policies {\"name\":\"Chat\",\"first_response_time_threshold\":300,"
            + "\"only_during_business_hours\":true}",
        "PATCH /api/v1/accounts/1/custom_roles/1 {\"permissions\":[\"report_manage\",\"contact_manage\"]}");

    SandboxServer.Result again = server.run("diff", "-f", f.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).isEqualTo("No changes: 3 resources up to date.\n");

    SandboxServer.Result export = server.run("export", "--kinds", "SlaPolicy,CustomRole");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("kind: SlaPolicy\n", "name: Chat\n", "first_response_time_threshold: 300\n",
        "kind: CustomRole\n", "- report_manage\n");
  }

  @Test
  void anUnknownPermissionIsRefusedWhenTheFileIsRead() throws Exception {
    Path f = dir.resolve("role.yaml");
    Files.writeString(f, "kind: CustomRole\nname: Root\npermissions: [everything]\n");
    int before = server.requests().size();
    SandboxServer.Result r = server.run("apply", "-f", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("everything");
    assertThat(server.requests()).hasSize(before);
  }
}
