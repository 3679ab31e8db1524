package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * {@code public contacts create}: signs the request (see {@link IdentitySigning}) and reshapes the answer. The
 * server answers {@code {source_id, pubsub_token, id, name, email, phone_number}}; the record shows the
 * source_id first and the contact's id as {@code contact_id}, so that {@code -o ids} prints the contact
 * identifier that the other public commands take.
 */
final class VisitorContact implements Handler {
  @Override
  public JsonNode run(Call call) {
    JsonNode answer = IdentitySigning.signed(call).send();
    if (!answer.isObject()) {
      return answer;
    }
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.set("source_id", answer.get("source_id"));
    record.set("contact_id", answer.get("id"));
    answer.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("id") && !e.getKey().equals("source_id")) {
        record.set(e.getKey(), e.getValue());
      }
    });
    return record;
  }

  /** The status line: how to address the contact in the other public commands. */
  static String identifierLine(Map<String, Object> values, JsonNode answer) {
    String sourceId = answer.path("source_id").asText("");
    if (sourceId.isEmpty()) {
      return null;
    }
    return "Contact identifier: " + sourceId + " (export INQUIRLY_CONTACT_IDENTIFIER=" + sourceId
        + ", or pass --contact-identifier " + sourceId + ")";
  }
}
