package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One declared resource: its kind, natural key, the fields the file declares (kind removed, values interpolated
 * and typed) and where each field was written.
 *
 * @param kind the kind
 * @param key the natural key, normalised for matching (e.g. a label title in lower case)
 * @param spec the declared fields
 * @param at where the document starts
 * @param fields where each field's name was written (dotted for nested keys)
 */
public record Resource(Kind kind, String key, ObjectNode spec, Loc at, Map<String, Loc> fields) {
  /** Where a field was written, or the document when unknown. */
  public Loc where(String field) {
    return fields.getOrDefault(field, at);
  }

  public JsonNode get(String field) {
    return spec.path(field);
  }

  public boolean has(String field) {
    return spec.has(field);
  }

  /** Kind and display name, e.g. {@code Label vip}. */
  public String title() {
    return kind.name() + " " + kind.display(spec, key);
  }
}
