package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** conversations export: one row per conversation of every status; JSONL transcripts with --messages. */
class ConversationsExportCommandTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  @TempDir Path dir;

  @Test
  void csvHasOneRowPerConversationOfEveryStatus() {
    JsonNode all = server.run("conversations", "list", "--status", "all", "--all", "-o", "json").json();
    Result r = server.run("conversations", "export");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,status,priority,inbox_id,meta.sender.id,meta.sender.name,"
        + "meta.sender.email,meta.assignee.name,meta.team.name,labels,created_at,last_activity_at");
    assertThat(lines).hasSize(all.size() + 1);
    assertThat(lines.get(1)).startsWith(all.get(0).get("id").asText() + "," + all.get(0).get("status").asText() + ",");
  }

  @Test
  void messagesGoToJsonlTranscriptsWrittenAtomically() throws Exception {
    Path out = dir.resolve("t.jsonl");
    Result r = server.run("conversations", "export", "--messages", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(r.err()).matches(java.util.regex.Pattern.quote("Exported " + lines.size() + " conversations to " + out)
        + " in \\d+\\.\\d\\d s\n");
    JsonNode first = SandboxServer.JSON.readTree(lines.get(0));
    JsonNode messages = server.run("messages", "list", first.get("id").asText(), "--all", "-o", "json").json();
    assertThat(first.get("messages")).isEqualTo(messages);
    assertThat(dir.toFile().list()).containsExactly("t.jsonl");

    r = server.run("conversations", "export", "--messages", "-o", "csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --messages needs -o jsonl\n");
  }
}
