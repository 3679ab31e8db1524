package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small helpers the administration groups share: id lists, enum codes, rule files. */
final class Admin {
  private Admin() {}

  static final String ACCOUNT = "/api/v1/accounts/{account_id}";
  static final String[] MEMBER_COLUMNS = {"id", "name", "email", "role", "availability_status"};

  /** Values given repeatedly or comma-separated, flattened and trimmed. */
  static List<String> words(Object given) {
    List<String> out = new ArrayList<>();
    if (given instanceof List<?> list) {
      for (Object item : list) {
        for (String w : String.valueOf(item).split(",")) {
          if (!w.isBlank()) {
            out.add(w.strip());
          }
        }
      }
    }
    return out;
  }

  /** {@code --user 2 --user 3,4} → body {@code user_ids: [2, 3, 4]}. */
  static Computed userIds(String local, String option) {
    return Computed.of("user_ids", values -> {
      List<String> given = words(values.get(local));
      if (!values.containsKey(local) && given.isEmpty()) {
        return null;
      }
      ArrayNode ids = JsonNodeFactory.instance.arrayNode();
      for (String w : given) {
        if (!w.matches("\\d{1,18}")) {
          throw new InvalidInput("invalid user id '" + w + "' in " + option,
              "give agent ids (whole numbers); 'inquirly agents list' shows them");
        }
        ids.add(Long.parseLong(w));
      }
      return ids;
    });
  }

  /** A local list option whose items become a body string array (repeatable or comma-separated). */
  static Computed stringList(String local, String bodyField, Set<String> allowed, String option) {
    return Computed.of(bodyField, values -> {
      if (values.get(local) == null) {
        return null;
      }
      ArrayNode items = JsonNodeFactory.instance.arrayNode();
      for (String w : words(values.get(local))) {
        if (allowed != null && !allowed.contains(w)) {
          throw new InvalidInput("invalid " + option + " '" + w + "'",
              "use one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        items.add(w);
      }
      return items;
    });
  }

  /** A converter from a name to its integer code ({@code text} → 0), also accepting the code itself. */
  static java.util.function.Function<String, Object> code(String what, List<String> names) {
    return text -> {
      int i = names.indexOf(text);
      if (i < 0 && text.matches("\\d+") && Integer.parseInt(text) < names.size()) {
        i = Integer.parseInt(text);
      }
      if (i < 0) {
        throw new InvalidInput("invalid " + what + " '" + text + "'", "use one of " + String.join(", ", names));
      }
      return (long) i;
    };
  }

  /** A positive whole number as text (for the spec's string-typed ids). */
  static Object idText(String text) {
    if (!text.matches("\\d{1,18}")) {
      throw new InvalidInput("invalid id '" + text + "'", "give a whole number");
    }
    return text;
  }

  /**
   * Reads a YAML or JSON file into the body: every top-level field the flags did not set (flags win).
   */
  static Computed bodyFile(String local) {
    return Computed.fields(values -> {
      Object given = values.get(local);
      if (given == null) {
        return null;
      }
      JsonNode tree;
      Path path = Path.of(String.valueOf(given));
      try {
        tree = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(path));
      } catch (NoSuchFileException e) {
        throw new InvalidInput("no such file: " + path, "check the path given to --file");
      } catch (IOException e) {
        throw new InvalidInput("cannot read " + path + ": " + firstLine(e.getMessage()),
            "the file must be a YAML or JSON object");
      }
      if (tree == null || !tree.isObject()) {
        throw new InvalidInput(path + " is not a YAML/JSON object", "write the rule's fields at the top level");
      }
      ObjectNode fields = JsonNodeFactory.instance.objectNode();
      tree.properties().forEach(e -> {
        if (values.get(e.getKey()) == null) {
          fields.set(e.getKey(), e.getValue());
        }
      });
      return fields;
    });
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
