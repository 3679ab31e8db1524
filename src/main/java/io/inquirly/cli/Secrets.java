package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.Redactor;
import java.util.Iterator;
import java.util.Map;

/**
 * Masks secrets in server answers before they are shown (a profile carries the user's access token, an
 * inbox its HMAC token): output ends up in terminals, CI logs and tickets. {@code --show-secrets} opts out. Which
 * fields are secret is {@link Redactor#secretField}, the one list.
 */
final class Secrets {
  private Secrets() {}


  /** A copy of the node with every secret field's value masked (the node itself when there are none). */
  static JsonNode mask(JsonNode node) {
    if (!contains(node)) {
      return node;
    }
    JsonNode copy = node.deepCopy();
    maskInPlace(copy);
    return copy;
  }

  private static boolean contains(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (Redactor.secretField(e.getKey()) && e.getValue().isTextual() || contains(e.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        if (contains(n)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void maskInPlace(JsonNode node) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (Redactor.secretField(e.getKey()) && e.getValue().isTextual()) {
          e.setValue(o.textNode(Redactor.maskField(e.getKey(), e.getValue().asText())));
        } else {
          maskInPlace(e.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(Secrets::maskInPlace);
    }
  }
}
