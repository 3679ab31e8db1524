package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SandboxCommandTest {

  record Run(ByteArrayOutputStream out, ByteArrayOutputStream err, Io io) {
    static Run create() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Io io = Io.of(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
      return new Run(out, err, io);
    }

    String stdout() {
      return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
      return err.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void printsExportLinesServesAndStopsOnInterrupt() throws Exception {
    Run run = Run.create();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t = new Thread(() -> exit.set(new CommandLine(new SandboxCommand(run.io())).execute("--rate-limit", "100/min")));
    t.start();
    long deadline = System.currentTimeMillis() + 5000;
    while (run.stdout().lines().count() < 5 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    var lines = run.stdout().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).matches("export INQUIRLY_URL=http://127\\.0\\.0\\.1:\\d+");
    assertThat(lines.get(1)).matches("export INQUIRLY_TOKEN=\\S{24}");
    assertThat(lines.get(2)).isEqualTo("export INQUIRLY_ACCOUNT_ID=1");
    assertThat(lines.get(3)).matches("export INQUIRLY_PLATFORM_TOKEN=\\S{24}");
    assertThat(lines.get(4)).matches("export INQUIRLY_INBOX_IDENTIFIER=\\S{24}");
    assertThat(run.stderr()).contains("agent token:", "bot token:", "inbox_identifier", "Press Ctrl-C to stop");
    assertThat(run.stderr()).containsPattern("HMAC inbox: +id 2, inbox_identifier \\S{24}, hmac_token \\S{24} ");

    String url = lines.get(0).substring("export INQUIRLY_URL=".length());
    String token = lines.get(1).substring("export INQUIRLY_TOKEN=".length());
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/api/v1/profile")).header("api-access-token", token).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);

    t.interrupt();
    t.join(5000);
    assertThat(t.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  @Test
  void invalidValuesAreUsageErrors() {
    for (String[] args : new String[][] {
        {"--fail-rate", "1.5"}, {"--drop-rate", "-0.1"}, {"--rate-limit", "ten"}, {"--port", "70000"}, {"--latency", "-1"},
        {"--edition", "pro"}}) {
      Run run = Run.create();
      CommandLine cl = new CommandLine(new SandboxCommand(run.io()));
      cl.setErr(new java.io.PrintWriter(run.err(), true, StandardCharsets.UTF_8));
      int code = cl.execute(args);
      assertThat(code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.stderr()).contains(args[0]);
      assertThat(run.stdout()).isEmpty();
    }
  }
}
