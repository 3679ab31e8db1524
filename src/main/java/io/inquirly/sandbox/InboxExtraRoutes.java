package io.inquirly.sandbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inbox routes beyond the CRUD of {@link InboxRoutes}: {@code DELETE inboxes/{id}/avatar}
 * (chatwoot-4.10/app/controllers/api/v1/accounts/inboxes_controller.rb#avatar) and the account-level
 * {@code GET assignable_agents} (chatwoot-4.10/app/controllers/api/v1/accounts/assignable_agents_controller.rb).
 */
final class InboxExtraRoutes {
  private InboxExtraRoutes() {}

  static void register(Router r) {
    r.app("DELETE", Admin.A + "/inboxes/{id}/avatar", InboxExtraRoutes::avatar);
    r.app("GET", Admin.A + "/assignable_agents", InboxExtraRoutes::assignableAgents);
  }

  /** fetch_inbox: the account's inbox (404) that the caller may see (InboxPolicy#show?, else 401). */
  static Store.Inbox shown(Call call, long id) {
    Store.Inbox inbox = call.store().inbox(call.account(), id);
    if (!InboxRoutes.canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    return inbox;
  }

  /** inboxes_controller.rb#avatar: administrators (InboxPolicy#avatar?); the sandbox keeps no pictures; head :ok. */
  static Response avatar(Call call) {
    shown(call, call.pathId("id"));
    call.requireAdministrator();
    return Response.empty(200);
  }

  /**
   * assignable_agents_controller.rb#index: {@code inbox_ids[]} (every id must be an inbox of the account, else
   * 404); the agents who are members of all of them, then every administrator, once each, as
   * {@code {"payload": [agent...]}}. No inbox ids: the administrators only.
   */
  static Response assignableAgents(Call call) {
    Store.Account account = call.account();
    List<String> ids = call.request().queryList("inbox_ids");
    Set<Long> common = null;
    for (String id : ids) {
      Store.Inbox inbox = shown(call, Ids.rubyToI(id));
      Set<Long> members = new LinkedHashSet<>(inbox.memberIds);
      if (common == null) {
        common = members;
      } else {
        common.retainAll(members);
      }
    }
    Set<Long> out = new LinkedHashSet<>();
    if (common != null) {
      account.members.keySet().stream().filter(common::contains).sorted().forEach(out::add);
    }
    account.members.values().stream().filter(au -> au.role == Store.Role.ADMINISTRATOR)
        .forEach(au -> out.add(au.userId));
    return Response.ok(Admin.payload(Admin.agents(call.store(), account, out)));
  }
}
