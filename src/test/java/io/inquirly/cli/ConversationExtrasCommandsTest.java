package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Conversation search, mute, transcript, unread, attachments (with --download), participants; message update,
 * translate and retry: routes of chatwoot-4.10 that the spec lacks.
 */
class ConversationExtrasCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String CONVERSATIONS = "/api/v1/accounts/1/conversations";

  private static String sent(RecordedRequest r) {
    return r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery()) + " " + r.bodyText();
  }

  @Test
  void searchFindsConversationsByMessageTextInAnyStatus() {
    SandboxServer.Result r = server.run("conversations", "search", "Follow-up question 12", "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest()))
        .isEqualTo("GET " + CONVERSATIONS + "/search?q=Follow-up%20question%2012&page=1 ");
    assertThat(r.out()).isEqualTo("1\n");
  }

  @Test
  void muteAndUnmuteSeveralConversations() {
    List<RecordedRequest> during = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "mute", "2", "3");
      assertThat(r.code()).as(r.err()).isZero();
    });
    assertThat(during).extracting(ConversationExtrasCommandsTest::sent)
        .containsExactlyInAnyOrder("POST " + CONVERSATIONS + "/2/mute {}", "POST " + CONVERSATIONS + "/3/mute {}");
    assertThat(server.run("conversations", "show", "2", "-o", "json").json().path("muted").asBoolean()).isTrue();
    SandboxServer.Result un = server.run("conversations", "unmute", "2");
    assertThat(un.code()).isZero();
    assertThat(un.err()).isEqualTo("Unmuted conversation 2.\n");
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + CONVERSATIONS + "/2/unmute {}");
    assertThat(server.run("conversations", "show", "2", "-o", "json").json().path("muted").asBoolean()).isFalse();
  }

  @Test
  void transcriptNeedsAnAddress() {
    SandboxServer.Result r = server.run("conversations", "transcript", "1", "--to", "ada@example.com");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + CONVERSATIONS + "/1/transcript {\"email\":"
        + "\"ada@example.com\"}");
    assertThat(r.err()).isEqualTo("The transcript of conversation 1 is on its way to ada@example.com.\n");
    SandboxServer.Result missing = server.run("conversations", "transcript", "1");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--to");
  }

  @Test
  void unreadAnswersTheConversation() {
    SandboxServer.Result r = server.run("conversations", "unread", "1", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + CONVERSATIONS + "/1/unread {}");
    assertThat(r.json().path("id").asLong()).isEqualTo(1);
  }

  @Test
  void attachmentsAreListedAndDownloadedWithTheTokenFromTheServer(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    Path file = tmp.resolve("invoice 7.txt");
    Files.writeString(file, "total: 42\n");
    SandboxServer.Result m = server.run("messages", "create", "4", "--content", "here", "--attach", file.toString(),
        "-o", "ids");
    assertThat(m.code()).as(m.err()).isZero();
    String message = m.out().strip();
    Path dir = tmp.resolve("out");
    List<RecordedRequest> during = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("conversations", "attachments", "4", "--download", dir.toString(),
          "--columns", "message_id,file_type,file_size");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("MESSAGE_ID\tFILE_TYPE\tFILE_SIZE\n" + message + "\tfile\t10\n");
      assertThat(r.err()).isEqualTo("Saved 1 file(s) to " + dir + ".\n");
    });
    assertThat(during).hasSize(2);
    assertThat(sent(during.get(0))).isEqualTo("GET " + CONVERSATIONS + "/4/attachments ");
    assertThat(during.get(1).path()).matches("/rails/active_storage/blobs/\\d+/invoice%207.txt");
    assertThat(during.get(1).header("api-access-token")).isEqualTo(server.sandbox().adminToken());
    assertThat(Files.readString(dir.resolve(message + "-invoice 7.txt"))).isEqualTo("total: 42\n");
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
        .containsExactly(message + "-invoice 7.txt");
  }

  /** A file stored on another host (S3, a CDN) is fetched there, without the token. */
  @Test
  void aFileOnAnotherHostIsFetchedWithoutTheToken(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Map<String, String> tokens = downloadFromStorage(tmp, false);
    assertThat(tokens).containsExactlyInAnyOrderEntriesOf(Map.of(
        "/api/v1/accounts/1/conversations/5/attachments", "s3cr3t-tok", "/bucket/a/report.pdf", "null"));
  }

  /**
   * Active Storage answers a file URL on the server with a redirect to the storage service: followed there, and
   * the token, sent to the server, is left out of the request to the other host.
   */
  @Test
  void aRedirectToStorageIsFollowedWithoutTheToken(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Map<String, String> tokens = downloadFromStorage(tmp, true);
    assertThat(tokens).containsExactlyInAnyOrderEntriesOf(Map.of(
        "/api/v1/accounts/1/conversations/5/attachments", "s3cr3t-tok",
        "/rails/active_storage/blobs/redirect/k1/report.pdf", "s3cr3t-tok", "/bucket/a/report.pdf", "null"));
  }

  /** Runs attachments --download against a fake server and a fake storage host; returns each path's token. */
  private static Map<String, String> downloadFromStorage(Path tmp, boolean viaRedirect) throws IOException {
    Map<String, String> tokens = new ConcurrentHashMap<>();
    HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    files.createContext("/bucket/", ex -> {
      tokens.put(ex.getRequestURI().getPath(), String.valueOf(ex.getRequestHeaders().getFirst("api-access-token")));
      byte[] body = "%PDF-1.4".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String other = "http://127.0.0.1:" + files.getAddress().getPort();
    String stored = other + "/bucket/a/report.pdf?sig=x";
    api.createContext("/rails/active_storage/", ex -> {
      tokens.put(ex.getRequestURI().getPath(), String.valueOf(ex.getRequestHeaders().getFirst("api-access-token")));
      ex.getResponseHeaders().add("Location", stored);
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    api.createContext("/api/", ex -> {
      tokens.put(ex.getRequestURI().getPath(), String.valueOf(ex.getRequestHeaders().getFirst("api-access-token")));
      String dataUrl = viaRedirect ? "/rails/active_storage/blobs/redirect/k1/report.pdf" : stored;
      String json = "{\"meta\":{\"total_count\":1},\"payload\":[{\"message_id\":9,\"file_type\":\"file\","
          + "\"data_url\":\"" + dataUrl + "\",\"file_size\":8,\"created_at\":1}]}";
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    files.start();
    api.start();
    try {
      Map<String, String> env = SandboxServer.Cli.env("http://127.0.0.1:" + api.getAddress().getPort(), "s3cr3t-tok");
      SandboxServer.Result r = SandboxServer.Cli.run(env, "", "conversations", "attachments", "5", "--download",
          tmp.toString(), "-o", "json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readString(tmp.resolve("9-report.pdf"))).isEqualTo("%PDF-1.4");
      JsonNode saved = r.json().get(0);
      assertThat(saved.path("saved_as").asText()).isEqualTo(tmp.resolve("9-report.pdf").toString());
      return tokens;
    } finally {
      api.stop(0);
      files.stop(0);
    }
  }

  @Test
  void participantsAreAddedSetListedAndRemoved() {
    SandboxServer.Result add = server.run("conversations", "participants", "add", "3", "2", "--columns", "id,name");
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + CONVERSATIONS + "/3/participants {\"user_ids\":[2]}");
    assertThat(add.out()).isEqualTo("ID\tNAME\n2\tAgent Alan\n");
    SandboxServer.Result set = server.run("conversations", "participants", "set", "3", "1", "2", "-o", "ids");
    assertThat(sent(server.lastRequest())).isEqualTo("PATCH " + CONVERSATIONS + "/3/participants "
        + "{\"user_ids\":[1,2]}");
    assertThat(set.out()).isEqualTo("2\n1\n");
    SandboxServer.Result remove = server.run("conversations", "participants", "remove", "3", "2");
    assertThat(remove.code()).as(remove.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("DELETE " + CONVERSATIONS + "/3/participants "
        + "{\"user_ids\":[2]}");
    assertThat(server.run("conversations", "participants", "list", "3", "-o", "ids").out()).isEqualTo("1\n");
    SandboxServer.Result bad = server.run("conversations", "participants", "add", "3", "ada");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid user id 'ada'");
  }

  @Test
  void messageStatusUpdateTranslateAndRetry() {
    SandboxServer.Result failed = server.run("messages", "update", "1", "25", "--status", "failed", "--error",
        "bounced", "-o", "json");
    assertThat(failed.code()).as(failed.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("PATCH " + CONVERSATIONS + "/1/messages/25 "
        + "{\"status\":\"failed\",\"external_error\":\"bounced\"}");
    assertThat(failed.json().path("status").asText()).isEqualTo("failed");

    SandboxServer.Result retried = server.run("messages", "retry", "1", "25", "-o", "json");
    assertThat(retried.code()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + CONVERSATIONS + "/1/messages/25/retry {}");
    assertThat(retried.json().path("status").asText()).isEqualTo("sent");

    SandboxServer.Result translated = server.run("messages", "translate", "1", "25", "--to", "fr", "-o", "json");
    assertThat(translated.code()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + CONVERSATIONS + "/1/messages/25/translate "
        + "{\"target_language\":\"fr\"}");
    assertThat(translated.out()).isEqualTo("{\n  \"content\": null\n}\n");
  }

  @Test
  void statusUpdatesAreForApiInboxesOnly() {
    String message = server.run("messages", "list", "6", "-o", "ids").out().lines().findFirst().orElseThrow();
    SandboxServer.Result r = server.run("messages", "update", "6", message, "--status", "read");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).startsWith("error: 403 Forbidden from PATCH " + CONVERSATIONS + "/6/messages/" + message
        + ": Message status update is only allowed for API inboxes");
  }
}
