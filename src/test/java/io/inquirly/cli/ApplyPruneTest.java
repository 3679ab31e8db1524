package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** apply --prune on its own sandbox: only kinds in the file, never yourself, --yes without a terminal. */
class ApplyPruneTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @Test
  void pruneDeletesOnlyUndeclaredResourcesOfDeclaredKindsAndNeedsYes() throws Exception {
    Path full = server.home().resolve("full.yaml");
    Files.writeString(full, "kind: Label\ntitle: keep\n---\nkind: Label\ntitle: drop\n---\n"
        + "kind: CannedResponse\nshort_code: stays\ncontent: Not in the pruned file's kinds\n---\n"
        + "kind: Agent\nemail: temp@acme.test\nname: Temp\n");
    assertThat(server.run("apply", "-f", full.toString()).code()).isZero();
    Path small = server.home().resolve("small.yaml");
    Files.writeString(small, "kind: Label\ntitle: keep\n---\nkind: Agent\nemail: agent@acme.test\n");

    SandboxServer.Result refused = server.run("apply", "-f", small.toString(), "--prune");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("refusing to delete 2 resources not in the file (--prune) without --yes");
    assertThat(refused.out()).contains("- delete Agent temp@acme.test (not in the files)\n",
        "- delete Label drop (not in the files)\n")
        .doesNotContain("admin@acme.test", "stays");
    assertThat(refused.err()).contains("warning: --prune: not removing Agent admin@acme.test: that is you");

    SandboxServer.Result[] pruned = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(
        () -> pruned[0] = server.run("apply", "-f", small.toString(), "--prune", "--yes"));
    assertThat(pruned[0].code()).as(pruned[0].err()).isZero();
    assertThat(sent.stream().filter(r -> !r.method().equals("GET")).map(r -> r.method() + " " + r.path()).toList())
        .hasSize(2).allMatch(s -> s.startsWith("DELETE /api/v1/accounts/1/"));
    assertThat(server.run("labels", "list", "-o", "json").json().findValuesAsText("title")).containsExactly("keep");
    assertThat(server.run("canned-responses", "list", "-o", "json").json().findValuesAsText("short_code"))
        .containsExactly("stays");
    assertThat(server.run("agents", "list", "-o", "json").json().findValuesAsText("email"))
        .containsExactly("admin@acme.test", "agent@acme.test");

    List<RecordedRequest> again = server.requestsDuring(
        () -> server.run("apply", "-f", small.toString(), "--prune", "--yes"));
    assertThat(again).allMatch(r -> r.method().equals("GET"));
  }
}
