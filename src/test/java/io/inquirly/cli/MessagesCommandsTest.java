package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** messages commands: cursor paging, JSON and multipart create, delete. Conversation 1 has messages 1-26. */
class MessagesCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String MESSAGES = "/api/v1/accounts/1/conversations/1/messages";

  static List<Long> ids(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(m -> out.add(m.get("id").asLong()));
    return out;
  }

  @Test
  void listShowsTheLatest20Ascending() {
    SandboxServer.Result r = server.run("messages", "list", "1", "-o", "json");
    assertThat(r.code()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(MESSAGES);
    assertThat(server.lastRequest().rawQuery()).isNull();
    List<Long> ids = ids(r.json());
    assertThat(ids).hasSize(20).isSorted();
    assertThat(ids.get(0)).isEqualTo(7L);
  }

  @Test
  void beforeAndAfterAreSentAsGiven() {
    SandboxServer.Result before = server.run("messages", "list", "1", "--before", "5", "-o", "ids");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("before=5");
    assertThat(before.out()).isEqualTo("1\n2\n3\n4\n");
    SandboxServer.Result after = server.run("messages", "list", "1", "--after", "24", "-o", "ids");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("after=24");
    assertThat(after.out()).startsWith("25\n26\n");
  }

  @Test
  void allWalksBackToTheFirstMessageAsOneAscendingArray() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("messages", "list", "1", "--all", "-o", "json");
      assertThat(r.code()).isZero();
      List<Long> ids = ids(r.json());
      assertThat(ids).hasSizeGreaterThanOrEqualTo(26).isSorted().doesNotHaveDuplicates();
      assertThat(ids.get(0)).isEqualTo(1L);
    });
    assertThat(sent).extracting(RecordedRequest::rawQuery).containsExactly(null, "before=7", "before=1");
  }

  @Test
  void limitKeepsTheNewest() {
    SandboxServer.Result r = server.run("messages", "list", "1", "--limit", "3", "-o", "ids");
    assertThat(r.out()).isEqualTo("24\n25\n26\n");
    SandboxServer.Result deep = server.run("messages", "list", "1", "--limit", "22", "-o", "ids");
    assertThat(deep.out().lines().count()).isEqualTo(22);
    assertThat(deep.out()).startsWith("5\n6\n");
  }

  @Test
  void createSendsJson() {
    SandboxServer.Result r = server.run("messages", "create", "3", "--content", "hi", "--private", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.contentType()).startsWith("application/json");
    assertThat(req.bodyText()).isEqualTo("{\"content\":\"hi\",\"private\":true}");
    assertThat(r.json().get("private").asBoolean()).isTrue();
    assertThat(r.json().get("conversation_id").asLong()).isEqualTo(3);
  }

  @Test
  void incomingInAWebsiteInboxIsRefused() {
    SandboxServer.Result r = server.run("messages", "create", "6", "--content", "hi", "--type", "incoming");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Incoming messages are only allowed in Api inboxes");
  }

  @Test
  void createWithoutContentIsAnError() {
    SandboxServer.Result r = server.run("messages", "create", "3");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nothing to send");
  }

  @Test
  void attachSendsMultipart() throws Exception {
    Path file = server.home().resolve("receipt.pdf");
    Files.write(file, "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
    SandboxServer.Result r = server.run("messages", "create", "3", "--content", "receipt", "--attach",
        file.toString(), "--attach", file.toString(), "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.contentType()).startsWith("multipart/form-data; boundary=inquirly-");
    String body = req.bodyText();
    assertThat(body).contains("Content-Disposition: form-data; name=\"content\"\r\n\r\nreceipt\r\n")
        .contains("name=\"attachments[]\"; filename=\"receipt.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4");
    assertThat(r.json().get("attachments").size()).isEqualTo(2);
    SandboxServer.Result missing = server.run("messages", "create", "3", "--attach", "/nonexistent/x.png");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read --attach '/nonexistent/x.png': no such file");
  }

  @Test
  void deleteTakesSeveralMessageIds() {
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("messages", "delete", "2", "3", "--conversation", "1", "--yes");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("ID\tSTATUS\tERROR\n2\tok\t\n3\tok\t\n");
    });
    assertThat(sent).extracting(s -> s.method() + " " + s.path())
        .containsExactlyInAnyOrder("DELETE " + MESSAGES + "/2", "DELETE " + MESSAGES + "/3");
    JsonNode kept = server.run("messages", "list", "1", "--before", "3", "-o", "json").json();
    assertThat(kept.get(1).get("content").asText()).isEqualTo("This message was deleted");
    SandboxServer.Result dry = server.run("messages", "delete", "4", "--conversation", "1", "--dry-run");
    assertThat(dry.out()).isEqualTo("DELETE " + server.sandbox().url() + MESSAGES + "/4\n");
  }
}
