package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * {@code custom_attribute_definitions} (bare arrays; NOTES §7.9): model and display type are enums given as
 * names or codes; keys unique per (account, model), {@code [\p{L}\p{N}_.-]+}, not a standard attribute. The body
 * must be JSON (Rails wraps it as custom_attribute_definition). DELETE → 204.
 */
final class CustomAttributeRoutes {
  private static final String BASE = Admin.A + "/custom_attribute_definitions";
  static final List<String> MODELS = List.of("conversation_attribute", "contact_attribute");
  static final List<String> TYPES = List.of("text", "number", "currency", "percent", "link", "date", "list",
      "checkbox");
  private static final Set<String> STANDARD_CONTACT = Set.of("name", "email", "phone_number", "identifier",
      "country_code", "city", "company_name", "created_at", "last_activity_at", "referer", "blocked");
  private static final Set<String> STANDARD_CONVERSATION = Set.of("status", "assignee_id", "inbox_id", "team_id",
      "priority", "display_id", "campaign_id", "labels", "browser_language", "conversation_language",
      "country_code", "referer", "created_at", "last_activity_at", "mail_subject");

  private CustomAttributeRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, CustomAttributeRoutes::list);
    r.app("POST", BASE, CustomAttributeRoutes::create);
    r.app("GET", BASE + "/{id}", CustomAttributeRoutes::show);
    r.app("PATCH", BASE + "/{id}", CustomAttributeRoutes::update);
    r.app("PUT", BASE + "/{id}", CustomAttributeRoutes::update);
    r.app("DELETE", BASE + "/{id}", CustomAttributeRoutes::delete);
  }

  static ObjectNode add(Store store, Store.Account account, String model, String key, String name, String type) {
    ObjectNode d = Json.object();
    long id = store.nextId("custom_attribute_definitions");
    d.put("id", id);
    d.put("attribute_display_name", name);
    d.put("attribute_display_type", type);
    d.putNull("attribute_description");
    d.put("attribute_key", key);
    d.putNull("regex_pattern");
    d.putNull("regex_cue");
    d.putArray("attribute_values");
    d.put("attribute_model", model);
    d.putNull("default_value");
    d.put("created_at", Views.iso(Store.now()));
    d.put("updated_at", Views.iso(Store.now()));
    account.admin.customAttributes.put(id, d);
    sync(account);
    return d;
  }

  /** Contact definitions become filter keys (Account#contactAttributeTypes). */
  private static void sync(Store.Account account) {
    account.contactAttributeTypes.clear();
    for (ObjectNode d : account.admin.customAttributes.values()) {
      if ("contact_attribute".equals(d.get("attribute_model").asText())) {
        account.contactAttributeTypes.put(d.get("attribute_key").asText(), d.get("attribute_display_type").asText());
      }
    }
  }

  /** {@code attribute_model} optional: 0/1 or the enum names. */
  static Response list(Call call) {
    String model = call.request().query("attribute_model");
    String wanted = model == null || model.isEmpty() ? null : enumName(model, MODELS, "attribute_model");
    ArrayNode a = Json.array();
    for (ObjectNode d : call.account().admin.customAttributes.values()) {
      if (wanted == null || wanted.equals(d.get("attribute_model").asText())) {
        a.add(Admin.view(d));
      }
    }
    return Response.ok(a);
  }

  static Response show(Call call) {
    return Response.ok(Admin.view(Admin.find(call.account().admin.customAttributes, call.path("id"))));
  }

  private static ObjectNode params(Call call) {
    if (call.request().header("content-type") == null
        || !call.request().header("content-type").toLowerCase(java.util.Locale.ROOT).contains("json")) {
      JsonNode wrapped = call.request().body().get("custom_attribute_definition");
      if (wrapped == null || !wrapped.isObject()) {
        throw ApiError.unprocessable("param is missing or the value is empty: custom_attribute_definition");
      }
    }
    return Admin.params(call, "custom_attribute_definition");
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = params(call);
    String model = enumName(Json.text(p, "attribute_model"), MODELS, "attribute_model");
    String type = enumName(Json.text(p, "attribute_display_type"), TYPES, "attribute_display_type");
    String key = Json.text(p, "attribute_key");
    String name = Json.text(p, "attribute_display_name");
    validateKey(call, key, model, null);
    if (Admin.blank(name)) {
      throw ApiError.invalid(List.of("Attribute display name can't be blank"), List.of("attribute_display_name"));
    }
    ObjectNode d = add(call.store(), call.account(), model, key, name, type);
    apply(p, d);
    Admin.audit(call, "CustomAttributeDefinition", d.get("id").asLong(), "create", p);
    return Response.ok(Admin.view(d));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode d = Admin.find(call.account().admin.customAttributes, call.path("id"));
    ObjectNode p = params(call);
    String model = p.has("attribute_model")
        ? enumName(Json.text(p, "attribute_model"), MODELS, "attribute_model") : d.get("attribute_model").asText();
    if (p.has("attribute_key") || p.has("attribute_model")) {
      String key = p.has("attribute_key") ? Json.text(p, "attribute_key") : d.get("attribute_key").asText();
      validateKey(call, key, model, d);
      d.put("attribute_key", key);
      d.put("attribute_model", model);
    }
    if (p.has("attribute_display_type")) {
      d.put("attribute_display_type", enumName(Json.text(p, "attribute_display_type"), TYPES,
          "attribute_display_type"));
    }
    if (p.has("attribute_display_name")) {
      if (Admin.blank(Json.text(p, "attribute_display_name"))) {
        throw ApiError.invalid(List.of("Attribute display name can't be blank"),
            List.of("attribute_display_name"));
      }
      d.put("attribute_display_name", Json.text(p, "attribute_display_name"));
    }
    apply(p, d);
    d.put("updated_at", Views.iso(Store.now()));
    sync(call.account());
    Admin.audit(call, "CustomAttributeDefinition", d.get("id").asLong(), "update", p);
    return Response.ok(Admin.view(d));
  }

  /** 204 No Content (NOTES §3). */
  static Response delete(Call call) {
    call.requireAdministrator();
    ObjectNode d = Admin.find(call.account().admin.customAttributes, call.path("id"));
    call.account().admin.customAttributes.remove(d.get("id").asLong());
    sync(call.account());
    Admin.audit(call, "CustomAttributeDefinition", d.get("id").asLong(), "destroy", null);
    return Response.empty(204);
  }

  private static void apply(ObjectNode p, ObjectNode d) {
    Admin.copy(p, d, "attribute_description", "regex_pattern", "regex_cue", "default_value");
    if (p.get("attribute_values") instanceof com.fasterxml.jackson.databind.node.ArrayNode values) {
      d.set("attribute_values", values.deepCopy());
    }
  }

  private static void validateKey(Call call, String key, String model, ObjectNode self) {
    if (Admin.blank(key)) {
      throw ApiError.invalid(List.of("Attribute key can't be blank"), List.of("attribute_key"));
    }
    if (!key.matches("[\\p{L}\\p{N}_.-]+")) {
      throw ApiError.invalid(List.of("Attribute key is invalid"), List.of("attribute_key"));
    }
    Set<String> standard = model.equals("contact_attribute") ? STANDARD_CONTACT : STANDARD_CONVERSATION;
    if (standard.contains(key)) {
      throw ApiError.invalid(List.of("Attribute key cannot be a standard attribute"), List.of("attribute_key"));
    }
    for (ObjectNode other : call.account().admin.customAttributes.values()) {
      if (other != self && other.get("attribute_key").asText().equals(key)
          && other.get("attribute_model").asText().equals(model)) {
        throw ApiError.invalid(List.of("Attribute key has already been taken"), List.of("attribute_key"));
      }
    }
  }

  /** A Rails enum value given as its name or its integer code; anything else → 422 (ArgumentError). */
  static String enumName(String given, List<String> names, String attribute) {
    if (given == null || given.isBlank()) {
      throw ApiError.invalid(List.of(humanize(attribute) + " can't be blank"), List.of(attribute));
    }
    if (names.contains(given)) {
      return given;
    }
    if (given.matches("\\d+") && Integer.parseInt(given) < names.size()) {
      return names.get(Integer.parseInt(given));
    }
    throw ApiError.unprocessable("'" + given + "' is not a valid " + attribute);
  }

  private static String humanize(String attribute) {
    String s = attribute.replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
