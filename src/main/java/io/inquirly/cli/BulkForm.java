package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.ContactsApi;
import io.inquirly.api.ConversationsApi;
import io.inquirly.api.Operation;
import io.inquirly.api.OperationRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code bulk_actions} form of a per-record verb, where the server has one
 * (chatwoot-4.10/app/controllers/api/v1/accounts/bulk_actions_controller.rb): conversations' status (with --to),
 * assign (agent and team ids), labels add and remove; contacts' delete. Each form also says how to tell from a
 * record read back whether the change was applied, since the server answers before its job has run.
 *
 * @param bulk the bulk operation
 * @param values its values, without the ids
 * @param deletes the change deletes the records (verified by their absence)
 */
record BulkForm(OperationRef bulk, Map<String, Object> values, boolean deletes, Check check) {

  /** Whether a record read back shows the change: null when it does, else what it shows instead. */
  @FunctionalInterface
  interface Check {
    String unchanged(JsonNode record);
  }

  /** The form of this operation with these values, or null when the server has none (one request per id). */
  static BulkForm of(Operation op, Map<String, Object> values) {
    Map<String, Object> v = new HashMap<>();
    switch (op.commandLine()) {
      case "conversations status" -> {
        Object status = values.get("status");
        Object until = values.get("snoozed_until");
        if (status == null && until == null) {
          return null; // a toggle: each conversation's next status depends on its own
        }
        String to = status == null ? "snoozed" : status.toString();
        v.put("fields.status", to);
        if (until != null) {
          v.put("snoozed_until", until);
        }
        return new BulkForm(ConversationsApi.BULK, v, false, r -> to.equals(r.path("status").asText())
            ? null : "status is " + r.path("status").asText());
      }
      case "conversations assign" -> {
        Long agent = id(values.get("agent"));
        Long team = id(values.get("team"));
        if (agent == null && team == null || values.get("agent") != null && agent == null
            || values.get("team") != null && team == null) {
          return null; // me, an e-mail or none: the assignment handler resolves them one by one
        }
        if (agent != null) {
          v.put("fields.assignee_id", agent);
        }
        if (team != null) {
          v.put("fields.team_id", team);
        }
        return new BulkForm(ConversationsApi.BULK, v, false, r -> {
          List<String> off = new ArrayList<>();
          if (agent != null && r.at("/meta/assignee/id").asLong() != agent) {
            off.add("assignee is " + text(r.at("/meta/assignee/id")));
          }
          if (team != null && r.at("/meta/team/id").asLong() != team) {
            off.add("team is " + text(r.at("/meta/team/id")));
          }
          return off.isEmpty() ? null : String.join(", ", off);
        });
      }
      case "conversations labels add", "conversations labels remove" -> {
        boolean add = op.verb().equals("add");
        List<String> labels = strings(values.get("labels"));
        v.put(add ? "labels.add" : "labels.remove", labels);
        return new BulkForm(ConversationsApi.BULK, v, false, r -> {
          List<String> has = strings(r.path("labels"));
          List<String> off = labels.stream().filter(l -> has.contains(l) != add).toList();
          return off.isEmpty() ? null : (add ? "still without " : "still with ") + String.join(", ", off);
        });
      }
      case "contacts delete" -> {
        v.put("delete", true);
        return new BulkForm(ContactsApi.BULK, v, true, r -> "still there");
      }
      default -> {
        return null;
      }
    }
  }

  /** The bulk operation's values for some of the ids. */
  Map<String, Object> values(List<Long> ids) {
    Map<String, Object> m = new HashMap<>(values);
    m.put("ids", ids.stream().map(String::valueOf).toList());
    return m;
  }

  private static Long id(Object value) {
    return value != null && value.toString().matches("\\d{1,18}") ? Long.valueOf(value.toString()) : null;
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? "none" : n.asText();
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(o -> out.add(String.valueOf(o)));
    } else if (value instanceof JsonNode n) {
      n.forEach(e -> out.add(e.asText()));
    }
    return out;
  }
}
