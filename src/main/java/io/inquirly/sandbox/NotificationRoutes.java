package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The caller's own notifications and notification settings in an account
 * (chatwoot-4.10/app/controllers/api/v1/accounts/notifications_controller.rb, notification_settings_controller.rb,
 * app/finders/notification_finder.rb): the list leaves out read and snoozed ones unless {@code includes[]} names
 * them, 15 a page, newest activity first; read/unread/snooze answer the record as its model's JSON.
 */
final class NotificationRoutes {
  private static final String BASE = Admin.A + "/notifications";
  private static final String SETTINGS = Admin.A + "/notification_settings";
  static final int PAGE_SIZE = 15;
  static final List<String> TYPES = List.of("conversation_creation", "conversation_assignment",
      "assigned_conversation_new_message", "conversation_mention", "participating_conversation_new_message",
      "sla_missed_first_response", "sla_missed_next_response", "sla_missed_resolution");

  private NotificationRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, NotificationRoutes::list);
    r.app("GET", BASE + "/unread_count", NotificationRoutes::unreadCount);
    r.app("POST", BASE + "/read_all", NotificationRoutes::readAll);
    r.app("POST", BASE + "/destroy_all", NotificationRoutes::destroyAll);
    r.app("PATCH", BASE + "/{id}", NotificationRoutes::read);
    r.app("PUT", BASE + "/{id}", NotificationRoutes::read);
    r.app("POST", BASE + "/{id}/unread", NotificationRoutes::unread);
    r.app("POST", BASE + "/{id}/snooze", NotificationRoutes::snooze);
    r.app("DELETE", BASE + "/{id}", NotificationRoutes::delete);
    r.app("GET", SETTINGS, NotificationRoutes::settings);
    r.app("PATCH", SETTINGS, NotificationRoutes::updateSettings);
    r.app("PUT", SETTINGS, NotificationRoutes::updateSettings);
  }

  /** A notification for a user about a conversation (what the server's listeners create). */
  static ObjectNode add(Store store, Store.Account account, long userId, String type, Store.Conversation c,
      String title, String body) {
    ObjectNode n = Json.object();
    long id = store.nextId("notifications");
    n.put("id", id);
    n.put("account_id", account.id);
    n.put("user_id", userId);
    n.put("notification_type", type);
    n.put("primary_actor_type", "Conversation");
    n.put("primary_actor_id", c.id);
    n.putNull("secondary_actor_type");
    n.putNull("secondary_actor_id");
    n.putNull("read_at");
    n.putNull("snoozed_until");
    n.put("created_at", Views.iso(Store.now()));
    n.put("updated_at", Views.iso(Store.now()));
    n.put("last_activity_at", Views.iso(Store.now()));
    n.putObject("meta");
    n.put("_title", title);
    n.put("_body", body);
    account.ops.notifications.put(id, n);
    return n;
  }

  private static List<ObjectNode> found(Call call) {
    List<String> includes = call.request().queryList("includes");
    long user = call.principal().user().id;
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode n : call.account().ops.notifications.values()) {
      if (n.get("user_id").asLong() == user && (includes.contains("snoozed") || n.get("snoozed_until").isNull())
          && (includes.contains("read") || n.get("read_at").isNull())) {
        out.add(n);
      }
    }
    return out;
  }

  static Response list(Call call) {
    List<ObjectNode> all = found(call);
    Comparator<ObjectNode> byActivity = Comparator.comparing(n -> n.get("last_activity_at").asText());
    boolean asc = "asc".equals(call.request().query("sort_order"));
    all.sort(asc ? byActivity.thenComparing(n -> n.get("id").asLong())
        : byActivity.reversed().thenComparing(n -> -n.get("id").asLong()));
    String pageText = call.request().query("page");
    int page = Math.max(1, (int) Ids.rubyToI(pageText == null ? "1" : pageText));
    ObjectNode body = Json.object();
    ObjectNode data = body.putObject("data");
    ObjectNode meta = data.putObject("meta");
    meta.put("unread_count", all.stream().filter(n -> n.get("read_at").isNull()).count());
    meta.put("count", all.size());
    if (pageText == null) {
      meta.put("current_page", 1);
    } else {
      meta.put("current_page", pageText);
    }
    ArrayNode payload = data.putArray("payload");
    all.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).forEach(n -> payload.add(render(call, n)));
    return Response.ok(body);
  }

  static Response unreadCount(Call call) {
    return Response.ok(LongNode.valueOf(found(call).stream().filter(n -> n.get("read_at").isNull()).count()));
  }

  static Response readAll(Call call) {
    long user = call.principal().user().id;
    String type = call.request().paramText("primary_actor_type");
    String actor = call.request().paramText("primary_actor_id");
    for (ObjectNode n : call.account().ops.notifications.values()) {
      boolean actorMatches = !"Conversation".equals(type)
          || n.get("primary_actor_id").asText().equals(actor);
      if (n.get("user_id").asLong() == user && n.get("read_at").isNull() && actorMatches) {
        n.put("read_at", Views.iso(Store.now()));
      }
    }
    return Response.empty(200);
  }

  /** Upstream runs a job; the sandbox deletes at once ({@code type=read}: only the read ones). */
  static Response destroyAll(Call call) {
    long user = call.principal().user().id;
    boolean onlyRead = "read".equals(call.request().paramText("type"));
    call.account().ops.notifications.values().removeIf(n -> n.get("user_id").asLong() == user
        && (!onlyRead || !n.get("read_at").isNull()));
    return Response.empty(200);
  }

  static Response read(Call call) {
    ObjectNode n = own(call);
    n.put("read_at", Views.iso(Store.now()));
    return Response.ok(Admin.view(n));
  }

  static Response unread(Call call) {
    ObjectNode n = own(call);
    n.putNull("read_at");
    return Response.ok(Admin.view(n));
  }

  /** {@code snoozed_until} is epoch seconds (DateRangeHelper#parse_date_time). */
  static Response snooze(Call call) {
    ObjectNode n = own(call);
    String until = call.request().paramText("snoozed_until");
    if (until != null) {
      if (!until.matches("\\d{1,12}")) {
        throw ApiError.error(500, "invalid date");
      }
      n.put("snoozed_until", Views.iso(Long.parseLong(until)));
      ((ObjectNode) n.get("meta")).putNull("last_snoozed_at");
    }
    return Response.ok(Admin.view(n));
  }

  static Response delete(Call call) {
    ObjectNode n = own(call);
    call.account().ops.notifications.remove(n.get("id").asLong());
    return Response.empty(200);
  }

  private static ObjectNode own(Call call) {
    ObjectNode n = Admin.find(call.account().ops.notifications, call.path("id"));
    if (n.get("user_id").asLong() != call.principal().user().id) {
      throw ApiError.notFound();
    }
    return n;
  }

  /** The index view's record: the model plus push title/body and the actors' event data. */
  private static ObjectNode render(Call call, ObjectNode n) {
    ObjectNode o = Json.object();
    o.set("id", n.get("id"));
    o.set("notification_type", n.get("notification_type"));
    o.set("push_message_title", n.get("_title"));
    o.set("push_message_body", n.get("_body"));
    o.set("primary_actor_type", n.get("primary_actor_type"));
    o.set("primary_actor_id", n.get("primary_actor_id"));
    long actor = n.get("primary_actor_id").asLong();
    Store.Conversation c = call.account().conversations.values().stream().filter(x -> x.id == actor).findFirst()
        .orElse(null);
    o.set("primary_actor", c == null ? Json.object()
        : ConversationViews.conversation(call.store(), call.account(), c));
    o.set("read_at", n.get("read_at"));
    o.putNull("secondary_actor");
    o.set("user", ConversationViews.userEvent(call.store().users.get(n.get("user_id").asLong())));
    o.put("created_at", java.time.Instant.parse(n.get("created_at").asText()).getEpochSecond());
    o.put("last_activity_at", java.time.Instant.parse(n.get("last_activity_at").asText()).getEpochSecond());
    o.set("snoozed_until", n.get("snoozed_until"));
    o.set("meta", n.get("meta"));
    return o;
  }

  // ---- settings ----

  /** AccountUser#create_notification_setting: assignment e-mails and pushes. */
  private static ObjectNode setting(Call call) {
    long user = call.principal().user().id;
    return call.account().ops.notificationSettings.computeIfAbsent(user, u -> {
      ObjectNode s = Json.object();
      s.put("id", call.store().nextId("notification_settings"));
      s.put("user_id", u);
      s.put("account_id", call.account().id);
      s.putArray("selected_email_flags").add("email_conversation_assignment");
      s.putArray("selected_push_flags").add("push_conversation_assignment");
      return s;
    });
  }

  static Response settings(Call call) {
    return Response.ok(renderSettings(setting(call)));
  }

  /** Both flag lists are replaced: one left out becomes empty (the controller assigns both). */
  static Response updateSettings(Call call) {
    JsonNode p = call.request().body().get("notification_settings");
    if (p == null || !p.isObject() || p.isEmpty()) {
      throw ApiError.error(400, "param is missing or the value is empty: notification_settings");
    }
    ObjectNode s = setting(call);
    s.set("selected_email_flags", flags(p.get("selected_email_flags"), "email_"));
    s.set("selected_push_flags", flags(p.get("selected_push_flags"), "push_"));
    return Response.ok(renderSettings(s));
  }

  /** flag_shih_tzu keeps only known flags. */
  private static ArrayNode flags(JsonNode given, String prefix) {
    ArrayNode out = Json.array();
    for (String t : TYPES) {
      boolean on = false;
      if (given != null && given.isArray()) {
        for (JsonNode g : given) {
          on |= g.asText().equals(prefix + t);
        }
      }
      if (on) {
        out.add(prefix + t);
      }
    }
    return out;
  }

  private static ObjectNode renderSettings(ObjectNode s) {
    ObjectNode o = Json.object();
    o.set("id", s.get("id"));
    o.set("user_id", s.get("user_id"));
    o.set("account_id", s.get("account_id"));
    ArrayNode allEmail = o.putArray("all_email_flags");
    TYPES.forEach(t -> allEmail.add("email_" + t));
    o.set("selected_email_flags", s.get("selected_email_flags"));
    ArrayNode allPush = o.putArray("all_push_flags");
    TYPES.forEach(t -> allPush.add("push_" + t));
    o.set("selected_push_flags", s.get("selected_push_flags"));
    return o;
  }
}
