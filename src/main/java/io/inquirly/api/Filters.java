package io.inquirly.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code --where 'email contains @acme'} conditions into the server's filter payload
 * ({@code [{attribute_key, filter_operator, values, query_operator}]}).
 */
public final class Filters {
  private Filters() {}

  /** Operator words and symbols users type, mapped to the server's operator names. */
  static final Map<String, String> OPERATORS = new LinkedHashMap<>();

  static {
    for (String op : List.of("equal_to", "not_equal_to", "contains", "does_not_contain", "is_present",
        "is_not_present", "is_greater_than", "is_less_than", "days_before", "starts_with")) {
      OPERATORS.put(op, op);
    }
    OPERATORS.put("=", "equal_to");
    OPERATORS.put("==", "equal_to");
    OPERATORS.put("!=", "not_equal_to");
    OPERATORS.put("~", "contains");
    OPERATORS.put("!~", "does_not_contain");
    OPERATORS.put(">", "is_greater_than");
    OPERATORS.put("<", "is_less_than");
    OPERATORS.put("present", "is_present");
    OPERATORS.put("missing", "is_not_present");
  }

  private static final Set<String> NO_VALUE = Set.of("is_present", "is_not_present");
  /** Keys whose values are ids or enum names, where a comma separates several values. */
  private static final Set<String> MULTI_VALUE_KEYS = Set.of("status", "priority", "assignee_id", "inbox_id",
      "team_id", "labels", "display_id", "campaign_id");

  /**
   * Builds the payload; conditions are joined with AND, or OR when {@code any}. The last condition carries no
   * {@code query_operator}: the server appends each item's operator to its SQL condition
   * (chatwoot-4.10/app/helpers/filters/filter_helper.rb), so a trailing AND/OR breaks the query, while the spec
   * types the field as the string AND/OR and rejects null. Omitting the key satisfies both.
   */
  public static ArrayNode payload(List<String> conditions, boolean any) {
    ArrayNode payload = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < conditions.size(); i++) {
      ObjectNode item = parse(conditions.get(i));
      if (i < conditions.size() - 1) {
        item.put("query_operator", any ? "OR" : "AND");
      }
      payload.add(item);
    }
    return payload;
  }

  /** One condition: {@code KEY OPERATOR [VALUE]}. */
  static ObjectNode parse(String condition) {
    String text = condition.strip();
    String[] parts = text.split("\\s+", 3);
    if (parts.length < 2) {
      throw bad(condition, "expected KEY OPERATOR VALUE");
    }
    String key = parts[0];
    String op = OPERATORS.get(parts[1].toLowerCase(Locale.ROOT));
    if (op == null) {
      throw bad(condition, "unknown operator '" + parts[1] + "'");
    }
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    item.put("attribute_key", key);
    item.put("filter_operator", op);
    ArrayNode values = item.putArray("values");
    if (NO_VALUE.contains(op)) {
      if (parts.length == 3) {
        throw bad(condition, "'" + parts[1] + "' takes no value");
      }
      return item;
    }
    if (parts.length < 3) {
      throw bad(condition, "'" + parts[1] + "' needs a value");
    }
    String value = unquote(parts[2]);
    if (MULTI_VALUE_KEYS.contains(key)) {
      for (String v : value.split(",")) {
        values.add(v.strip());
      }
    } else {
      values.add(value);
    }
    return item;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static InvalidInput bad(String condition, String why) {
    return new InvalidInput("invalid --where '" + condition + "': " + why,
        "write KEY OPERATOR VALUE, e.g. --where 'email contains @acme'; operators: "
            + String.join(", ", OPERATORS.keySet()));
  }
}
