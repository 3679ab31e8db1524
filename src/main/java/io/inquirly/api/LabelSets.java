package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Label lists of contacts and conversations, which the server only ever replaces whole. */
final class LabelSets {
  private LabelSets() {}

  /**
   * Adds or removes labels: reads the current list at {@code listPath} and sends the complete new set as the
   * operation's {@code labels}, so labels someone else set are kept.
   */
  static JsonNode change(Call call, String listPath, boolean add) {
    JsonNode current = call.send("GET", listPath, null);
    Set<String> labels = new LinkedHashSet<>();
    current.path("payload").forEach(l -> labels.add(l.asText()));
    List<String> given = call.list("labels");
    if (add) {
      labels.addAll(given);
    } else {
      given.forEach(labels::remove);
    }
    return call.with("labels", new ArrayList<>(labels)).send();
  }
}
