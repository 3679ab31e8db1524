package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code POST conversations/filter} (Chatwoot {@code Conversations::FilterService}): the same payload and
 * error messages as the contact filter, but enum/id keys take every value (SQL IN), {@code status ["all"]}
 * matches every status, and text keys use values[0]. Keys: the standard conversation keys of NOTES §5 plus
 * any key present in a conversation's custom attributes.
 */
final class ConversationFilter {
  static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

  static {
    List<String> equality = List.of("equal_to", "not_equal_to");
    List<String> text = List.of("equal_to", "not_equal_to", "contains", "does_not_contain");
    List<String> date = List.of("is_greater_than", "is_less_than", "days_before");
    KEYS.put("status", equality);
    KEYS.put("assignee_id", List.of("equal_to", "not_equal_to", "is_present", "is_not_present"));
    KEYS.put("inbox_id", List.of("equal_to", "not_equal_to", "is_present", "is_not_present"));
    KEYS.put("team_id", List.of("equal_to", "not_equal_to", "is_present", "is_not_present"));
    KEYS.put("priority", equality);
    KEYS.put("display_id", List.of("equal_to", "not_equal_to", "contains", "does_not_contain"));
    KEYS.put("campaign_id", List.of("equal_to", "not_equal_to", "is_present", "is_not_present"));
    KEYS.put("labels", List.of("equal_to", "not_equal_to", "is_present", "is_not_present"));
    KEYS.put("browser_language", equality);
    KEYS.put("conversation_language", equality);
    KEYS.put("country_code", equality);
    KEYS.put("referer", text);
    KEYS.put("created_at", date);
    KEYS.put("last_activity_at", date);
    KEYS.put("mail_subject", text);
  }

  private ConversationFilter() {}

  static List<Store.Conversation> apply(Store.Account account, JsonNode payload) {
    return FilterPayload.select(payload, item -> condition(account, item), joins -> account.conversations.values());
  }

  private static Predicate<Store.Conversation> condition(Store.Account account, JsonNode item) {
    String key = Json.text(item, "attribute_key");
    String operator = Json.text(item, "filter_operator");
    List<String> allowed = key == null ? null : KEYS.get(key);
    if (allowed != null && !allowed.contains(operator)) {
      throw ApiError.unprocessable(
          "Invalid operator. The allowed operators for " + key + " are [" + String.join(",", allowed) + "].");
    }
    boolean presence = "is_present".equals(operator) || "is_not_present".equals(operator);
    List<String> values = new ArrayList<>();
    JsonNode v = item.get("values");
    if (v != null && v.isArray()) {
      v.forEach(x -> values.add(x.asText()));
    } else if (v != null && !v.isNull()) {
      values.add(v.asText());
    }
    if (!presence && values.isEmpty()) {
      throw ApiError.unprocessable("Invalid value. The values provided for " + key + " are invalid");
    }
    boolean custom = allowed == null && key != null
        && account.conversations.values().stream().anyMatch(c -> c.customAttributes.has(key));
    if (allowed == null && !custom) {
      throw ApiError.unprocessable("Invalid attribute key - [" + key + "]. The key should be one of ["
          + String.join(",", KEYS.keySet()) + "] or a custom attribute defined in the account.");
    }
    if (custom) {
      return column(c -> Json.text(c.customAttributes, key), operator, values);
    }
    return switch (key) {
      case "status" -> values.contains("all") ? c -> "equal_to".equals(operator)
          : column(c -> c.status, operator, values);
      case "assignee_id" -> column(c -> str(c.assigneeId), operator, values);
      case "inbox_id" -> column(c -> String.valueOf(c.inboxId), operator, values);
      case "team_id" -> column(c -> str(c.teamId), operator, values);
      case "priority" -> column(c -> c.priority, operator, values);
      case "display_id" -> column(c -> String.valueOf(c.displayId), operator, values);
      case "campaign_id" -> column(c -> null, operator, values);
      case "labels" -> switch (operator) {
        case "equal_to" -> c -> values.stream().anyMatch(c.labels::contains);
        case "not_equal_to" -> c -> values.stream().noneMatch(c.labels::contains);
        case "is_present" -> c -> !c.labels.isEmpty();
        default -> c -> c.labels.isEmpty();
      };
      case "created_at" -> date(c -> c.createdAt, key, operator, values.get(0));
      case "last_activity_at" -> date(c -> c.lastActivityAt, key, operator, values.get(0));
      case "browser_language", "conversation_language", "country_code", "referer", "mail_subject" ->
          column(c -> Json.text(c.additionalAttributes, key), operator, values);
      default -> throw new IllegalStateException(key);
    };
  }

  private static String str(Long v) {
    return v == null ? null : String.valueOf(v);
  }

  /** equal_to = IN (values), contains = ILIKE values[0]; a NULL column matches only is_not_present. */
  private static Predicate<Store.Conversation> column(Function<Store.Conversation, String> col, String operator,
      List<String> values) {
    List<String> lower = values.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    return c -> {
      String value = col.apply(c);
      if ("is_present".equals(operator)) {
        return value != null;
      }
      if ("is_not_present".equals(operator)) {
        return value == null;
      }
      if (value == null) {
        return false;
      }
      String l = value.toLowerCase(Locale.ROOT);
      return switch (operator) {
        case "equal_to" -> lower.contains(l);
        case "not_equal_to" -> !lower.contains(l);
        case "contains" -> l.contains(lower.get(0));
        case "does_not_contain" -> !l.contains(lower.get(0));
        default -> false;
      };
    };
  }

  private static Predicate<Store.Conversation> date(Function<Store.Conversation, Long> col, String key,
      String operator, String value) {
    return FilterPayload.date(col, key, operator, value);
  }
}
