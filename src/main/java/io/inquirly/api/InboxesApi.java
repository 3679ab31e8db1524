package io.inquirly.api;

import static io.inquirly.api.Operation.op;

/** Inboxes: the channels conversations arrive through. */
public final class InboxesApi {
  private InboxesApi() {}

  static final String BASE = "/api/v1/accounts/{account_id}/inboxes";
  static final String[] COLUMNS = {"id", "name", "channel_type", "inbox_identifier"};

  static Param inboxId() {
    return Param.path("id", "ID", "the inbox's id");
  }

  public static Group group() {
    return Group.of("inboxes",
        op("inboxes list", "GET", BASE)
            .id("listAllInboxes")
            .summary("List the account's inboxes")
            .list("payload").columns(COLUMNS).noun("inbox")
            .example("inquirly inboxes list"),
        op("inboxes show", "GET", BASE + "/{id}")
            .id("GetInbox")
            .summary("Show one inbox")
            .params(inboxId())
            .one("").noun("inbox")
            .example("inquirly inboxes show 1"));
  }
}
