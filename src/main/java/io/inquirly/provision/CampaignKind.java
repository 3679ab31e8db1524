package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.OBJECT;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.CampaignsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Campaigns by title, naming their inbox by name and their sender by agent e-mail; {@code trigger_rules} as the
 * server keeps them ({@code url}, {@code time_on_page}).
 */
final class CampaignKind extends Kind {
  CampaignKind() {
    super("Campaign");
    field("title", STRING).field("inbox", STRING).field("message", STRING).field("description", STRING)
        .field("sender", STRING).field("enabled", BOOLEAN).field("trigger_rules", OBJECT)
        .field("trigger_only_during_business_hours", BOOLEAN);
  }

  @Override
  public List<String> keyFields() {
    return List.of("title");
  }

  @Override
  public Set<String> required() {
    return Set.of("inbox", "message");
  }

  @Override
  public Set<String> caseless() {
    return Set.of("sender");
  }

  @Override
  public List<String> needs() {
    return List.of("Inbox", "Agent");
  }

  @Override
  public List<Ref> refs(Resource r) {
    List<Ref> out = new ArrayList<>();
    if (r.has("inbox")) {
      out.add(new Ref("inbox", "Inbox", r.get("inbox").asText()));
    }
    if (r.has("sender") && !r.get("sender").isNull()) {
      out.add(new Ref("sender", "Agent", r.get("sender").asText()));
    }
    return out;
  }

  /** Trigger rules compare key by key, numbers by value (YAML and the server type them differently). */
  @Override
  public boolean same(String field, JsonNode want, JsonNode have) {
    if (!field.equals("trigger_rules") || want == null || !want.isObject() || have == null || !have.isObject()) {
      return super.same(field, want, have);
    }
    if (want.size() != have.size()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : want.properties()) {
      if (!super.same(e.getKey(), e.getValue(), have.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode c : ctx.api.list(CampaignsApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.set("title", c.path("title"));
      s.set("inbox", c.path("inbox").path("name"));
      s.set("message", c.path("message"));
      s.set("description", c.path("description"));
      if (c.path("sender").has("email")) {
        s.set("sender", c.path("sender").path("email"));
      }
      s.set("enabled", c.path("enabled"));
      s.set("trigger_rules", c.path("trigger_rules"));
      s.set("trigger_only_during_business_hours", c.path("trigger_only_during_business_hours"));
      out.add(new Current(key(s), c.path("id").asText(), s));
    }
    return out;
  }

  private static ObjectNode body(Ctx ctx, Resource r, List<String> fields) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    for (String f : fields) {
      if (!r.has(f)) {
        continue;
      }
      switch (f) {
        case "inbox" -> body.put("inbox_id", Long.parseLong(WorkingHoursKind.inboxId(ctx, r.get(f).asText())));
        case "sender" -> {
          if (r.get(f).isNull()) {
            body.putNull("sender_id");
          } else {
            body.put("sender_id", ctx.user(r.get(f).asText()));
          }
        }
        default -> body.set(f, r.get(f));
      }
    }
    return body;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    JsonNode answer = ctx.api.send(CampaignsApi.CREATE, Map.of(), body(ctx, r, new ArrayList<>(fields().keySet())));
    return ctx.api.record(CampaignsApi.CREATE, answer).path("id").asText();
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ctx.api.send(CampaignsApi.UPDATE, Map.of("id", current.id()), body(ctx, r, changed));
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    ctx.api.send(CampaignsApi.DELETE, Map.of("id", current.id()), null);
  }
}
