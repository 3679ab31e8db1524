package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.OBJECT;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.InboxesApi;
import io.inquirly.api.InvalidInput;
import io.inquirly.api.WorkingHours;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An inbox's working hours, by inbox name: {@code days: {mon: 09:00-17:00, sat: closed, sun: all-day}} (days not
 * named keep their hours), {@code enabled}, {@code timezone}, {@code out_of_office_message}. Every inbox has a
 * schedule, so "creating" one sets the hours of an inbox the same file creates; there is nothing to delete.
 */
final class WorkingHoursKind extends Kind {
  WorkingHoursKind() {
    super("WorkingHours");
    field("inbox", STRING).field("enabled", BOOLEAN).field("timezone", STRING)
        .field("out_of_office_message", STRING).field("days", OBJECT);
  }

  @Override
  public List<String> keyFields() {
    return List.of("inbox");
  }

  @Override
  public boolean deletable() {
    return false;
  }

  @Override
  public List<String> needs() {
    return List.of("Inbox");
  }

  @Override
  public List<Ref> refs(Resource r) {
    return List.of(new Ref("inbox", "Inbox", r.get("inbox").asText()));
  }

  @Override
  public void validate(Resource r) {
    JsonNode days = r.get("days");
    if (days == null || !days.isObject()) {
      return;
    }
    days.properties().forEach(e -> {
      try {
        WorkingHours.row(e.getKey(), e.getValue().asText());
      } catch (InvalidInput bad) {
        throw new BadFile(r.where("days"), "WorkingHours days: " + bad.getMessage(), bad.hint());
      }
    });
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode inbox : ctx.api.list(InboxesApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.set("inbox", inbox.path("name"));
      s.set("enabled", inbox.path("working_hours_enabled"));
      s.set("timezone", inbox.path("timezone"));
      s.set("out_of_office_message", inbox.path("out_of_office_message"));
      ObjectNode days = s.putObject("days");
      for (JsonNode row : inbox.path("working_hours")) {
        days.put(WorkingHours.DAYS.get(row.path("day_of_week").asInt()), WorkingHours.text(row));
      }
      out.add(new Current(key(s), inbox.path("id").asText(), s));
    }
    return out;
  }

  /** Only the days the file names are compared (the others keep their hours). */
  @Override
  public boolean same(String field, JsonNode want, JsonNode have) {
    if (!field.equals("days") || want == null || !want.isObject()) {
      return super.same(field, want, have);
    }
    for (Map.Entry<String, JsonNode> e : want.properties()) {
      ObjectNode row = WorkingHours.row(e.getKey(), e.getValue().asText());
      String day = WorkingHours.DAYS.get(row.get("day_of_week").asInt());
      if (have == null || !WorkingHours.text(row).equals(have.path(day).asText())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    String id = inboxId(ctx, r.get("inbox").asText());
    update(ctx, r, new Current(r.key(), id, SimpleKind.NODES.objectNode()), new ArrayList<>(fields().keySet()));
    return id;
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    for (String f : changed) {
      if (!r.has(f)) {
        continue;
      }
      switch (f) {
        case "enabled" -> body.set("working_hours_enabled", r.get(f));
        case "timezone", "out_of_office_message" -> body.set(f, r.get(f));
        case "days" -> {
          ArrayNode rows = body.putArray("working_hours");
          r.get("days").properties().forEach(e -> rows.add(WorkingHours.row(e.getKey(), e.getValue().asText())));
        }
        default -> { }
      }
    }
    if (!body.isEmpty()) {
      ctx.api.send(InboxesApi.UPDATE, Map.of("id", current.id()), body);
    }
  }

  /** The id of the inbox with this name (exact first, then case-insensitive). */
  static String inboxId(Ctx ctx, String name) {
    String loose = null;
    for (JsonNode inbox : ctx.api.list(InboxesApi.LIST, Map.of())) {
      if (inbox.path("name").asText().equals(name)) {
        return inbox.path("id").asText();
      }
      if (inbox.path("name").asText().equalsIgnoreCase(name)) {
        loose = inbox.path("id").asText();
      }
    }
    if (loose == null) {
      throw new IllegalStateException("no inbox named " + name + " in the account");
    }
    return loose;
  }
}
