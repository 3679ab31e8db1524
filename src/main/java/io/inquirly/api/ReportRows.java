package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Report answers keyed by name or laid out as a matrix, reshaped into rows for tables. */
final class ReportRows {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** {@code {"Channel::Api": {...}}} → {@code [{"channel_type": "Channel::Api", ...}]}. */
  static JsonNode rows(JsonNode body, String keyName) {
    ArrayNode out = NODES.arrayNode();
    body.fields().forEachRemaining(e -> {
      ObjectNode row = out.addObject();
      row.put(keyName, e.getKey());
      if (e.getValue().isObject()) {
        row.setAll((ObjectNode) e.getValue());
      }
    });
    return out;
  }

  /** {@code {inboxes, labels, matrix}} → one row per inbox × label. */
  static JsonNode matrix(JsonNode body) {
    ArrayNode out = NODES.arrayNode();
    JsonNode inboxes = body.path("inboxes");
    JsonNode labels = body.path("labels");
    for (int i = 0; i < inboxes.size(); i++) {
      for (int j = 0; j < labels.size(); j++) {
        ObjectNode row = out.addObject();
        row.set("inbox_id", inboxes.get(i).path("id"));
        row.set("inbox", inboxes.get(i).path("name"));
        row.set("label_id", labels.get(j).path("id"));
        row.set("label", labels.get(j).path("title"));
        row.set("conversations", body.path("matrix").path(i).path(j));
      }
    }
    return out;
  }
}
