package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Handlers of the notifications group: a bare-number answer, and settings the server only replaces whole. */
final class NotificationHandlers {
  private NotificationHandlers() {}

  /** The server answers a bare number: it becomes {@code {"unread_count": n}}, printed alone. */
  static JsonNode unreadCount(Call call) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("unread_count", call.send());
    return o;
  }

  /**
   * The server replaces both lists, so a list the command line leaves out would be emptied: it is read first
   * and sent back unchanged.
   */
  static JsonNode keepOtherFlags(Call call) {
    boolean email = call.value("email") != null;
    boolean push = call.value("push") != null;
    if (call.data() == null && !email && !push) {
      throw new InvalidInput("nothing to change", "give --email TYPES, --push TYPES, or both");
    }
    call.request(); // checks the given types before anything is sent
    if (call.data() != null || email && push) {
      return call.send();
    }
    JsonNode current = call.send("GET", NotificationsApi.SETTINGS, null);
    Call full = call;
    if (!email) {
      full = full.with("email", current("email", current));
    }
    if (!push) {
      full = full.with("push", current("push", current));
    }
    return full.send();
  }

  private static List<String> current(String channel, JsonNode settings) {
    List<String> types = new ArrayList<>();
    settings.path("selected_" + channel + "_flags").forEach(f -> types.add(f.asText().substring(channel.length() + 1)));
    return types;
  }
}
