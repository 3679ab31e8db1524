package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;
import java.util.Set;

/** Webhooks: URLs the server posts account events to. */
public final class WebhooksApi {
  private WebhooksApi() {}

  public static final OperationRef LIST = OperationRef.of("webhooks list");
  public static final OperationRef CREATE = OperationRef.of("webhooks create");
  public static final OperationRef UPDATE = OperationRef.of("webhooks update");
  public static final OperationRef DELETE = OperationRef.of("webhooks delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/webhooks";
  static final String[] COLUMNS = {"id", "name", "url", "subscriptions"};
  /** Webhook::ALLOWED_WEBHOOK_EVENTS (chatwoot-4.10/app/models/webhook.rb); the spec lists only the first 8. */
  public static final Set<String> EVENTS = Set.of("conversation_created", "conversation_status_changed",
      "conversation_updated", "message_created", "message_updated", "contact_created", "contact_updated",
      "webwidget_triggered", "inbox_created", "inbox_updated", "conversation_typing_on", "conversation_typing_off");

  static Param[] fields() {
    return new Param[] {
      Param.body("name", "--name", "a name for the webhook"),
      Param.body("inbox_id", "--inbox", "only this inbox's events (webhooks_controller.rb permits inbox_id)")
          .integer().labelled("ID"),
      Param.local("subscriptions", "--subscription", "an event to send (repeatable or comma-separated): "
          + String.join(", ", new java.util.TreeSet<>(EVENTS))).type(Type.LIST).labelled("EVENT"),
    };
  }

  public static Group group() {
    return Group.named("webhooks").noun("webhook")
        .source("app/controllers/api/v1/accounts/webhooks_controller.rb", "app/views/api/v1/accounts/webhooks/",
            "app/models/webhook.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("list-all-webhooks")
            .summary("List the account's webhooks (administrators)")
            .list("payload.webhooks").columns(COLUMNS)
            .example("inquirly webhooks list"),
        op(CREATE, "POST", BASE)
            .id("create-a-webhook")
            .summary("Add a webhook (administrators; URLs are unique per account)")
            .params(Param.body("url", "--url", "the URL events are posted to").labelled("URL").mandatory())
            .params(fields())
            .computed(Admin.stringList("subscriptions", "subscriptions", EVENTS, "--subscription"))
            .one("payload.webhook").columns(COLUMNS)
            .example("inquirly webhooks create --url https://example.com/events "
                + "--subscription conversation_created --subscription message_created"),
        op(UPDATE, "PATCH", BASE + "/{webhook_id}")
            .id("update-a-webhook")
            .summary("Change a webhook (administrators; --subscription replaces the list)")
            .params(Param.path("webhook_id", "ID", "the webhook's id"), Param.body("url", "--url", "new URL").labelled("URL"))
            .params(fields())
            .computed(Admin.stringList("subscriptions", "subscriptions", EVENTS, "--subscription"))
            .one("payload.webhook").columns(COLUMNS)
            .example("inquirly webhooks update 1 --subscription conversation_created,conversation_status_changed"),
        op(DELETE, "DELETE", BASE + "/{webhook_id}")
            .id("delete-a-webhook")
            .summary("Delete webhooks (administrators)")
            .params(Param.path("webhook_id", "ID", "the webhook's id"))
            .batch()
            .example("inquirly webhooks delete 1 --yes"));
  }
}
