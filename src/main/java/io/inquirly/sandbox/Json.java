package io.inquirly.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSON helpers of the sandbox (its own mapper: nothing shared with the client side). */
final class Json {
  /** Configured once, never reconfigured: safe to share between threads and sandboxes. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a request body; throws {@link IOException} when it is not JSON. */
  static JsonNode parse(byte[] body) throws IOException {
    return MAPPER.readTree(body);
  }

  /** Text of a scalar field, or null when absent/null; numbers and booleans become their text. */
  static String text(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /** Deep copy of an object node, or an empty object when the value is not an object. */
  static ObjectNode objectOrEmpty(JsonNode node) {
    return node != null && node.isObject() ? ((ObjectNode) node).deepCopy() : object();
  }

  /** Rails {@code Hash#deep_merge}: values of {@code preferred} win, nested objects merge. */
  static ObjectNode deepMerge(ObjectNode base, ObjectNode preferred) {
    ObjectNode result = base.deepCopy();
    for (Map.Entry<String, JsonNode> e : preferred.properties()) {
      JsonNode existing = result.get(e.getKey());
      if (existing != null && existing.isObject() && e.getValue().isObject()) {
        result.set(e.getKey(), deepMerge((ObjectNode) existing, (ObjectNode) e.getValue()));
      } else {
        result.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return result;
  }
}
