package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inbox's weekly schedule: the server keeps seven rows by {@code day_of_week} (0 = Sunday) and changes them
 * through the inbox update's top-level {@code working_hours} array
 * (chatwoot-4.10/app/models/concerns/out_of_offisable.rb). The standalone {@code PATCH working_hours/{id}} route
 * cannot be used: its controller calls a {@code fetch_webhook} filter that does not exist (a server error).
 */
public final class WorkingHours {
  private WorkingHours() {}

  static final String[] COLUMNS = {"day_of_week", "closed_all_day", "open_all_day", "open_hour", "open_minutes",
      "close_hour", "close_minutes"};
  /** Day names by day_of_week. */
  public static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
  private static final Pattern HOURS = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

  /** {@code --day mon=09:00-17:00 --day sat=closed} → body {@code working_hours: [...]}. */
  static Computed days(String local) {
    return Computed.of("working_hours", values -> {
      if (values.get(local) == null) {
        return null;
      }
      ArrayNode rows = JsonNodeFactory.instance.arrayNode();
      for (String w : Admin.words(values.get(local))) {
        int eq = w.indexOf('=');
        if (eq < 0) {
          throw new InvalidInput("invalid --day '" + w + "'", "write DAY=HH:MM-HH:MM, DAY=closed or DAY=all-day");
        }
        rows.add(row(w.substring(0, eq), w.substring(eq + 1)));
      }
      return rows;
    });
  }

  /** The day number of a name ({@code mon}, {@code monday}) or digit, or -1. */
  public static int day(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.matches("[0-6]")) {
      return Integer.parseInt(t);
    }
    return t.length() >= 3 ? DAYS.indexOf(t.substring(0, 3)) : -1;
  }

  /**
   * One day's row as the server takes it, from {@code 09:00-17:00}, {@code closed} or {@code all-day}; checked as
   * the WorkingHour model checks it, because the server drops an invalid row silently.
   */
  public static ObjectNode row(String dayText, String hours) {
    int day = day(dayText);
    if (day < 0) {
      throw new InvalidInput("invalid day '" + dayText + "'", "use sun, mon, tue, wed, thu, fri, sat or 0-6");
    }
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("day_of_week", day);
    String h = hours.strip().toLowerCase(Locale.ROOT);
    if (h.equals("closed")) {
      r.put("closed_all_day", true);
      r.put("open_all_day", false);
      return r;
    }
    if (h.equals("all-day") || h.equals("open")) {
      r.put("closed_all_day", false);
      r.put("open_all_day", true);
      return r;
    }
    Matcher m = HOURS.matcher(h);
    int oh = m.matches() ? Integer.parseInt(m.group(1)) : -1;
    int om = m.matches() ? Integer.parseInt(m.group(2)) : -1;
    int ch = m.matches() ? Integer.parseInt(m.group(3)) : -1;
    int cm = m.matches() ? Integer.parseInt(m.group(4)) : -1;
    if (oh < 0 || oh > 23 || ch > 23 || om > 59 || cm > 59) {
      throw new InvalidInput("invalid hours '" + hours + "' for " + DAYS.get(day),
          "write HH:MM-HH:MM (00:00 to 23:59), closed or all-day");
    }
    if (oh * 60 + om >= ch * 60 + cm) {
      throw new InvalidInput("the hours of " + DAYS.get(day) + " close before they open (" + hours + ")",
          "the server cannot keep hours across midnight: give the opening time first");
    }
    r.put("closed_all_day", false);
    r.put("open_all_day", false);
    r.put("open_hour", oh);
    r.put("open_minutes", om);
    r.put("close_hour", ch);
    r.put("close_minutes", cm);
    return r;
  }

  /** A server row as {@code closed}, {@code all-day} or {@code HH:MM-HH:MM} (what files and export write). */
  public static String text(JsonNode row) {
    if (row.path("closed_all_day").asBoolean()) {
      return "closed";
    }
    if (row.path("open_all_day").asBoolean()) {
      return "all-day";
    }
    return String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", row.path("open_hour").asInt(),
        row.path("open_minutes").asInt(), row.path("close_hour").asInt(), row.path("close_minutes").asInt());
  }
}
