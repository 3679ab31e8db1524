package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Sorting (Sift {@code sort=-name}), SQL LIKE matching and page envelopes shared by list, search and filter. */
final class ContactQueries {
  static final int RESULTS_PER_PAGE = 15;

  private ContactQueries() {}

  /**
   * Sorts by the {@code sort} parameter ({@code name|email|phone_number|last_activity_at|created_at|
   * company|city|country}, as contacts_controller.rb's sort_on, {@code -} for descending); unknown or absent keys keep id order. NULLs sort
   * like PostgreSQL: last ascending, first descending, except name and last_activity_at (NULLS LAST).
   */
  static List<Store.Contact> sort(List<Store.Contact> contacts, String sortParam) {
    if (sortParam == null || sortParam.isBlank()) {
      return contacts; // the account's map keeps contacts in id order already
    }
    List<Store.Contact> out = new ArrayList<>(contacts);
    out.sort(Comparator.comparingLong(c -> c.id));
    boolean descending = sortParam.startsWith("-");
    String key = descending ? sortParam.substring(1) : sortParam;
    Function<Store.Contact, Comparable<?>> value;
    boolean nullsLastAlways = false;
    switch (key) {
      case "name" -> {
        value = c -> c.name == null || c.name.isEmpty() ? null : c.name.toLowerCase(Locale.ROOT);
        nullsLastAlways = true;
      }
      case "email" -> value = c -> c.email;
      case "phone_number" -> value = c -> c.phoneNumber;
      case "last_activity_at" -> {
        value = c -> c.lastActivityAt;
        nullsLastAlways = true;
      }
      case "created_at" -> value = c -> c.createdAt;
      case "company" -> value = c -> lower(Json.text(c.additionalAttributes, "company_name"));
      case "city" -> value = c -> lower(Json.text(c.additionalAttributes, "city"));
      case "country" -> value = c -> lower(Json.text(c.additionalAttributes, "country"));
      default -> {
        return out;
      }
    }
    final boolean nullsLast = nullsLastAlways;
    Comparator<Store.Contact> cmp =
        (a, b) -> {
          @SuppressWarnings({"unchecked", "rawtypes"})
          Comparable<Object> va = (Comparable) value.apply(a);
          Object vb = value.apply(b);
          if (va == null || vb == null) {
            if (va == vb) {
              return 0;
            }
            int nullFirst = va == null ? 1 : -1; // null is "greater" in PostgreSQL
            return nullsLast || !descending ? nullFirst : -nullFirst;
          }
          int c = va.compareTo(vb);
          return descending ? -c : c;
        };
    out.sort(cmp.thenComparingLong(c -> c.id));
    return out;
  }

  /** {@code value ILIKE pattern} (or LIKE when case-sensitive) with SQL wildcards % and _. */
  static boolean like(String value, String sqlPattern, boolean caseInsensitive) {
    if (value == null) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < sqlPattern.length(); i++) {
      char ch = sqlPattern.charAt(i);
      if (ch == '%') {
        regex.append(".*");
      } else if (ch == '_') {
        regex.append('.');
      } else if (ch == '\\' && i + 1 < sqlPattern.length()) {
        regex.append(Pattern.quote(String.valueOf(sqlPattern.charAt(++i))));
      } else {
        regex.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    return Pattern.compile(regex.toString(), flags).matcher(value).matches();
  }

  /** The page number as the request sent it (string from the query, number from a JSON body), else 1. */
  static JsonNode currentPage(Request request) {
    JsonNode page = request.param("page");
    return page == null || page.isNull() ? IntNode.valueOf(1) : page;
  }

  static int pageNumber(Request request) {
    JsonNode page = request.param("page");
    if (page == null || page.isNull()) {
      return 1;
    }
    return page.isNumber() ? Math.max(1, page.asInt()) : Ids.page(page.asText());
  }

  /** include_contact_inboxes: true unless the parameter is present and not "true". */
  static boolean includeContactInboxes(Request request) {
    String v = request.paramText("include_contact_inboxes");
    return v == null || v.isEmpty() || v.equals("true");
  }

  static List<Store.Contact> slice(List<Store.Contact> all, int page, int size) {
    long from = (long) (page - 1) * RESULTS_PER_PAGE;
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  /** {@code {"meta":{"count":total,"current_page":page},"payload":[...]}} (index and filter). */
  static ObjectNode countedPage(Call call, List<Store.Contact> sorted) {
    return page(call, slice(sorted, pageNumber(call.request()), RESULTS_PER_PAGE), sorted.size());
  }

  /** The envelope of one page whose records are already chosen, with the total count. */
  static ObjectNode page(Call call, List<Store.Contact> page, long count) {
    Request request = call.request();
    ObjectNode body = Json.object();
    ObjectNode meta = body.putObject("meta");
    meta.put("count", count);
    meta.set("current_page", currentPage(request));
    var payload = body.putArray("payload");
    boolean withInboxes = includeContactInboxes(request);
    page.forEach(c -> payload.add(Views.contact(c, call.account(), withInboxes)));
    return body;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
