package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conversations, messages and reports of the sandbox against the demo records (NOTES.md §3, §5, §7). */
class ConversationsTest {
  static final String CONV = "/api/v1/accounts/1/conversations";

  Sandbox sandbox;
  Http api;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.demo());
    api = new Http(sandbox.url(), sandbox.adminToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  static List<Long> ids(JsonNode list) {
    List<Long> out = new ArrayList<>();
    list.forEach(c -> out.add(c.get("id").asLong()));
    return out;
  }

  @Test
  void listIsWrappedInDataWithCountsAndDefaultsToOpen() {
    JsonNode body = api.get(CONV).json();
    assertThat(body.has("payload")).isFalse();
    assertThat(ids(body.at("/data/payload"))).containsExactly(6L, 3L, 1L);
    JsonNode meta = body.at("/data/meta");
    assertThat(meta.get("all_count").asLong()).isEqualTo(3);
    assertThat(meta.get("unassigned_count").asLong()).isEqualTo(2);
    assertThat(meta.get("assigned_count").asLong()).isEqualTo(1);
    assertThat(meta.get("mine_count").asLong()).isZero();
    // assignee_type filters the payload, not the counts
    JsonNode unassigned = api.get(CONV + "?assignee_type=unassigned").json();
    assertThat(ids(unassigned.at("/data/payload"))).containsExactly(6L, 3L);
    assertThat(unassigned.at("/data/meta/all_count").asLong()).isEqualTo(3);
    assertThat(ids(api.get(CONV + "?status=all&labels[]=bug&labels[]=sales").json().at("/data/payload")))
        .containsExactly(6L, 2L);
    assertThat(ids(api.get(CONV + "?status=all&team_id=1").json().at("/data/payload"))).containsExactly(1L);
    // inbox 3 is the website inbox (2 is the sandbox's identity-validation API inbox)
    assertThat(ids(api.get(CONV + "?status=all&inbox_id=3").json().at("/data/payload"))).containsExactly(6L);
  }

  @Test
  void qSearchesMessagesAndIgnoresStatus() {
    // conversation 2 is resolved; q finds it anyway
    assertThat(ids(api.get(CONV + "?q=export%20button&status=open").json().at("/data/payload")))
        .containsExactly(2L);
  }

  @Test
  void pagesHold25() {
    for (int i = 0; i < 30; i++) {
      assertThat(api.post(CONV, "{\"inbox_id\":1,\"contact_id\":1}").status()).isEqualTo(200);
    }
    JsonNode p1 = api.get(CONV + "?page=1").json().at("/data/payload");
    JsonNode p2 = api.get(CONV + "?page=2").json().at("/data/payload");
    assertThat(p1.size()).isEqualTo(25);
    assertThat(p2.size()).isEqualTo(33 - 25);
  }

  @Test
  void metaAndFilterEnvelopes() {
    JsonNode meta = api.get(CONV + "/meta?status=all").json();
    assertThat(meta.at("/meta/all_count").asLong()).isEqualTo(6);
    Http.Reply filter = api.post(CONV + "/filter", "{\"payload\":[{\"attribute_key\":\"status\",\"filter_operator\":"
        + "\"equal_to\",\"values\":[\"open\",\"pending\"],\"query_operator\":\"AND\"},{\"attribute_key\":\"labels\","
        + "\"filter_operator\":\"equal_to\",\"values\":[\"vip\"],\"query_operator\":null}]}");
    assertThat(filter.status()).as(filter.body()).isEqualTo(200);
    assertThat(filter.json().has("data")).isFalse();
    assertThat(ids(filter.json().get("payload"))).containsExactly(1L);
    Http.Reply bad = api.post(CONV + "/filter", "{\"payload\":[{\"attribute_key\":\"nope\",\"filter_operator\":"
        + "\"equal_to\",\"values\":[\"x\"]}]}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("error").asText()).startsWith("Invalid attribute key - [nope]");
  }

  @Test
  void createUsesDisplayIdsAndTheFirstMessage() {
    Http.Reply r = api.post(CONV, "{\"inbox_id\":1,\"contact_id\":3,\"message\":{\"content\":\"Hello\"}}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode c = r.json();
    assertThat(c.get("id").asLong()).isEqualTo(7);
    assertThat(c.get("status").asText()).isEqualTo("open");
    assertThat(c.at("/meta/sender/id").asLong()).isEqualTo(3);
    assertThat(c.at("/messages/0/content").asText()).isEqualTo("Hello");
    assertThat(c.at("/messages/0/message_type").asInt()).isEqualTo(1);
    assertThat(api.post(CONV, "{\"source_id\":\"no-such-source\"}").status()).isEqualTo(404);
  }

  @Test
  void toggleStatusEnvelopeFlipAndSnooze() {
    JsonNode r = api.post(CONV + "/3/toggle_status", "{}").json();
    assertThat(r.get("meta").isObject()).isTrue();
    assertThat(r.at("/payload/success").asBoolean()).isTrue();
    assertThat(r.at("/payload/conversation_id").asLong()).isEqualTo(3);
    assertThat(r.at("/payload/current_status").asText()).isEqualTo("resolved");
    assertThat(r.at("/payload/snoozed_until").isNull()).isTrue();
    assertThat(api.post(CONV + "/3/toggle_status", "{}").json().at("/payload/current_status").asText())
        .isEqualTo("open");
    JsonNode snoozed = api.post(CONV + "/3/toggle_status", "{\"status\":\"snoozed\",\"snoozed_until\":1900000000}")
        .json();
    assertThat(snoozed.at("/payload/current_status").asText()).isEqualTo("snoozed");
    assertThat(snoozed.at("/payload/snoozed_until").asLong()).isEqualTo(1900000000L);
    // leaving snoozed clears snoozed_until
    assertThat(api.post(CONV + "/3/toggle_status", "{\"status\":\"pending\"}").json().at("/payload/snoozed_until")
        .isNull()).isTrue();
    assertThat(api.post(CONV + "/99/toggle_status", "{}").status()).isEqualTo(404);
  }

  @Test
  void priorityAndTypingAnswerEmpty200() {
    Http.Reply r = api.post(CONV + "/3/toggle_priority", "{\"priority\":\"urgent\"}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(api.get(CONV + "/3").json().get("priority").asText()).isEqualTo("urgent");
    api.post(CONV + "/3/toggle_priority", "{\"priority\":null}");
    assertThat(api.get(CONV + "/3").json().get("priority").isNull()).isTrue();
    assertThat(api.post(CONV + "/3/toggle_typing_status", "{\"typing_status\":\"on\"}").status()).isEqualTo(200);
  }

  @Test
  void assignmentsAnswerTheAgentTheTeamOrNull() {
    JsonNode agent = api.post(CONV + "/3/assignments", "{\"assignee_id\":2}").json();
    assertThat(agent.get("email").asText()).isEqualTo("agent@acme.test");
    assertThat(agent.get("role").asText()).isEqualTo("agent");
    // assignee_id wins over team_id
    api.post(CONV + "/3/assignments", "{\"assignee_id\":1,\"team_id\":1}");
    JsonNode c = api.get(CONV + "/3").json();
    assertThat(c.at("/meta/assignee/id").asLong()).isEqualTo(1);
    assertThat(c.at("/meta/team").isMissingNode()).isTrue();
    JsonNode team = api.post(CONV + "/3/assignments", "{\"team_id\":2}").json();
    assertThat(team.get("name").asText()).isEqualTo("escalations");
    Http.Reply unassign = api.post(CONV + "/3/assignments", "{\"assignee_id\":null}");
    assertThat(unassign.body()).isEqualTo("null");
    assertThat(api.get(CONV + "/3").json().at("/meta/assignee").isMissingNode()).isTrue();
  }

  @Test
  void labelsAndCustomAttributesAreReplaced() {
    assertThat(api.post(CONV + "/1/labels", "{\"labels\":[\"a\",\"b\",\"a\"]}").json().get("payload").toString())
        .isEqualTo("[\"a\",\"b\"]");
    assertThat(api.get(CONV + "/1/labels").json().get("payload").toString()).isEqualTo("[\"a\",\"b\"]");
    JsonNode attrs = api.post(CONV + "/1/custom_attributes", "{\"custom_attributes\":{\"x\":1}}").json();
    assertThat(attrs.get("custom_attributes").toString()).isEqualTo("{\"x\":1}"); // order_id is gone
  }

  @Test
  void agentsSeeOnlyTheirInboxesAndOnlyAdminsDelete() {
    Http agent = api.as(sandbox.agentToken());
    assertThat(ids(agent.get(CONV + "?status=all").json().at("/data/payload"))).doesNotContain(6L);
    assertThat(agent.get(CONV + "/6").status()).isEqualTo(401);
    assertThat(agent.delete(CONV + "/1").status()).isEqualTo(401);
    assertThat(api.delete(CONV + "/1").status()).isEqualTo(200);
    assertThat(api.get(CONV + "/1").status()).isEqualTo(404);
  }

  @Test
  void botsMayUseOnlyTheWhitelist() {
    Http bot = api.as(sandbox.botToken());
    assertThat(bot.post(CONV + "/1/toggle_status", "{\"status\":\"pending\"}").status()).isEqualTo(200);
    assertThat(bot.post(CONV + "/1/toggle_priority", "{\"priority\":\"low\"}").status()).isEqualTo(200);
    assertThat(bot.post(CONV + "/1/assignments", "{\"team_id\":1}").status()).isEqualTo(200);
    assertThat(bot.post(CONV + "/1/messages", "{\"content\":\"bot here\"}").json().at("/sender/type").asText())
        .isEqualTo("agent_bot");
    Http.Reply labels = bot.post(CONV + "/1/labels", "{\"labels\":[\"x\"]}");
    assertThat(labels.status()).isEqualTo(401);
    assertThat(labels.json().get("error").asText()).isEqualTo("Access to this endpoint is not authorized for bots");
    assertThat(bot.get(CONV).status()).isEqualTo(401);
    assertThat(bot.delete(CONV + "/1/messages/1").status()).isEqualTo(401);
  }

  @Test
  void messageFinderPagesByIdAscending() {
    JsonNode latest = api.get(CONV + "/1/messages").json();
    List<Long> ids = ids(latest.get("payload"));
    assertThat(ids).hasSize(20).isSorted();
    assertThat(ids.get(19)).isEqualTo(26L);
    assertThat(ids(api.get(CONV + "/1/messages?before=7").json().get("payload"))).containsExactly(1L, 2L, 3L, 4L,
        5L, 6L);
    assertThat(ids(api.get(CONV + "/1/messages?after=24").json().get("payload"))).containsExactly(25L, 26L);
    assertThat(ids(api.get(CONV + "/1/messages?after=2&before=5").json().get("payload")))
        .containsExactly(2L, 3L, 4L);
    assertThat(latest.at("/meta/labels").toString()).isEqualTo("[\"billing\",\"vip\"]");
    assertThat(latest.at("/meta/contact/name").asText()).isEqualTo("Katherine Johnson");
    JsonNode first = api.get(CONV + "/1/messages?before=2").json().at("/payload/0");
    assertThat(first.get("message_type").isInt()).isTrue();
    assertThat(first.get("conversation_id").asLong()).isEqualTo(1);
  }

  @Test
  void incomingOnlyInApiInboxesAndPrivateNotes() {
    Http.Reply web = api.post(CONV + "/6/messages", "{\"content\":\"hi\",\"message_type\":\"incoming\"}");
    assertThat(web.status()).isEqualTo(422);
    assertThat(web.json().get("error").asText()).isEqualTo("Incoming messages are only allowed in Api inboxes");
    JsonNode in = api.post(CONV + "/3/messages", "{\"content\":\"hi\",\"message_type\":\"incoming\"}").json();
    assertThat(in.get("message_type").asInt()).isZero();
    assertThat(in.at("/sender/type").asText()).isEqualTo("contact");
    JsonNode note = api.post(CONV + "/3/messages", "{\"content\":\"psst\",\"private\":true}").json();
    assertThat(note.get("private").asBoolean()).isTrue();
    assertThat(api.post(CONV + "/3/messages", "{\"content\":\"x\",\"message_type\":\"weird\"}").status())
        .isEqualTo(422);
  }

  @Test
  void incomingReopensResolved() {
    api.post(CONV + "/2/toggle_status", "{\"status\":\"resolved\"}");
    api.post(CONV + "/2/messages", "{\"content\":\"again\",\"message_type\":\"incoming\"}");
    assertThat(api.get(CONV + "/2").json().get("status").asText()).isEqualTo("open");
  }

  @Test
  void deletedMessagesStayWithReplacedContent() {
    JsonNode m = api.delete(CONV + "/1/messages/2").json();
    assertThat(m.get("content").asText()).isEqualTo("This message was deleted");
    assertThat(m.at("/content_attributes/deleted").asBoolean()).isTrue();
    assertThat(ids(api.get(CONV + "/1/messages?before=3").json().get("payload"))).containsExactly(1L, 2L);
    assertThat(api.delete(CONV + "/1/messages/999").status()).isEqualTo(404);
  }

  @Test
  void multipartAttachments() throws Exception {
    String boundary = "XyZ-Boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nsee file\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"private\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments[]\"; filename=\"a.png\"\r\n"
        + "Content-Type: image/png\r\n\r\nPNGDATA\r\n--" + boundary + "--\r\n";
    HttpRequest req = HttpRequest.newBuilder(sandbox.url().resolve(CONV + "/3/messages"))
        .header("api-access-token", sandbox.adminToken())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    HttpResponse<String> r = Http.CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode m = Http.MAPPER.readTree(r.body());
    assertThat(m.get("content").asText()).isEqualTo("see file");
    assertThat(m.get("private").asBoolean()).isTrue();
    assertThat(m.at("/attachments/0/file_type").asText()).isEqualTo("image");
    assertThat(m.at("/attachments/0/file_size").asInt()).isEqualTo(7);
    // deleting destroys the attachments
    assertThat(api.delete(CONV + "/3/messages/" + m.get("id").asLong()).json().has("attachments")).isFalse();
  }

  @Test
  void contactConversationsUseTheFullPartial() {
    JsonNode list = api.get("/api/v1/accounts/1/contacts/1/conversations").json().get("payload");
    assertThat(ids(list)).containsExactlyInAnyOrder(1L, 4L);
    assertThat(list.get(0).has("meta")).isTrue();
  }

  @Test
  void reportsComeFromTheRecords() {
    long now = java.time.Instant.now().getEpochSecond();
    String range = "since=" + (now - 8 * 86400) + "&until=" + (now + 60);
    JsonNode summary = api.get("/api/v2/accounts/1/reports/summary?type=account&" + range).json();
    assertThat(summary.get("conversations_count").asLong()).isEqualTo(6);
    assertThat(summary.get("resolutions_count").asLong()).isEqualTo(1);
    assertThat(summary.get("avg_resolution_time").asDouble()).isEqualTo(86400.0);
    // first responses: 20 min (1), 2 h (2), 5 h (4), 30 min (5)
    assertThat(summary.get("avg_first_response_time").asDouble()).isEqualTo((1200 + 7200 + 18000 + 1800) / 4.0);
    assertThat(summary.at("/previous/conversations_count").asLong()).isZero();
    JsonNode series = api.get("/api/v2/accounts/1/reports?metric=conversations_count&type=account&" + range).json();
    assertThat(series.size()).isEqualTo(9);
    long total = 0;
    for (JsonNode p : series) {
      total += p.get("value").asLong();
      assertThat(p.get("timestamp").asLong() % 86400).isZero();
    }
    assertThat(total).isEqualTo(6);
    JsonNode metrics = api.get("/api/v2/accounts/1/reports/conversations?type=account").json();
    assertThat(metrics.get("open").asLong()).isEqualTo(3);
    assertThat(metrics.get("unassigned").asLong()).isEqualTo(2);
    // report_builder.rb agent_metrics ignores user_id: every member of the page, most open conversations first
    JsonNode agents = api.get("/api/v2/accounts/1/reports/conversations?type=agent&user_id=2").json();
    assertThat(agents.size()).isEqualTo(2);
    assertThat(agents.findValuesAsText("name")).contains("Agent Alan");
    JsonNode channels = api.get("/api/v2/accounts/1/summary_reports/channel?" + range).json();
    assertThat(channels.at("/Channel::Api/total").asLong()).isEqualTo(5);
    assertThat(channels.at("/Channel::WebWidget/open").asLong()).isEqualTo(1);
    JsonNode dist = api.get("/api/v2/accounts/1/reports/first_response_time_distribution?" + range).json();
    assertThat(dist.at("/Channel::Api/0-1h").asLong()).isEqualTo(2);
    assertThat(dist.at("/Channel::Api/4-8h").asLong()).isEqualTo(1);
    JsonNode outgoing = api.get("/api/v2/accounts/1/reports/outgoing_messages_count?group_by=inbox&" + range).json();
    assertThat(outgoing.at("/0/outgoing_messages_count").asLong()).isEqualTo(15);
    Http agent = api.as(sandbox.agentToken());
    assertThat(agent.get("/api/v2/accounts/1/reports/summary?type=account").status()).isEqualTo(401);
  }

  @Test
  void reportingEventsAsAnEnterpriseServer() {
    JsonNode events = api.get("/api/v1/accounts/1/reporting_events?name=conversation_resolved").json();
    assertThat(events.at("/meta/count").asLong()).isEqualTo(1);
    assertThat(events.at("/payload/0/conversation_id").asLong()).isEqualTo(2);
    JsonNode conv = api.get(CONV + "/2/reporting_events").json();
    assertThat(conv.isArray()).isTrue();
    List<String> names = new ArrayList<>();
    conv.forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).containsExactly("first_response", "reply_time", "conversation_resolved");
  }
}
