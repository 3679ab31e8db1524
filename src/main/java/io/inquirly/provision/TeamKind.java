package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.LIST;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.TeamsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Teams by name (the server stores names lower-case), with members by agent e-mail. */
final class TeamKind extends Kind {
  TeamKind() {
    super("Team");
    keyedBy("name").caseless("name").sets("members");
    field("name", STRING).field("description", STRING).field("allow_auto_assign", BOOLEAN).field("members", LIST);
  }

  @Override
  public List<String> needs() {
    return List.of("Agent");
  }

  @Override
  public List<Ref> refs(Resource r) {
    List<Ref> out = new ArrayList<>();
    r.get("members").forEach(m -> out.add(new Ref("members", "Agent", m.asText())));
    return out;
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode t : ctx.api.list(TeamsApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.set("name", t.path("name"));
      s.set("description", t.path("description"));
      s.set("allow_auto_assign", t.path("allow_auto_assign"));
      String id = t.path("id").asText();
      ArrayNode members = s.putArray("members");
      for (JsonNode m : ctx.api.list(TeamsApi.MEMBERS_LIST, Map.of("team_id", id))) {
        members.add(m.path("email").asText());
      }
      out.add(new Current(key(s), id, s));
    }
    return out;
  }

  /** The team's own fields; members are sent by their own operations. */
  private static ObjectNode body(Resource r, List<String> fields) {
    ObjectNode body = declared(r, fields);
    body.remove("members");
    return body;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    JsonNode answer = ctx.api.send(TeamsApi.CREATE, Map.of(), body(r, new ArrayList<>(fields().keySet())));
    String id = ctx.api.record(TeamsApi.CREATE, answer).path("id").asText();
    if (r.has("members") && !r.get("members").isEmpty()) {
      ObjectNode m = SimpleKind.NODES.objectNode();
      m.set("user_ids", InboxKind.userIds(ctx, r.get("members")));
      ctx.api.send(TeamsApi.MEMBERS_ADD, Map.of("team_id", id), m);
    }
    return id;
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ObjectNode body = body(r, changed);
    if (!body.isEmpty()) {
      ctx.api.send(TeamsApi.UPDATE, Map.of("team_id", current.id()), body);
    }
    if (changed.contains("members")) {
      ObjectNode m = SimpleKind.NODES.objectNode();
      if (r.get("members").isEmpty()) {
        m.set("user_ids", InboxKind.userIds(ctx, current.state().get("members")));
        ctx.api.send(TeamsApi.MEMBERS_REMOVE, Map.of("team_id", current.id()), m);
      } else {
        m.set("user_ids", InboxKind.userIds(ctx, r.get("members")));
        ctx.api.send(TeamsApi.MEMBERS_UPDATE, Map.of("team_id", current.id()), m);
      }
    }
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    ctx.api.send(TeamsApi.DELETE, Map.of("team_id", current.id()), null);
  }
}
