package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the contact and conversation filters share: the payload's AND/OR joins, validated as the server does,
 * and evaluating the conditions with them (AND binds tighter than OR, as in SQL).
 */
final class FilterPayload {
  private FilterPayload() {}

  /**
   * The join after each item of the payload (the last one is "AND" and unused). AND/OR join an item to the next
   * one: required between items, absent (null or "") on the last one. The real server fails with a SQL error
   * (500) on a missing or trailing operator; 422 is clearer.
   */
  private static List<String> joins(JsonNode payload) {
    if (payload == null || !payload.isArray()) {
      throw ApiError.unprocessable("param is missing or the value is empty: payload");
    }
    List<String> joins = new ArrayList<>();
    for (int i = 0; i < payload.size(); i++) {
      String op = Json.text(payload.get(i), "query_operator");
      op = op == null || op.isEmpty() ? null : op.toUpperCase(Locale.ROOT);
      boolean valid = i == payload.size() - 1 ? op == null : "AND".equals(op) || "OR".equals(op);
      if (!valid) {
        throw ApiError.unprocessable("Query operator must be either \"AND\" or \"OR\".");
      }
      joins.add(op == null ? "AND" : op);
    }
    return joins;
  }

  /**
   * The records matching the payload, in the order {@code candidates} gives them (which may use the joins to
   * narrow the search); 422 for an invalid payload, before any record is looked at.
   */
  static <T> List<T> select(JsonNode payload, Function<JsonNode, Predicate<T>> condition,
      Function<List<String>, Collection<T>> candidates) {
    List<String> joins = joins(payload);
    List<Predicate<T>> conditions = new ArrayList<>();
    for (JsonNode item : payload) {
      conditions.add(condition.apply(item));
    }
    List<T> out = new ArrayList<>();
    for (T record : candidates.apply(joins)) {
      if (matches(record, conditions, joins)) {
        out.add(record);
      }
    }
    return out;
  }

  /** Whether the record satisfies the conditions joined by {@code joins}. */
  private static <T> boolean matches(T record, List<Predicate<T>> conditions, List<String> joins) {
    if (conditions.isEmpty()) {
      return true;
    }
    boolean any = false;
    boolean group = conditions.get(0).test(record);
    for (int i = 1; i < conditions.size(); i++) {
      if (joins.get(i - 1).equals("OR")) {
        any |= group;
        group = conditions.get(i).test(record);
      } else {
        group = group && conditions.get(i).test(record);
      }
    }
    return any || group;
  }

  /**
   * A date condition, compared by UTC day as the server's filter services do: is_greater_than/is_less_than take
   * YYYY-MM-DD, days_before takes N (N days before today); a record without the date matches nothing.
   */
  static <T> Predicate<T> date(Function<T, Long> column, String key, String operator, String value) {
    java.time.LocalDate bound;
    String op = operator;
    try {
      if ("days_before".equals(operator)) {
        bound = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(Long.parseLong(value.strip()));
        op = "is_less_than";
      } else {
        bound = java.time.LocalDate.parse(value.strip());
      }
    } catch (java.time.format.DateTimeParseException | NumberFormatException | NullPointerException e) {
      throw ApiError.unprocessable("Invalid value. The values provided for " + key + " are invalid");
    }
    boolean after = op.equals("is_greater_than");
    return record -> {
      Long epoch = column.apply(record);
      if (epoch == null) {
        return false;
      }
      java.time.LocalDate day = java.time.Instant.ofEpochSecond(epoch).atZone(java.time.ZoneOffset.UTC).toLocalDate();
      return after ? day.isAfter(bound) : day.isBefore(bound);
    };
  }
}
