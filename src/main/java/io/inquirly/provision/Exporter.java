package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The account's current state as resources a file can declare: {@code export | apply -f -} changes nothing. */
public final class Exporter {
  private final Ctx ctx;

  public Exporter(Ctx ctx) {
    this.ctx = ctx;
  }

  /** One document per resource, kind first, in dependency order; null and empty values left out. */
  public List<ObjectNode> export(List<Kind> kinds) {
    Planner planner = new Planner(ctx);
    Map<Kind, Map<String, Current>> state = planner.read(new java.util.LinkedHashSet<>(kinds));
    List<ObjectNode> out = new ArrayList<>();
    for (Kind k : Kinds.ALL) {
      if (!kinds.contains(k)) {
        continue;
      }
      for (Current c : state.get(k).values()) {
        ObjectNode doc = SimpleKind.NODES.objectNode();
        doc.put("kind", k.name());
        for (String f : k.fields().keySet()) {
          JsonNode v = c.state().get(f);
          if (v == null || v.isNull() || v.isMissingNode() || k.writeOnly().contains(f)
              || v.isContainerNode() && v.isEmpty() && !k.sets().contains(f)) {
            continue;
          }
          doc.set(f, v);
        }
        out.add(doc);
      }
    }
    return out;
  }
}
