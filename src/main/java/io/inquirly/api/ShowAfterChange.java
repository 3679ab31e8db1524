package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiException;

/**
 * Handler of {@code conversations priority}: toggle_priority answers an empty 200, so the conversation is shown
 * after the change (not in a dry run).
 */
final class ShowAfterChange implements Handler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Sends the change, then shows the conversation. An agent-bot token may toggle priority but not read a
   * conversation (BOT_ACCESSIBLE_ENDPOINTS, chatwoot-4.10/app/controllers/concerns/access_token_auth_helper.rb):
   * then the change has landed and what was set is shown instead.
   */
  @Override
  public JsonNode run(Call call) {
    JsonNode answer = call.send();
    if (call.invoker().dryRun()) {
      return answer;
    }
    try {
      return call.send("GET", ConversationsApi.ONE, null);
    } catch (ApiException e) {
      if (!refusedToBots(e)) {
        throw e;
      }
      ObjectNode summary = NODES.objectNode();
      summary.put("id", ((Number) call.value("conversation_id")).longValue());
      Object priority = call.value("priority");
      summary.set("priority", priority instanceof JsonNode n ? n : NODES.textNode(String.valueOf(priority)));
      return summary;
    }
  }

  /** The server's 401 for a bot token on an endpoint outside BOT_ACCESSIBLE_ENDPOINTS. */
  static boolean refusedToBots(ApiException e) {
    return e.status() == 401 && e.getMessage() != null
        && e.getMessage().contains("Access to this endpoint is not authorized for bots");
  }
}
