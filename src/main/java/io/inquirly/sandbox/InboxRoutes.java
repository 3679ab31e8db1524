package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /api/v1/accounts/{account_id}/inboxes}: agents see only the inboxes they are members of. */
final class InboxRoutes {
  private InboxRoutes() {}

  static void register(Router r) {
    r.app("GET", "/api/v1/accounts/{account_id}/inboxes", InboxRoutes::list);
    r.app("GET", "/api/v1/accounts/{account_id}/inboxes/{id}", InboxRoutes::show);
  }

  static Response list(Call call) {
    ObjectNode body = Json.object();
    var payload = body.putArray("payload");
    for (Store.Inbox inbox : call.account().inboxes.values()) {
      if (canSee(call, inbox)) {
        payload.add(Views.inbox(inbox, call.isAdministrator()));
      }
    }
    return Response.ok(body);
  }

  static Response show(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("id"));
    if (!canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    return Response.ok(Views.inbox(inbox, call.isAdministrator()));
  }

  /** InboxPolicy#show?: administrators see every inbox, agents the ones they belong to. */
  static boolean canSee(Call call, Store.Inbox inbox) {
    if (call.isAdministrator()) {
      return true;
    }
    if (call.principal().isBot()) {
      return true;
    }
    return call.membership() != null && inbox.memberIds.contains(call.membership().userId);
  }
}
