package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Handler of {@code reports agent-conversations}: every page of agents, then --agent's row alone. */
final class AgentPages implements Handler {
  /** V2::ReportBuilder::AGENT_RESULTS_PER_PAGE. */
  static final int AGENTS_PER_PAGE = 25;

  /** Every page of type=agent (25 agents each, by account membership), then --agent's row alone if given. */
  @Override
  public JsonNode run(Call call) {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (int page = 1; page <= 1000; page++) {
      JsonNode body = call.invoker().send(call.request().withQuery("type", "agent")
          .withQuery("page", String.valueOf(page)));
      if (!body.isArray()) {
        return body;
      }
      rows.addAll((ArrayNode) body);
      if (body.size() < AGENTS_PER_PAGE) {
        break;
      }
    }
    Object agent = call.value("agent");
    if (agent == null) {
      return rows;
    }
    long id = ((Number) agent).longValue();
    ArrayNode one = JsonNodeFactory.instance.arrayNode();
    rows.forEach(r -> {
      if (r.path("id").asLong() == id) {
        one.add(r);
      }
    });
    if (one.isEmpty()) {
      throw new InvalidInput("no agent " + id + " in this account", "'inquirly agents list' shows the agents");
    }
    return one;
  }
}
