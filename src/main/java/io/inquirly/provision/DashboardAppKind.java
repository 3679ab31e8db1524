package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.LIST;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.DashboardAppsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Dashboard apps by title, with the URLs of their frames ({@code urls: [https://...]}, in order). */
final class DashboardAppKind extends Kind {
  DashboardAppKind() {
    super("DashboardApp");
    field("title", STRING).field("urls", LIST);
  }

  @Override
  public List<String> keyFields() {
    return List.of("title");
  }

  @Override
  public java.util.Set<String> required() {
    return java.util.Set.of("urls");
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode app : ctx.api.list(DashboardAppsApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.set("title", app.path("title"));
      ArrayNode urls = s.putArray("urls");
      app.path("content").forEach(frame -> urls.add(frame.path("url").asText()));
      out.add(new Current(key(s), app.path("id").asText(), s));
    }
    return out;
  }

  private static ObjectNode body(Resource r, List<String> fields) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    if (fields.contains("title") && r.has("title")) {
      body.set("title", r.get("title"));
    }
    if (fields.contains("urls") && r.has("urls")) {
      ArrayNode content = body.putArray("content");
      r.get("urls").forEach(u -> content.addObject().put("type", "frame").put("url", u.asText()));
    }
    return body;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    JsonNode answer = ctx.api.send(DashboardAppsApi.CREATE, Map.of(), body(r, List.of("title", "urls")));
    return ctx.api.record(DashboardAppsApi.CREATE, answer).path("id").asText();
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ctx.api.send(DashboardAppsApi.UPDATE, Map.of("id", current.id()), body(r, changed));
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    ctx.api.send(DashboardAppsApi.DELETE, Map.of("id", current.id()), null);
  }
}
