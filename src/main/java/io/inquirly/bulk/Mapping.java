package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.inquirly.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Input columns to contact fields: {@code name, email, phone_number, identifier, company, city, country_code},
 * {@code labels} (separated by ';'), {@code custom_attributes.KEY}, {@code additional_attributes.KEY}; renames
 * from {@code --map FROM=TO}; unknown columns are an error, custom attributes or ignored. Also validates what can
 * be checked locally (the server's e-mail and E.164 rules).
 */
public final class Mapping {
  /** What to do with columns that are not contact fields. */
  public enum Extra { ERROR, CUSTOM, IGNORE }

  /** Devise.email_regexp, as the server checks it. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

  /** Column name → body path. */
  static final Map<String, String> FIELDS = new LinkedHashMap<>();
  /** Columns an export writes that an import accepts and ignores (read-only on the server). */
  static final Set<String> READ_ONLY = Set.of("id", "created_at", "last_activity_at", "thumbnail",
      "availability_status");

  static {
    FIELDS.put("name", "name");
    FIELDS.put("email", "email");
    FIELDS.put("phone_number", "phone_number");
    FIELDS.put("identifier", "identifier");
    FIELDS.put("company", "additional_attributes.company_name");
    FIELDS.put("city", "additional_attributes.city");
    FIELDS.put("country_code", "additional_attributes.country_code");
    FIELDS.put("labels", "labels");
  }

  private final Map<String, String> renames;
  private final Extra extra;
  private final Map<String, String> cache = new LinkedHashMap<>();

  public Mapping(Map<String, String> renames, Extra extra) {
    this.renames = Map.copyOf(renames);
    this.extra = extra;
  }

  /** Parses {@code --map FROM=TO} values. */
  public static Map<String, String> renames(List<String> maps) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String s : maps) {
      int eq = s.indexOf('=');
      if (eq <= 0 || eq == s.length() - 1) {
        throw new BulkInputException("invalid --map '" + s + "'", "write it as FROM=TO, e.g. --map 'E-Mail=email'");
      }
      m.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
    }
    return m;
  }

  /** Checks a CSV header up front: every column must map somewhere (else exit 2 before anything is sent). */
  public void checkHeader(List<String> header, String file) {
    List<String> unknown = new ArrayList<>();
    for (String h : header) {
      if (path(h) == null && !ignored(h)) {
        unknown.add(h);
      }
    }
    if (!unknown.isEmpty()) {
      throw unknownColumns(unknown, file, null);
    }
    for (String to : renames.values()) {
      if (path(to) == null && !READ_ONLY.contains(to)) {
        throw new BulkInputException("--map target '" + to + "' is not a contact field", "map to one of "
            + String.join(", ", FIELDS.keySet()) + ", custom_attributes.KEY or additional_attributes.KEY");
      }
    }
  }

  private BulkInputException unknownColumns(List<String> unknown, String file, Long row) {
    return new BulkInputException(file + (row == null ? "" : " row " + row) + ": unknown column"
        + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown),
        "rename with --map 'COLUMN=email' (fields: " + String.join(", ", FIELDS.keySet())
            + ", custom_attributes.KEY, additional_attributes.KEY), or keep them as custom attributes with "
            + "--extra-columns custom (or drop them with --extra-columns ignore)");
  }

  private boolean ignored(String column) {
    String to = renames.getOrDefault(column, column);
    return READ_ONLY.contains(to) || extra == Extra.IGNORE;
  }

  /** The body path of a column ("labels" for labels), or null when it has none. */
  String path(String column) {
    return cache.computeIfAbsent(column, c -> {
      String to = renames.getOrDefault(c, c);
      if (FIELDS.containsKey(to)) {
        return FIELDS.get(to);
      }
      if ((to.startsWith("custom_attributes.") || to.startsWith("additional_attributes."))
          && to.indexOf('.') < to.length() - 1) {
        return to;
      }
      if (READ_ONLY.contains(to)) {
        return null;
      }
      return extra == Extra.CUSTOM ? "custom_attributes." + to : null;
    });
  }

  /** A row turned into what is sent, with its match keys, or with the local validation error. */
  public Draft draft(Row row, String file) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    TreeMap<String, String> projection = new TreeMap<>();
    Set<String> labels = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : row.columns().entrySet()) {
      String column = e.getKey();
      JsonNode value = e.getValue();
      String to = renames.getOrDefault(column, column);
      if ((to.equals("custom_attributes") || to.equals("additional_attributes")) && value.isObject()) {
        value.fields().forEachRemaining(f -> set(body, projection, to + "." + f.getKey(), f.getValue()));
        continue;
      }
      String path = path(column);
      if (path == null) {
        if (!ignored(column)) {
          unknown.add(column);
        }
        continue;
      }
      if (path.equals("labels")) {
        if (value.isArray()) {
          value.forEach(l -> addLabel(labels, l.asText()));
        } else if (!value.isNull()) {
          for (String l : value.asText().split(";")) {
            addLabel(labels, l);
          }
        }
        continue;
      }
      set(body, projection, path, value);
    }
    if (!unknown.isEmpty()) {
      throw unknownColumns(unknown, file, row.number());
    }
    String email = text(body, "email");
    if (email != null) {
      email = email.toLowerCase(Locale.ROOT);
      body.put("email", email);
      projection.put("email", email);
    }
    String phone = text(body, "phone_number");
    String identifier = text(body, "identifier");
    String name = text(body, "name");
    List<String> errors = new ArrayList<>();
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add("invalid email '" + email + "'");
    }
    if (phone != null && !E164.matcher(phone).matches()) {
      errors.add("phone_number '" + phone + "' is not in E.164 form (+ country code and number, e.g. +14155550100)");
    }
    if (email == null && phone == null && identifier == null && name == null) {
      errors.add("no name, email, phone_number or identifier");
    }
    return new Draft(row.number(), body, List.copyOf(labels), identifier, email, phone,
        errors.isEmpty() ? null : String.join("; ", errors), projection);
  }

  private static void addLabel(Set<String> labels, String raw) {
    String l = raw == null ? "" : raw.strip();
    if (!l.isEmpty()) {
      labels.add(l);
    }
  }

  /** Puts a non-blank value at a dotted path (text is stripped; JSON types are kept). */
  private static void set(ObjectNode body, Map<String, String> projection, String path, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    if (value.isTextual()) {
      String s = value.asText().strip();
      if (s.isEmpty()) {
        return;
      }
      value = TextNode.valueOf(s);
    }
    int dot = path.indexOf('.');
    ObjectNode parent = body;
    String key = path;
    if (dot > 0) {
      String head = path.substring(0, dot);
      parent = body.has(head) && body.get(head).isObject() ? (ObjectNode) body.get(head) : body.putObject(head);
      key = path.substring(dot + 1);
    }
    parent.set(key, value);
    projection.put(path, Json.text(value));
  }

  private static String text(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
