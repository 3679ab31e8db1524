package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.ANY;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.MacrosApi;
import io.inquirly.api.TeamsApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Macros by name, with their actions. In a file, {@code assign_agent} names the agent by e-mail and
 * {@code assign_team} the team by name (sent as ids, read back as names); {@code add_label} and
 * {@code remove_label} name labels by title, which --prune keeps.
 *
 * <pre>
 * kind: Macro
 * name: Escalate to billing
 * visibility: global
 * actions:
 *   - {action_name: assign_team, action_params: [billing]}
 *   - {action_name: add_label, action_params: [vip]}
 * </pre>
 */
final class MacroKind extends SimpleKind {
  MacroKind() {
    super("Macro", MacrosApi.CRUD, "name", "id");
    field("name", STRING).field("visibility", STRING).field("actions", ANY);
    oneOf("visibility", List.of("global", "personal"));
  }

  @Override
  public List<String> needs() {
    return List.of("Agent", "Team");
  }

  @Override
  public void validate(Resource r) {
    JsonNode actions = r.get("actions");
    if (actions == null || actions.isNull()) {
      return;
    }
    if (!actions.isArray()) {
      throw new BadFile(r.where("actions"), "Macro actions: expected a list of {action_name, action_params}",
          "write actions: [{action_name: add_label, action_params: [vip]}]");
    }
    List<String> known = List.of(MacrosApi.ACTIONS);
    for (JsonNode a : actions) {
      String name = a.path("action_name").asText();
      if (!known.contains(name)) {
        throw new BadFile(r.where("actions"), "Macro actions: unknown action_name '" + name + "'",
            "use " + String.join(", ", known));
      }
    }
  }

  /** The names in the actions: agents by e-mail, teams by name. */
  @Override
  public List<Ref> refs(Resource r) {
    List<Ref> out = new ArrayList<>();
    named(r.get("actions"), "assign_agent").forEach(v -> out.add(new Ref("actions", "Agent", v)));
    named(r.get("actions"), "assign_team").forEach(v -> out.add(new Ref("actions", "Team", v)));
    return out;
  }

  /** Its references, and the labels it adds or removes (the server does not check those). */
  @Override
  public List<Ref> keeps(Resource r) {
    List<Ref> out = new ArrayList<>(refs(r));
    for (String action : new String[] {"add_label", "remove_label"}) {
      named(r.get("actions"), action).forEach(v -> out.add(new Ref("actions", "Label", v)));
    }
    return out;
  }

  /** The textual, non-numeric parameters of the actions with this name ("nil" unassigns and names nothing). */
  private static List<String> named(JsonNode actions, String action) {
    List<String> out = new ArrayList<>();
    if (actions == null || !actions.isArray()) {
      return out;
    }
    for (JsonNode a : actions) {
      if (a.path("action_name").asText().equals(action)) {
        a.path("action_params").forEach(p -> {
          if (p.isTextual() && !p.asText().matches("\\d+") && !p.asText().equals("nil")) {
            out.add(p.asText());
          }
        });
      }
    }
    return out;
  }

  /** Read back: assign_agent and assign_team ids as the e-mails and names a file uses. */
  @Override
  public List<Current> read(Ctx ctx) {
    Map<String, String> agents = new HashMap<>();
    ctx.users.forEach((email, id) -> agents.put(String.valueOf(id), email));
    Map<String, String> teams = new HashMap<>();
    teams(ctx).forEach((name, id) -> teams.put(id, name));
    List<Current> out = new ArrayList<>();
    for (Current c : super.read(ctx)) {
      ObjectNode s = c.state().deepCopy();
      if (s.get("actions") instanceof ArrayNode actions) {
        s.set("actions", translate(actions, agents, teams));
      }
      out.add(new Current(c.key(), c.id(), s));
    }
    return out;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    ObjectNode body = withIds(ctx, body(r, new ArrayList<>(fields().keySet())));
    JsonNode answer = ctx.api.send(MacrosApi.CREATE, Map.of(), body);
    return ctx.api.record(MacrosApi.CREATE, answer).path("id").asText();
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ctx.api.send(MacrosApi.UPDATE, Map.of("id", current.id()), withIds(ctx, body(r, changed)));
  }

  /** The body with agents' e-mails and teams' names in the actions replaced by their ids. */
  private static ObjectNode withIds(Ctx ctx, ObjectNode body) {
    if (body.get("actions") instanceof ArrayNode actions) {
      Map<String, String> agents = new HashMap<>();
      named(actions, "assign_agent").forEach(e -> agents.put(e, String.valueOf(ctx.user(e))));
      Map<String, String> teams = named(actions, "assign_team").isEmpty() ? Map.of() : teams(ctx);
      body.set("actions", translate(actions, agents, teams));
    }
    return body;
  }

  /** Actions compare with agents' e-mails and teams' names ignoring case (the server keeps team names lower-case). */
  @Override
  public boolean same(String field, JsonNode want, JsonNode have) {
    if (field.equals("actions") && want != null && have != null && want.isArray() && have.isArray()) {
      return caseless(want).equals(caseless(have));
    }
    return super.same(field, want, have);
  }

  private static JsonNode caseless(JsonNode actions) {
    ArrayNode out = SimpleKind.NODES.arrayNode();
    for (JsonNode a : actions) {
      ObjectNode o = a.deepCopy();
      String name = o.path("action_name").asText();
      if ((name.equals("assign_agent") || name.equals("assign_team")) && o.get("action_params") instanceof ArrayNode p) {
        for (int i = 0; i < p.size(); i++) {
          if (p.get(i).isTextual()) {
            p.set(i, SimpleKind.NODES.textNode(p.get(i).asText().toLowerCase(Locale.ROOT)));
          }
        }
      }
      out.add(o);
    }
    return out;
  }

  /** The team names in the account, lower-cased (teams are stored lower-case) → id. */
  private static Map<String, String> teams(Ctx ctx) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode t : ctx.api.list(TeamsApi.LIST, Map.of())) {
      out.put(t.path("name").asText().toLowerCase(Locale.ROOT), t.path("id").asText());
    }
    return out;
  }

  /** Each assign_agent / assign_team parameter found in the map replaced by its value (ids ↔ names). */
  private static ArrayNode translate(ArrayNode actions, Map<String, String> agents, Map<String, String> teams) {
    ArrayNode out = actions.deepCopy();
    for (JsonNode a : out) {
      String name = a.path("action_name").asText();
      Map<String, String> map = name.equals("assign_agent") ? agents : name.equals("assign_team") ? teams : null;
      if (map == null || !(a.get("action_params") instanceof ArrayNode params)) {
        continue;
      }
      for (int i = 0; i < params.size(); i++) {
        String v = params.get(i).asText();
        String key = name.equals("assign_team") ? v.toLowerCase(Locale.ROOT) : v;
        if (map.containsKey(key)) {
          String to = map.get(key);
          if (to.matches("\\d+")) {
            params.set(i, SimpleKind.NODES.numberNode(Long.parseLong(to)));
          } else {
            params.set(i, SimpleKind.NODES.textNode(to));
          }
        }
      }
    }
    return out;
  }
}
