package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.Redactor;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Masks secrets in server answers before they are shown (a profile carries the user's access token, an
 * inbox its HMAC token): output ends up in terminals, CI logs and tickets. {@code --show-secrets} opts out. Which
 * fields are secret is {@link Redactor#secretField}, the one list; values the run knows as secret (its own tokens)
 * are masked wherever a server echoes them.
 */
final class Secrets {
  private Secrets() {}

  /** A copy of the node with every secret field's value masked (the node itself when there are none). */
  static JsonNode mask(JsonNode node) {
    return mask(node, List.of());
  }

  /** As {@link #mask(JsonNode)}, also masking these known secret values inside any string. */
  static JsonNode mask(JsonNode node, Collection<String> known) {
    List<String> values = known.stream().filter(v -> v != null && v.length() >= 4).toList();
    if (!contains(node, values)) {
      return node;
    }
    JsonNode copy = node.deepCopy();
    maskInPlace(copy, values);
    return copy;
  }

  private static boolean holds(JsonNode text, List<String> values) {
    if (!text.isTextual() || values.isEmpty()) {
      return false;
    }
    String s = text.asText();
    for (String v : values) {
      if (s.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static String replaced(String s, List<String> values) {
    for (String v : values) {
      s = s.replace(v, Redactor.MASK);
    }
    return s;
  }

  private static boolean contains(JsonNode node, List<String> values) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (Redactor.secretField(e.getKey()) && e.getValue().isTextual() || contains(e.getValue(), values)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        if (contains(n, values)) {
          return true;
        }
      }
    } else {
      return holds(node, values);
    }
    return false;
  }

  private static void maskInPlace(JsonNode node, List<String> values) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (Redactor.secretField(e.getKey()) && e.getValue().isTextual()) {
          e.setValue(o.textNode(Redactor.maskField(e.getKey(), e.getValue().asText())));
        } else if (holds(e.getValue(), values)) {
          e.setValue(o.textNode(replaced(e.getValue().asText(), values)));
        } else {
          maskInPlace(e.getValue(), values);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (holds(a.get(i), values)) {
          a.set(i, a.textNode(replaced(a.get(i).asText(), values)));
        } else {
          maskInPlace(a.get(i), values);
        }
      }
    }
  }
}
