package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** apply --prune never deletes what the same files still name (members, bots, labels of automation rules). */
class ApplyPruneReferencesTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @Test
  void pruneRefusesToDeleteWhatTheFilesStillName() throws Exception {
    Path setUp = server.home().resolve("members.yaml");
    Files.writeString(setUp, "kind: Agent\nemail: member@acme.test\nname: Member\n---\n"
        + "kind: Label\ntitle: vip-ref\n");
    assertThat(server.run("apply", "-f", setUp.toString()).code()).isZero();
    Path file = server.home().resolve("refs.yaml");
    Files.writeString(file, "kind: Agent\nemail: agent@acme.test\n---\n"
        + "kind: Inbox\nname: Refs\nchannel: api\nmembers: [member@acme.test]\n---\n"
        + "kind: Team\nname: refs-team\nmembers: [member@acme.test]\n---\n"
        + "kind: Label\ntitle: other\n---\n"
        + "kind: AutomationRule\nname: Tag\nevent_name: message_created\nconditions: []\n"
        + "actions: [{action_name: add_label, action_params: [vip-ref]}]\n");
    String[][] runs = {{"apply", "-f", file.toString(), "--prune", "--yes"},
        {"apply", "-f", file.toString(), "--prune", "--dry-run"}, {"diff", "-f", file.toString(), "--prune"}};
    for (String[] args : runs) {
      SandboxServer.Result[] r = new SandboxServer.Result[1];
      List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run(args));
      assertThat(r[0].code()).as(String.join(" ", args) + ": " + r[0].err()).isEqualTo(2);
      assertThat(r[0].out()).isEmpty();
      assertThat(r[0].err()).isEqualTo("error: --prune refuses to delete what the files still name: "
          + "Label vip-ref (named by AutomationRule Tag actions at " + file + ":20:1); "
          + "Agent member@acme.test (named by Inbox Refs members at " + file + ":7:1, Team refs-team members at "
          + file + ":11:1); nothing was changed; declare them in the files, or remove the references\n");
      assertThat(sent).allMatch(q -> q.method().equals("GET"));
    }
    assertThat(server.run("agents", "list", "-o", "json").json().findValuesAsText("email"))
        .contains("member@acme.test");
  }
}
