package io.inquirly.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;

/**
 * YAML rendering; the class (and SnakeYAML) is only loaded when -o yaml is used. Quotes are minimised
 * but strings that would read back as another type ("123", "true", "null") stay quoted.
 */
final class Yaml {
  private Yaml() {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());

  /** One value as a YAML document without the "---" marker, ending with a newline. */
  static String document(JsonNode value) {
    try {
      String s = MAPPER.writeValueAsString(value);
      return s.endsWith("\n") ? s : s + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One element of a top-level sequence, so a list can be streamed: the element's document with "- "
   * before its first line and two spaces before the others (uniform indentation keeps block YAML
   * valid).
   */
  static String sequenceItem(JsonNode value) {
    String doc = document(value);
    StringBuilder sb = new StringBuilder(doc.length() + 16);
    boolean first = true;
    for (String line : doc.substring(0, doc.length() - 1).split("\n", -1)) {
      sb.append(first ? "- " : line.isEmpty() ? "" : "  ").append(line).append('\n');
      first = false;
    }
    return sb.toString();
  }
}
