package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** apply's platform users, on a sandbox of their own (pruning removes the sandbox's own memberships). */
class ApplyUsersTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  /** Prune removes a membership through platform account-users remove: its --user as the query parameter. */
  @Test
  void pruneRemovesAMembershipWithTheOperationsQueryParameter() throws Exception {
    Path f = server.home().resolve("users.yaml");
    Files.writeString(f, "kind: User\nemail: ursula@acme.test\nname: Ursula User\npassword: Secret-pass-1\n");
    SandboxServer.Result created = server.run("apply", "-f", f.toString());
    assertThat(created.code()).as(created.err()).isZero();
    SandboxServer.Result[] pruned = new SandboxServer.Result[1];
    List<RecordedRequest> sent = server.requestsDuring(
        () -> pruned[0] = server.run("apply", "-f", f.toString(), "--prune", "--yes"));
    assertThat(pruned[0].code()).as(pruned[0].err()).isZero();
    List<RecordedRequest> deletes = sent.stream().filter(r -> r.method().equals("DELETE")).toList();
    assertThat(deletes).isNotEmpty().allSatisfy(r -> {
      assertThat(r.path()).isEqualTo("/platform/api/v1/accounts/1/account_users");
      assertThat(r.rawQuery()).matches("user_id=\\d+");
      assertThat(r.status()).isEqualTo(200);
    });
  }
}
