package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.LIST;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.CustomAttributesApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Custom attribute definitions, by model and key. The file says {@code model: contact|conversation} and
 * {@code type: list}; the API takes their integer codes (NOTES §7.9) and answers with either names or codes.
 */
final class CustomAttributeKind extends Kind {
  static final List<String> MODELS = List.of("conversation", "contact");
  static final List<String> TYPES = List.of("text", "number", "currency", "percent", "link", "date", "list",
      "checkbox");
  /** file field → API field. */
  private static final Map<String, String> API = Map.of("key", "attribute_key", "model", "attribute_model",
      "name", "attribute_display_name", "type", "attribute_display_type", "description", "attribute_description",
      "values", "attribute_values", "regex_pattern", "regex_pattern", "regex_cue", "regex_cue");

  CustomAttributeKind() {
    super("CustomAttribute");
    keyedBy("model", "key").requires("name", "type");
    field("key", STRING).field("model", STRING).field("name", STRING).field("type", STRING)
        .field("description", STRING).field("values", LIST).field("regex_pattern", STRING).field("regex_cue", STRING);
    oneOf("model", MODELS).oneOf("type", TYPES);
  }

  @Override
  public String display(ObjectNode spec, String key) {
    return spec.path("key").asText() + " (" + spec.path("model").asText() + ")";
  }

  /** A model or type given as name, Rails enum name ({@code contact_attribute}) or code → the short name. */
  static String name(JsonNode given, List<String> names) {
    if (given.isIntegralNumber() && given.asInt() >= 0 && given.asInt() < names.size()) {
      return names.get(given.asInt());
    }
    String t = given.asText().replaceFirst("_attribute$", "");
    if (t.matches("\\d+") && Integer.parseInt(t) < names.size()) {
      return names.get(Integer.parseInt(t));
    }
    return t;
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode d : ctx.api.list(CustomAttributesApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.put("key", d.path("attribute_key").asText());
      s.put("model", name(d.path("attribute_model"), MODELS));
      s.set("name", d.path("attribute_display_name"));
      s.put("type", name(d.path("attribute_display_type"), TYPES));
      s.set("description", d.path("attribute_description"));
      if (d.path("attribute_values").isArray()) {
        s.set("values", d.path("attribute_values"));
      }
      s.set("regex_pattern", d.path("regex_pattern"));
      s.set("regex_cue", d.path("regex_cue"));
      out.add(new Current(key(s), d.path("id").asText(), s));
    }
    return out;
  }

  @Override
  public boolean same(String field, JsonNode want, JsonNode have) {
    if (field.equals("values") && (want == null || want.isMissingNode() || want.isNull() || want.isEmpty())) {
      return have == null || !have.isArray() || have.isEmpty();
    }
    return super.same(field, want, have);
  }

  private static ObjectNode body(Resource r, List<String> fields) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    for (String f : fields) {
      if (!r.has(f)) {
        continue;
      }
      JsonNode v = r.get(f);
      switch (f) {
        case "model" -> body.put(API.get(f), MODELS.indexOf(v.asText()));
        case "type" -> body.put(API.get(f), TYPES.indexOf(v.asText()));
        default -> body.set(API.get(f), v);
      }
    }
    return body;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    JsonNode answer = ctx.api.send(CustomAttributesApi.CREATE, Map.of(), body(r, new ArrayList<>(fields().keySet())));
    return ctx.api.record(CustomAttributesApi.CREATE, answer).path("id").asText();
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ctx.api.send(CustomAttributesApi.UPDATE, Map.of("id", current.id()), body(r, changed));
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    ctx.api.send(CustomAttributesApi.DELETE, Map.of("id", current.id()), null);
  }
}
