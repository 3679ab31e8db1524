package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An inbox's weekly schedule as upstream keeps it (chatwoot-4.10/app/models/concerns/out_of_offisable.rb): seven
 * rows by {@code day_of_week} (0 = Sunday), created with the inbox (Sunday and Saturday closed, other days
 * 9:00-17:00), changed through the inbox update's top-level {@code working_hours} array.
 */
final class WorkingHours {
  static final List<String> FIELDS = List.of("day_of_week", "closed_all_day", "open_hour", "open_minutes",
      "close_hour", "close_minutes", "open_all_day");

  private WorkingHours() {}

  static ArrayNode defaults() {
    ArrayNode week = Json.array();
    for (int day = 0; day < 7; day++) {
      ObjectNode h = week.addObject();
      boolean weekend = day == 0 || day == 6;
      h.put("day_of_week", day);
      h.put("closed_all_day", weekend);
      if (weekend) {
        h.putNull("open_hour");
        h.putNull("open_minutes");
        h.putNull("close_hour");
        h.putNull("close_minutes");
      } else {
        h.put("open_hour", 9);
        h.put("open_minutes", 0);
        h.put("close_hour", 17);
        h.put("close_minutes", 0);
      }
      h.put("open_all_day", false);
    }
    return week;
  }

  /**
   * {@code update_working_hours}: each given row updates its day with {@code update} (not {@code update!}), so a
   * row that fails WorkingHour's validations leaves that day unchanged; a day that does not exist is the
   * server's NoMethodError on nil (500).
   */
  static void update(ArrayNode week, JsonNode given) {
    if (given == null || !given.isArray()) {
      return;
    }
    for (JsonNode row : given) {
      int day = row.path("day_of_week").asInt(-1);
      if (day < 0 || day > 6) {
        throw ApiError.error(500, "undefined method `update' for nil:NilClass");
      }
      ObjectNode merged = ((ObjectNode) week.get(day)).deepCopy();
      for (String f : FIELDS) {
        if (row.has(f) && !f.equals("day_of_week")) {
          merged.set(f, row.get(f).deepCopy());
        }
      }
      if (merged.path("open_all_day").asBoolean()) {
        merged.put("open_hour", 0);
        merged.put("open_minutes", 0);
        merged.put("close_hour", 23);
        merged.put("close_minutes", 59);
      }
      if (valid(merged)) {
        week.set(day, merged);
      }
    }
  }

  /** WorkingHour's validations. */
  private static boolean valid(ObjectNode h) {
    if (h.path("open_all_day").asBoolean() && h.path("closed_all_day").asBoolean()) {
      return false;
    }
    if (h.path("closed_all_day").asBoolean()) {
      return true;
    }
    int oh = h.path("open_hour").asInt(-1);
    int om = h.path("open_minutes").asInt(-1);
    int ch = h.path("close_hour").asInt(-1);
    int cm = h.path("close_minutes").asInt(-1);
    if (!h.path("open_hour").isNumber() || !h.path("close_hour").isNumber() || !h.path("open_minutes").isNumber()
        || !h.path("close_minutes").isNumber()) {
      return false;
    }
    return oh >= 0 && oh <= 23 && ch >= 0 && ch <= 23 && om >= 0 && om <= 59 && cm >= 0 && cm <= 59
        && oh * 60 + om < ch * 60 + cm;
  }
}
