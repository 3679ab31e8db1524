package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Param.Type;
import io.inquirly.http.ApiException;
import java.util.List;
import java.util.Map;

/** Handler of {@code conversations attributes}: read-modify-write of custom_attributes. */
final class AttributeMerge implements Handler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Read-modify-write of custom_attributes (the server assigns the object it gets). */
  @Override
  public JsonNode run(Call call) {
    @SuppressWarnings("unchecked")
    Map<String, Object> given = (Map<String, Object>) call.value("custom_attributes");
    List<String> unset = call.list("unset");
    boolean replace = Boolean.TRUE.equals(call.value("replace"));
    if ((given == null || given.isEmpty()) && unset.isEmpty() && !replace) {
      throw new InvalidInput("nothing to change", "give --attr KEY=VALUE, --unset KEY, or --replace to clear all");
    }
    ObjectNode next = NODES.objectNode();
    if (!replace) {
      JsonNode current;
      try {
        current = call.send("GET", ConversationsApi.ONE, null).path("custom_attributes");
      } catch (ApiException e) {
        if (!ShowAfterChange.refusedToBots(e)) {
          throw e;
        }
        // bots may POST custom_attributes but not GET the conversation (access_token_auth_helper.rb)
        throw new InvalidInput("an agent-bot token cannot read the conversation, so its custom attributes cannot "
            + "be merged", "pass --replace to send exactly the --attr given (the server replaces the whole set)");
      }
      if (current.isObject()) {
        next.setAll((ObjectNode) current);
      }
    }
    if (given != null) {
      next.setAll((ObjectNode) Invoker.toJson(Param.body("custom_attributes", null, "").type(Type.MAP), given));
    }
    unset.forEach(next::remove);
    return call.with("custom_attributes", next).send();
  }
}
