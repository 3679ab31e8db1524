package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code POST contacts/filter} (Chatwoot {@code Contacts::FilterService} + {@code lib/filters/filter_keys.yml}).
 * Validation order as the server: every query_operator first, then per item the operator, the values and
 * finally the key. Only {@code values[0]} is used; phone numbers get a {@code +}; text is compared
 * lower-cased. Items combine left to right with SQL precedence (AND before OR).
 */
final class ContactFilter {

  /** Standard contact keys and their allowed operators, in filter_keys.yml order. */
  static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

  static {
    List<String> text = List.of("equal_to", "not_equal_to", "contains", "does_not_contain");
    List<String> equality = List.of("equal_to", "not_equal_to");
    List<String> date = List.of("is_greater_than", "is_less_than", "days_before");
    KEYS.put("name", text);
    KEYS.put("phone_number", List.of("equal_to", "not_equal_to", "contains", "does_not_contain", "starts_with"));
    KEYS.put("email", text);
    KEYS.put("identifier", equality);
    KEYS.put("country_code", equality);
    KEYS.put("city", text);
    KEYS.put("company", text);
    KEYS.put("labels", List.of("equal_to", "not_equal_to", "is_present", "is_not_present"));
    KEYS.put("created_at", date);
    KEYS.put("last_activity_at", date);
    KEYS.put("blocked", equality);
  }

  private ContactFilter() {}

  /** The contacts of the account matching the payload; 422 {@code {"error": ...}} for invalid payloads. */
  static List<Store.Contact> apply(Store.Account account, JsonNode payload) {
    return FilterPayload.select(payload, item -> condition(account, item),
        joins -> candidates(account, payload, joins));
  }

  /**
   * The contacts the payload can match, in id order. For {@code equal_to} on email, phone or identifier, alone or
   * joined by OR (what an import asks for every row), only those holding one of the keys, from the account's key
   * maps; otherwise every contact. The conditions are still checked on each.
   */
  private static java.util.Collection<Store.Contact> candidates(Store.Account account, JsonNode payload,
      List<String> joins) {
    java.util.SortedSet<Long> ids = new java.util.TreeSet<>();
    for (int i = 0; i < payload.size(); i++) {
      java.util.Collection<Long> some = keyed(account.contactKeys, payload.get(i));
      if (some == null || (i < payload.size() - 1 && !joins.get(i).equals("OR"))) {
        return account.contacts.values();
      }
      ids.addAll(some);
    }
    List<Store.Contact> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(account.contacts.get(id)));
    return out;
  }

  /** The ids an {@code equal_to} item on a unique key can match, or null for any other item. */
  private static java.util.Collection<Long> keyed(Store.ContactKeys keys, JsonNode item) {
    String value = item.path("values").path(0).asText(null);
    if (!"equal_to".equals(Json.text(item, "filter_operator")) || value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT); // as text() compares
    return switch (String.valueOf(Json.text(item, "attribute_key"))) {
      case "email" -> idOrNone(keys.byEmail.get(v));
      case "phone_number" -> idOrNone(keys.byPhone.get(("+" + value.replace("+", "")).strip()));
      case "identifier" -> keys.byLowerIdentifier.getOrDefault(v, java.util.Collections.emptySortedSet());
      default -> null;
    };
  }

  private static java.util.Collection<Long> idOrNone(Long id) {
    return id == null ? List.of() : List.of(id);
  }


  /** a AND b OR c AND d → (a AND b) OR (c AND d). */

  private static Predicate<Store.Contact> condition(Store.Account account, JsonNode item) {
    String key = Json.text(item, "attribute_key");
    String operator = Json.text(item, "filter_operator");
    List<String> allowed = key == null ? null : KEYS.get(key);
    if (allowed != null && !allowed.contains(operator)) {
      throw ApiError.unprocessable(
          "Invalid operator. The allowed operators for " + key + " are [" + String.join(",", allowed) + "].");
    }
    JsonNode values = item.get("values");
    boolean presence = "is_present".equals(operator) || "is_not_present".equals(operator);
    JsonNode first = values == null || values.isNull() ? null : values.isArray() ? values.get(0) : values;
    if (!presence && (first == null || (values.isArray() && values.isEmpty()))) {
      throw ApiError.unprocessable("Invalid value. The values provided for " + key + " are invalid");
    }
    String value = first == null || first.isNull() ? null : first.asText();
    if (allowed == null) {
      String type = key == null ? null : account.contactAttributeTypes.get(key);
      if (type == null) {
        throw ApiError.unprocessable(
            "Invalid attribute key - ["
                + key
                + "]. The key should be one of ["
                + String.join(",", KEYS.keySet())
                + "] or a custom attribute defined in the account.");
      }
      return customAttribute(key, type, operator, value);
    }
    return switch (key) {
      case "name" -> text(c -> c.name, operator, value);
      case "email" -> text(c -> c.email, operator, value);
      case "identifier" -> text(c -> c.identifier, operator, value);
      case "phone_number" -> text(c -> c.phoneNumber, operator, "+" + (value == null ? "" : value.replace("+", "")));
      case "country_code" -> text(c -> Json.text(c.additionalAttributes, "country_code"), operator, value);
      case "city" -> text(c -> Json.text(c.additionalAttributes, "city"), operator, value);
      case "company" -> text(c -> Json.text(c.additionalAttributes, "company_name"), operator, value);
      case "labels" -> labels(operator, value);
      case "created_at" -> date(c -> c.createdAt, key, operator, value);
      case "last_activity_at" -> date(c -> c.lastActivityAt, key, operator, value);
      case "blocked" -> {
        boolean wanted = "true".equalsIgnoreCase(value) || "1".equals(value);
        yield "equal_to".equals(operator) ? c -> c.blocked == wanted : c -> c.blocked != wanted;
      }
      default -> throw new IllegalStateException(key);
    };
  }

  /** Text compared lower-cased; a NULL column never matches (SQL three-valued logic). */
  private static Predicate<Store.Contact> text(
      java.util.function.Function<Store.Contact, String> column, String operator, String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return c -> {
      String col = column.apply(c);
      if (col == null) {
        return false;
      }
      String lower = col.toLowerCase(Locale.ROOT);
      return switch (operator) {
        case "equal_to" -> lower.equals(v);
        case "not_equal_to" -> !lower.equals(v);
        case "contains" -> ContactQueries.like(col, "%" + v + "%", true);
        case "does_not_contain" -> !ContactQueries.like(col, "%" + v + "%", true);
        case "starts_with" -> ContactQueries.like(col, v + "%", false);
        default -> false;
      };
    };
  }

  private static Predicate<Store.Contact> labels(String operator, String value) {
    return switch (operator) {
      case "equal_to" -> c -> c.labels.contains(value);
      case "not_equal_to" -> c -> !c.labels.contains(value);
      case "is_present" -> c -> !c.labels.isEmpty();
      default -> c -> c.labels.isEmpty();
    };
  }

  private static Predicate<Store.Contact> date(
      java.util.function.Function<Store.Contact, Long> column, String key, String operator, String value) {
    return FilterPayload.date(column, key, operator, value);
  }

  private static Predicate<Store.Contact> customAttribute(String key, String type, String operator, String value) {
    java.util.function.Function<Store.Contact, String> column = c -> Json.text(c.customAttributes, key);
    return switch (type) {
      case "date" -> date(
          c -> {
            String v = column.apply(c);
            try {
              return v == null ? null : LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            } catch (DateTimeParseException e) {
              return null;
            }
          },
          key,
          operator,
          value);
      case "number", "currency", "percent" -> c -> {
        String v = column.apply(c);
        if (v == null || value == null) {
          return "is_not_present".equals(operator) ? v == null : "is_present".equals(operator) && v != null;
        }
        try {
          int cmp = Double.compare(Double.parseDouble(v), Double.parseDouble(value));
          return switch (operator) {
            case "equal_to" -> cmp == 0;
            case "not_equal_to" -> cmp != 0;
            case "is_greater_than" -> cmp > 0;
            case "is_less_than" -> cmp < 0;
            default -> false;
          };
        } catch (NumberFormatException e) {
          return false;
        }
      };
      default -> {
        if ("is_present".equals(operator)) {
          yield c -> column.apply(c) != null;
        }
        if ("is_not_present".equals(operator)) {
          yield c -> column.apply(c) == null;
        }
        yield text(column, operator, value);
      }
    };
  }
}
