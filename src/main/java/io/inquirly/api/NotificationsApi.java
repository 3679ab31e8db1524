package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.inquirly.api.Param.Type;
import java.util.List;

/** Your own notifications in the account (assignments, mentions, new messages, missed SLAs) and their settings. */
public final class NotificationsApi {
  private NotificationsApi() {}

  static final String BASE = Admin.ACCOUNT + "/notifications";
  static final String SETTINGS = Admin.ACCOUNT + "/notification_settings";
  static final String[] COLUMNS = {"id", "notification_type", "push_message_title", "primary_actor_id", "read_at",
      "snoozed_until"};
  static final String[] SETTINGS_COLUMNS = {"selected_email_flags", "selected_push_flags"};
  /** Notification::NOTIFICATION_TYPES, the names of the settings' flags without their email_/push_ prefix. */
  static final List<String> TYPES = List.of("conversation_creation", "conversation_assignment",
      "assigned_conversation_new_message", "conversation_mention", "participating_conversation_new_message",
      "sla_missed_first_response", "sla_missed_next_response", "sla_missed_resolution");

  static Param id() {
    return Param.path("id", "ID", "the notification's id");
  }

  public static Group group() {
    return Group.named("notifications").noun("notification")
        .source("app/controllers/api/v1/accounts/notifications_controller.rb",
            "app/views/api/v1/accounts/notifications/index.json.jbuilder", "app/finders/notification_finder.rb",
            "app/models/notification.rb")
        .of(
        op("notifications list", "GET", BASE)
            .summary("List your unread notifications, newest first (--include read,snoozed for the others)")
            .params(Param.query("includes", "--include", "also list these (read, snoozed)").type(Type.LIST)
                    .labelled("read|snoozed"),
                Param.query("sort_order", "--sort", "by last activity").choices("desc", "asc").labelled("ORDER"))
            .list("data.payload").paged().columns(COLUMNS)
            .example("inquirly notifications list --include read"),
        op("notifications unread-count", "GET", BASE + "/unread_count")
            .summary("Print how many unread notifications you have")
            .handler(NotificationHandlers::unreadCount)
            .one("").columns("unread_count").text("unread_count")
            .example("inquirly notifications unread-count"),
        op("notifications read", "PATCH", BASE + "/{id}")
            .summary("Mark notifications as read")
            .params(id())
            .batch()
            .one("").columns(COLUMNS)
            .example("inquirly notifications read 1"),
        op("notifications unread", "POST", BASE + "/{id}/unread")
            .summary("Mark notifications as unread")
            .params(id())
            .batch()
            .one("").columns(COLUMNS)
            .example("inquirly notifications unread 1"),
        op("notifications read-all", "POST", BASE + "/read_all")
            .summary("Mark all your notifications as read (or only those of one conversation)")
            .params(Param.local("conversation", "--conversation", "only this conversation's (its id)").integer()
                .labelled("ID"))
            .computed(Computed.of("primary_actor_type", v -> v.get("conversation") == null ? null : "Conversation"),
                Computed.of("primary_actor_id", v -> v.get("conversation")))
            .none()
            .status((v, answer) -> v.get("conversation") == null ? "Marked all notifications as read"
                : "Marked the notifications of conversation " + v.get("conversation") + " as read")
            .example("inquirly notifications read-all"),
        op("notifications snooze", "POST", BASE + "/{id}/snooze")
            .summary("Hide a notification until a time (it comes back unread)")
            .params(id(), Param.body("snoozed_until", "--until", "for how long (2h, 1d) or until when (epoch"
                + " seconds)").mandatory().labelled("SPAN").convert(Spans.aheadConverter("--until")))
            .one("").columns(COLUMNS)
            .example("inquirly notifications snooze 1 --until 2h"),
        op("notifications delete", "DELETE", BASE + "/{id}")
            .summary("Delete notifications")
            .params(id())
            .batch()
            .example("inquirly notifications delete 1 --yes"),
        op("notifications delete-all", "POST", BASE + "/destroy_all")
            .summary("Delete all your notifications (--read-only: only those already read)")
            .description("The server deletes them in a background job: a list right after may still show some.")
            .params(Param.flag("read_only", "--read-only", "only the notifications already read"))
            .computed(Computed.of("type", v -> Boolean.TRUE.equals(v.get("read_only")) ? "read" : "all"))
            .none().confirm(true)
            .status((v, answer) -> Boolean.TRUE.equals(v.get("read_only"))
                ? "Deleting your read notifications" : "Deleting all your notifications")
            .example("inquirly notifications delete-all --yes"),
        op("notifications settings show", "GET", SETTINGS)
            .source("app/controllers/api/v1/accounts/notification_settings_controller.rb",
                "app/views/api/v1/accounts/notification_settings/show.json.jbuilder")
            .summary("Show which notifications you get by e-mail and push")
            .one("").columns(SETTINGS_COLUMNS).noun("notification settings")
            .example("inquirly notifications settings show"),
        op("notifications settings update", "PATCH", SETTINGS)
            .source("app/controllers/api/v1/accounts/notification_settings_controller.rb",
                "app/views/api/v1/accounts/notification_settings/show.json.jbuilder")
            .summary("Choose the notifications you get by e-mail and push (the list you leave out is kept)")
            .description("Types: " + String.join(", ", TYPES) + ". Give none to turn a channel off:"
                + " --email ''.")
            .params(flags("email", "--email", "the types you get by e-mail"),
                flags("push", "--push", "the types you get as push notifications"))
            .computed(flagList("email"), flagList("push"))
            .handler(NotificationHandlers::keepOtherFlags)
            .one("").columns(SETTINGS_COLUMNS).noun("notification settings")
            .example("inquirly notifications settings update --email conversation_assignment,conversation_mention"));
  }

  private static Param flags(String name, String option, String description) {
    return Param.local(name, option, description + " (comma-separated or repeated)").type(Type.LIST)
        .labelled("TYPE");
  }

  /** {@code --email conversation_mention} → {@code notification_settings.selected_email_flags: [email_...]}. */
  private static Computed flagList(String channel) {
    return Computed.of("notification_settings.selected_" + channel + "_flags", values -> {
      if (values.get(channel) == null) {
        return null;
      }
      ArrayNode flags = JsonNodeFactory.instance.arrayNode();
      for (String w : Admin.words(values.get(channel))) {
        if (!TYPES.contains(w)) {
          throw new InvalidInput("invalid notification type '" + w + "' in --" + channel,
              "use one of " + String.join(", ", TYPES));
        }
        flags.add(channel + "_" + w);
      }
      return flags;
    });
  }
}
