package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Handler of {@code conversations assign}: team, then agent, by id, me, e-mail or none. */
final class Assignment implements Handler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Team first (team_id), then agent (assignee_id): the server ignores team_id when assignee_id is present.
   * "none" sends id 0: the server's {@code find_by(id:)} finds nothing and clears the assignment (the spec
   * types the ids as numbers, so null is avoided). Answers a summary of what was set.
   */
  @Override
  public JsonNode run(Call call) {
    String agent = (String) call.value("agent");
    String team = (String) call.value("team");
    if (agent == null && team == null) {
      throw new InvalidInput("nothing to assign", "give --agent ID|me|EMAIL|none and/or --team ID|none");
    }
    ObjectNode summary = NODES.objectNode();
    summary.put("conversation_id", ((Number) call.value("conversation_id")).longValue());
    if (team != null) {
      ObjectNode body = NODES.objectNode();
      JsonNode id = idOrNull("--team", team);
      body.set("team_id", id.isNull() ? NODES.numberNode(0) : id);
      JsonNode answer = call.send("POST", ConversationsApi.ONE + "/assignments", body);
      summary.set("team_id", id);
      summary.set("team", answer.path("name").isMissingNode() ? NODES.nullNode() : answer.path("name"));
    }
    if (agent != null) {
      ObjectNode body = NODES.objectNode();
      JsonNode id = agentId(call, agent);
      body.set("assignee_id", id.isNull() ? NODES.numberNode(0) : id);
      JsonNode answer = call.send("POST", ConversationsApi.ONE + "/assignments", body);
      summary.set("assignee_id", id);
      summary.set("assignee", answer.path("name").isMissingNode() ? NODES.nullNode() : answer.path("name"));
    }
    return summary;
  }

  private static JsonNode idOrNull(String option, String text) {
    if (text.equalsIgnoreCase("none")) {
      return NODES.nullNode();
    }
    if (!text.matches("\\d{1,18}")) {
      throw new InvalidInput("invalid " + option + " '" + text + "'", "give a numeric id, or none");
    }
    return NODES.numberNode(Long.parseLong(text));
  }

  /** me → GET /api/v1/profile; an e-mail → the agents list; none → null; else a numeric id. */
  static JsonNode agentId(Call call, String agent) {
    if (agent.equalsIgnoreCase("me")) {
      JsonNode profile = call.send("GET", ProfileApi.PATH, null);
      return NODES.numberNode(profile.path("id").asLong());
    }
    if (agent.contains("@")) {
      JsonNode agents = call.send("GET", "/api/v1/accounts/{account_id}/agents", null);
      for (JsonNode a : agents.isArray() ? agents : agents.path("payload")) {
        if (a.path("email").asText().equalsIgnoreCase(agent)) {
          return NODES.numberNode(a.path("id").asLong());
        }
      }
      throw new InvalidInput("no agent with e-mail " + agent + " in this account",
          "'inquirly agents list' shows the agents");
    }
    return idOrNull("--agent", agent);
  }
}
