package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.INTEGER;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.HelpCenterApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Help center categories by portal (slug), locale and slug. Created and updated through the API
 * ({@code help-center categories create|update}, chatwoot-4.10's categories_controller.rb); --prune leaves them
 * alone, as deleting one strips its articles of their category.
 */
final class CategoryKind extends Kind {
  CategoryKind() {
    super("Category");
    keyedBy("portal", "locale", "slug").requires("name");
    field("portal", STRING).field("slug", STRING).field("locale", STRING).field("name", STRING)
        .field("description", STRING).field("position", INTEGER).field("icon", STRING);
  }

  @Override
  public String key(ObjectNode spec) {
    if (!spec.has("locale")) {
      spec.put("locale", "en");
    }
    return super.key(spec);
  }

  @Override
  public String display(ObjectNode spec, String key) {
    return spec.path("portal").asText() + "/" + spec.path("slug").asText() + " (" + spec.path("locale").asText()
        + ")";
  }

  @Override
  public boolean deletable() {
    return false;
  }

  @Override
  public List<String> needs() {
    return List.of("Portal");
  }

  @Override
  public List<Ref> refs(Resource r) {
    return List.of(new Ref("portal", "Portal", r.get("portal").asText()));
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode p : ctx.api.list(HelpCenterApi.PORTALS_LIST, Map.of())) {
      String portal = p.path("slug").asText();
      for (JsonNode c : ctx.api.list(HelpCenterApi.CATEGORIES_LIST, Map.of("id", portal))) {
        ObjectNode s = SimpleKind.NODES.objectNode();
        s.put("portal", portal);
        s.set("slug", c.path("slug"));
        s.set("locale", c.path("locale"));
        s.set("name", c.path("name"));
        s.set("description", c.path("description"));
        s.set("position", c.path("position"));
        s.set("icon", c.path("icon"));
        out.add(new Current(key(s), c.path("id").asText(), s));
      }
    }
    return out;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    for (String f : fields().keySet()) {
      if (r.has(f) && !f.equals("portal")) {
        body.set(f, r.get(f));
      }
    }
    JsonNode answer = ctx.api.send(HelpCenterApi.CATEGORIES_CREATE, Map.of("id", r.get("portal").asText()), body);
    return ctx.api.record(HelpCenterApi.CATEGORIES_CREATE, answer).path("id").asText();
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    for (String f : changed) {
      if (r.has(f) && !f.equals("portal")) {
        body.set(f, r.get(f));
      }
    }
    ctx.api.send(HelpCenterApi.CATEGORIES_UPDATE,
        Map.of("id", r.get("portal").asText(), "category_id", current.id()), body);
  }
}
