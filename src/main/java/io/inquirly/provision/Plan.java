package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.inquirly.http.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** What apply would do, step by step, in execution order. */
public record Plan(List<Step> steps, List<String> warnings) {
  /** What happens to one resource. */
  public enum Action {
    CREATE("+", "create", "created"),
    UPDATE("~", "update", "updated"),
    DELETE("-", "delete", "deleted"),
    UNCHANGED("=", "unchanged", "unchanged");

    final String sign;
    final String verb;
    final String done;

    Action(String sign, String verb, String done) {
      this.sign = sign;
      this.verb = verb;
      this.done = done;
    }

    public String verb() {
      return verb;
    }

    public String done() {
      return done;
    }
  }

  /** One changed field: its current and its wanted value. */
  public record Change(String field, JsonNode from, JsonNode to) {}

  /**
   * @param action what happens
   * @param kind the kind
   * @param name how people see it ({@code vip}, {@code ada@example.com})
   * @param resource the declared resource (null for deletes)
   * @param current the server's record (null for creates)
   * @param changes changed fields of an update (or drift of a kind the API cannot update)
   * @param note extra information, or null
   */
  public record Step(Action action, Kind kind, String name, Resource resource, Current current,
      List<Change> changes, String note) {
    public String title() {
      return kind.name() + " " + name;
    }
  }

  public long count(Action a) {
    return steps.stream().filter(s -> s.action() == a).count();
  }

  /** Whether applying would change anything. */
  public boolean changes() {
    return steps.stream().anyMatch(s -> s.action() != Action.UNCHANGED);
  }

  public List<Step> writes() {
    return steps.stream().filter(s -> s.action() != Action.UNCHANGED).toList();
  }

  // ---- rendering ----

  /** The plan for people: one line per change ({@code + create Label vip}); {@code fields} adds created values. */
  public List<String> lines(boolean fields, boolean unchanged) {
    List<String> out = new ArrayList<>();
    for (Step s : steps) {
      switch (s.action()) {
        case CREATE -> {
          out.add("+ create " + s.title());
          if (fields) {
            s.resource().spec().properties().forEach(e -> {
              if (!s.kind().writeOnly().contains(e.getKey())) {
                out.add("    + " + e.getKey() + ": " + show(e.getValue()));
              }
            });
          }
        }
        case UPDATE -> {
          List<String> parts = new ArrayList<>();
          s.changes().forEach(c -> parts.add(c.field() + " " + show(c.from()) + " → " + show(c.to())));
          out.add("~ update " + s.title() + ": " + String.join(", ", parts));
        }
        case DELETE -> out.add("- delete " + s.title() + (s.note() == null ? "" : " (" + s.note() + ")"));
        case UNCHANGED -> {
          if (s.note() != null) {
            out.add("! " + s.title() + ": " + s.note());
          } else if (unchanged) {
            out.add("= " + s.title());
          }
        }
      }
    }
    return out;
  }

  public String summary() {
    return "Plan: " + count(Action.CREATE) + " to create, " + count(Action.UPDATE) + " to update, "
        + count(Action.DELETE) + " to delete, " + count(Action.UNCHANGED) + " unchanged.";
  }

  /** The machine plan. */
  public ObjectNode json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ArrayNode steps = root.putArray("steps");
    for (Step s : this.steps) {
      ObjectNode o = steps.addObject();
      o.put("action", s.action().verb());
      o.put("kind", s.kind().name());
      o.put("name", s.name());
      if (s.current() != null) {
        o.put("id", s.current().id());
      }
      if (s.action() == Action.CREATE) {
        ObjectNode fields = s.resource().spec().deepCopy();
        fields.remove(s.kind().writeOnly());
        o.set("fields", fields);
      }
      if (!s.changes().isEmpty()) {
        ObjectNode changes = o.putObject("changes");
        s.changes().forEach(c -> {
          ObjectNode ch = changes.putObject(c.field());
          ch.set("from", c.from() == null || c.from().isMissingNode() ? f.nullNode() : c.from());
          ch.set("to", c.to());
        });
      }
      if (s.note() != null) {
        o.put("note", s.note());
      }
    }
    ObjectNode sum = root.putObject("summary");
    for (Action a : Action.values()) {
      sum.put(a.verb(), count(a));
    }
    ArrayNode w = root.putArray("warnings");
    warnings.forEach(w::add);
    return root;
  }

  static String show(JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) {
      return "(none)";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(Json.text(i)));
      return "[" + String.join(", ", items) + "]";
    }
    return Json.compact(v);
  }
}
