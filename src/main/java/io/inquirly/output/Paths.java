package io.inquirly.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dotted column paths ({@code custom_attributes.plan}, {@code contact_inboxes.0.source_id}). */
final class Paths {
  private Paths() {}

  /**
   * The value at a dotted path, or {@link MissingNode} when absent. Segments index objects by field
   * name and arrays by non-negative integer. A field whose name itself contains dots is found when it
   * matches the whole remaining path exactly.
   */
  static JsonNode resolve(JsonNode root, String path) {
    if (root != null && root.isValueNode()) {
      return root; // a list of plain values (e.g. label names): the value fills the column
    }
    JsonNode node = root;
    String rest = path;
    while (node != null && !node.isMissingNode()) {
      if (node.isObject()) {
        JsonNode exact = node.get(rest);
        if (exact != null) {
          return exact;
        }
      }
      int dot = rest.indexOf('.');
      String segment = dot < 0 ? rest : rest.substring(0, dot);
      node = step(node, segment);
      if (dot < 0) {
        break;
      }
      rest = rest.substring(dot + 1);
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  private static JsonNode step(JsonNode node, String segment) {
    if (node.isObject()) {
      return node.get(segment);
    }
    if (node.isArray() && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
      try {
        return node.get(Integer.parseInt(segment));
      } catch (NumberFormatException tooBig) {
        return null;
      }
    }
    return null;
  }

  /** The last segment of a path ({@code created_at} for {@code meta.created_at}). */
  static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** The top-level field names of a record, used as columns when a command has no defaults. */
  static List<String> fieldNames(JsonNode record) {
    List<String> names = new ArrayList<>();
    if (record != null && record.isObject()) {
      record.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  /**
   * Nested objects flattened to dotted keys in field order; arrays and scalars are leaves; an empty
   * object is a leaf too (so the key stays visible). A non-object root is one entry with key "value".
   */
  static Map<String, JsonNode> flatten(JsonNode record) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (record == null || !record.isObject()) {
      out.put("value", record == null ? MissingNode.getInstance() : record);
    } else {
      flatten("", record, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject() && (node.size() > 0 || prefix.isEmpty())) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else {
      out.put(prefix, node);
    }
  }
}
