package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.ProfileApi;
import io.inquirly.provision.Plan.Action;
import io.inquirly.provision.Plan.Change;
import io.inquirly.provision.Plan.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the current state of the kinds a file declares (and the kinds they refer to) and computes the plan by
 * natural keys: only declared fields are compared, server-only fields are ignored.
 */
public final class Planner {
  private final Ctx ctx;
  /** kind → key → current record, for every kind read. */
  private final Map<Kind, Map<String, Current>> state = new LinkedHashMap<>();

  public Planner(Ctx ctx) {
    this.ctx = ctx;
  }

  /** A planner that already knows the current state of some kinds (tests). */
  Planner(Ctx ctx, Map<Kind, Map<String, Current>> known) {
    this.ctx = ctx;
    this.state.putAll(known);
  }

  /** Reads the current state of these kinds (in dependency order) and of the kinds they need. */
  public Map<Kind, Map<String, Current>> read(Set<Kind> kinds) {
    Set<Kind> wanted = new LinkedHashSet<>(kinds);
    for (Kind k : kinds) {
      k.needs().forEach(n -> wanted.add(Kinds.find(n)));
    }
    for (Kind k : Kinds.ALL) {
      if (wanted.contains(k) && !state.containsKey(k)) {
        Map<String, Current> byKey = new LinkedHashMap<>();
        k.read(ctx).forEach(c -> byKey.put(c.key(), c));
        state.put(k, byKey);
      }
    }
    return state;
  }

  public Plan plan(List<Resource> desired, boolean prune) {
    Set<Kind> kinds = new LinkedHashSet<>();
    desired.forEach(r -> kinds.add(r.kind()));
    read(kinds);
    checkRefs(desired);
    List<Step> steps = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Kind k : Kinds.ALL) {
      for (Resource r : desired) {
        if (r.kind() == k) {
          steps.add(step(r, state.get(k).get(r.key())));
        }
      }
    }
    if (prune) {
      if (kinds.stream().anyMatch(k -> k.name().equals("Agent") || k.name().equals("User"))) {
        JsonNode me = ctx.api.send(ProfileApi.SHOW, Map.of(), null);
        ctx.self = me.path("id").canConvertToLong() ? me.path("id").asLong() : null;
      }
      Map<String, List<String>> referenced = references(desired);
      List<String> refused = new ArrayList<>();
      List<Kind> reverse = new ArrayList<>(Kinds.ALL);
      java.util.Collections.reverse(reverse);
      for (Kind k : reverse) {
        if (!kinds.contains(k)) {
          continue;
        }
        Set<String> declared = new LinkedHashSet<>();
        desired.stream().filter(r -> r.kind() == k).forEach(r -> declared.add(r.key()));
        int kept = 0;
        for (Current c : state.get(k).values()) {
          if (declared.contains(c.key())) {
            continue;
          }
          if (!k.deletable()) {
            kept++;
          } else if (ctx.self != null && (k.name().equals("Agent") || k.name().equals("User"))
              && c.id().equals(String.valueOf(ctx.self))) {
            warnings.add("--prune: not removing " + k.name() + " " + c.key() + ": that is you (the token's user)");
          } else if (referenced.containsKey(k.name() + "\0" + c.key())) {
            refused.add(k.name() + " " + k.display(c.state(), c.key()) + " (named by "
                + String.join(", ", referenced.get(k.name() + "\0" + c.key())) + ")");
          } else {
            steps.add(new Step(Action.DELETE, k, k.display(c.state(), c.key()), null, c, List.of(),
                "not in the files"));
          }
        }
        if (kept > 0) {
          warnings.add("--prune: " + kept + " " + (kept == 1 ? k.name() : plural(k.name()))
              + " not in the file left alone (--prune never deletes " + plural(k.name()) + ")");
        }
      }
      if (!refused.isEmpty()) {
        throw new BadFile(null, "--prune refuses to delete what the files still name: " + String.join("; ", refused)
            + "; nothing was changed",
            "declare " + (refused.size() == 1 ? "it" : "them") + " in the files, or remove the references");
      }
    }
    return new Plan(steps, warnings);
  }

  /**
   * Kind and key ({@code Agent\0ada@example.com}) of everything the declared resources name, to the places that
   * name it ({@code Inbox Support members at f.yaml:4:1}). A User declared in the files is also its Agent.
   */
  private static Map<String, List<String>> references(List<Resource> desired) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Resource r : desired) {
      for (Kind.Ref ref : r.kind().keeps(r)) {
        Kind target = Kinds.find(ref.kind());
        ObjectNode probe = SimpleKind.NODES.objectNode();
        target.keyFields().forEach(f -> probe.put(f, ref.value()));
        String where = r.title() + " " + ref.field() + " at " + r.where(ref.field());
        List<String> places = out.computeIfAbsent(target.name() + "\0" + target.key(probe), x -> new ArrayList<>());
        if (!places.contains(where)) {
          places.add(where);
        }
      }
    }
    return out;
  }

  private Step step(Resource r, Current current) {
    Kind k = r.kind();
    String name = k.display(r.spec(), r.key());
    if (current == null) {
      if (!k.creatable()) {
        throw new BadFile(r.at(), k.name() + " " + name + " does not exist and apply cannot create it");
      }
      String cannot = k.cannotCreate(r);
      if (cannot != null) {
        throw new BadFile(r.at(), r.title() + " does not exist, and " + cannot);
      }
      for (String f : k.required()) {
        if (!r.spec().hasNonNull(f)) {
          throw new BadFile(r.at(), r.title() + " does not exist yet and needs " + f + " to be created");
        }
      }
      return new Step(Action.CREATE, k, name, r, null, List.of(), null);
    }
    List<Change> changes = new ArrayList<>();
    ObjectNode have = current.state();
    r.spec().properties().forEach(e -> {
      String f = e.getKey();
      if (k.writeOnly().contains(f) || k.keyFields().contains(f) && !k.caseless().contains(f)) {
        return;
      }
      if (k.keyFields().contains(f)) {
        return; // matched by key already (case-insensitively)
      }
      if (!k.same(f, e.getValue(), have.get(f))) {
        if (k.immutable().contains(f)) {
          throw new BadFile(r.where(f), r.title() + ": " + f + " cannot change (" + Plan.show(have.get(f)) + " → "
              + Plan.show(e.getValue()) + ")", "create it under another name instead");
        }
        changes.add(new Change(f, have.get(f), e.getValue()));
      }
    });
    if (changes.isEmpty()) {
      return new Step(Action.UNCHANGED, k, name, r, current, List.of(), null);
    }
    if (!k.updatable()) {
      List<String> fields = changes.stream().map(Change::field).toList();
      return new Step(Action.UNCHANGED, k, name, r, current, changes,
          "differs in " + String.join(", ", fields) + " but the API cannot update " + plural(k.name()));
    }
    return new Step(Action.UPDATE, k, name, r, current, changes, null);
  }

  static String plural(String noun) {
    if (noun.endsWith("y")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun.endsWith("x") ? noun + "es" : noun + "s";
  }

  /** Every name a resource refers to must be declared in the files or exist in the account. */
  private void checkRefs(List<Resource> desired) {
    for (Resource r : desired) {
      for (Kind.Ref ref : r.kind().refs(r)) {
        Kind target = Kinds.find(ref.kind());
        ObjectNode probe = SimpleKind.NODES.objectNode();
        target.keyFields().forEach(f -> probe.put(f, ref.value()));
        String key = target.key(probe);
        boolean declared = desired.stream().anyMatch(d -> d.kind() == target && d.key().equals(key)
            || target.name().equals("Agent") && d.kind().name().equals("User") && d.key().equals(key));
        Map<String, Current> existing = state.getOrDefault(target, Map.of());
        boolean exists = existing.containsKey(key)
            || target.name().equals("AgentBot") && ctx.bots.containsKey(ref.value());
        if (!declared && !exists) {
          throw new BadFile(r.where(ref.field()), r.title() + ": " + ref.field() + " names " + target.name() + " '"
              + ref.value() + "', which is neither in the file nor in the account",
              "declare it (kind: " + target.name() + ") or fix the name");
        }
      }
    }
  }
}
