package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.AgentsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Agents of the account, by e-mail. Availability is read from availability_status (NOTES §7.5). */
final class AgentKind extends Kind {
  AgentKind() {
    super("Agent");
    keyedBy("email").caseless("email").requires("name");
    field("email", STRING).field("name", STRING).field("role", STRING).field("availability", STRING)
        .field("auto_offline", BOOLEAN);
    oneOf("role", io.inquirly.api.AgentsApi.ROLES).oneOf("availability", io.inquirly.api.AgentsApi.AVAILABILITY);
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode a : ctx.api.list(AgentsApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.put("email", a.path("email").asText());
      s.set("name", a.path("name"));
      s.set("role", a.path("role"));
      s.set("availability", a.path("availability_status"));
      s.set("auto_offline", a.path("auto_offline"));
      ctx.users.put(Kinds.lower(a.path("email").asText()), a.path("id").asLong());
      out.add(new Current(key(s), a.path("id").asText(), s));
    }
    return out;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    ObjectNode body = declared(r, List.of("name", "email", "role", "availability", "auto_offline"));
    JsonNode answer = ctx.api.send(AgentsApi.ADD, Map.of(), body);
    long id = ctx.api.record(AgentsApi.ADD, answer).path("id").asLong();
    ctx.users.put(Kinds.lower(r.get("email").asText()), id);
    return String.valueOf(id);
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ctx.api.send(AgentsApi.UPDATE, Map.of("id", current.id()), declared(r, changed));
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    ctx.api.send(AgentsApi.REMOVE, Map.of("id", current.id()), null);
  }
}
