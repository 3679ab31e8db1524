package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;

/**
 * What {@code contacts bulk} and {@code conversations bulk} share: the one endpoint
 * (chatwoot-4.10/app/controllers/api/v1/accounts/bulk_actions_controller.rb), its {@code ids} as numbers, and the
 * note that the server only queued the change.
 */
final class BulkActions {
  private BulkActions() {}

  static final String PATH = "/api/v1/accounts/{account_id}/bulk_actions";
  static final String[] SOURCE = {"app/controllers/api/v1/accounts/bulk_actions_controller.rb",
      "app/services/contacts/bulk_action_service.rb", "app/services/contacts/bulk_assign_labels_service.rb",
      "app/services/contacts/bulk_delete_service.rb"};

  /** The positional ids as a JSON array of numbers. */
  static Computed ids() {
    return Computed.of("ids", values -> {
      Object given = values.get("ids");
      if (!(given instanceof List<?> list)) {
        return null;
      }
      ArrayNode ids = JsonNodeFactory.instance.arrayNode();
      for (Object o : list) {
        String text = String.valueOf(o).strip();
        if (!text.matches("\\d{1,18}")) {
          throw new InvalidInput("invalid id '" + text + "'", "give whole numbers");
        }
        ids.add(Long.parseLong(text));
      }
      return ids;
    });
  }

  /** Nothing to change is a usage error, not a request the server would queue and ignore. */
  static Map<String, Object> requireChange(Map<String, Object> values, String options) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (!e.getKey().equals("ids") && e.getValue() != null && !Boolean.FALSE.equals(e.getValue())
          && !(e.getValue() instanceof List<?> l && l.isEmpty())) {
        return values;
      }
    }
    throw new InvalidInput("nothing to change", "give " + options);
  }

  static String queued(Map<String, Object> values, JsonNode answer) {
    Object ids = values.get("ids");
    int n = ids instanceof List<?> l ? l.size() : 0;
    return "Queued: the server changes " + n + " in the background (the answer does not say whether it worked).";
  }
}
