package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shell's live completion values come from the catalogue's list operations, fetched once a session. */
class LiveValuesTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  private LiveValues live(Map<String, String> env) {
    GlobalOptions none = new GlobalOptions(null, null, null, null, null, null, List.of(), null, false, false, false,
        false, null, null, null, false, null, null);
    Io io = Io.of(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()), env);
    return new LiveValues(() -> new Session(io, none, SandboxServer.Cli.FAST));
  }

  private static List<String> shown(List<Candidate> candidates) {
    List<String> out = new ArrayList<>();
    candidates.forEach(c -> out.add(c.value() + " " + c.descr()));
    return out;
  }

  @Test
  void valuesAreTheRecordsOfTheListOperationsFetchedOnce() {
    LiveValues live = live(SandboxServer.Cli.env(server.sandbox()));
    List<List<String>> shown = new ArrayList<>();
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      shown.add(shown(live.forOption("--inbox")));
      shown.add(shown(live.forOption("--account")));
      live.forOption("--inbox");
    });
    assertThat(sent).extracting(r -> r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery()))
        .containsExactly("GET /api/v1/accounts/1/inboxes", "GET /api/v1/profile");
    assertThat(sent.get(0).header("api-access-token")).isEqualTo(server.sandbox().adminToken());
    assertThat(shown.get(0)).containsExactly("1 API Inbox", "2 Secure API Inbox");
    assertThat(shown.get(1)).containsExactly("1 Acme Support");
  }

  @Test
  void aFailedFetchOffersNothing() {
    Map<String, String> env = SandboxServer.Cli.env(server.sandbox().url().toString(), "not-a-token");
    assertThat(live(env).forOption("--inbox")).isEmpty();
    assertThat(live(env).forOption("--color")).isEmpty();
  }
}
