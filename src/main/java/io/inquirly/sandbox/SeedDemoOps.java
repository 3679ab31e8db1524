package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Demo records of the campaign, dashboard app, assignment policy and notification routes: campaign 1 on the
 * Website inbox, dashboard app 1, assignment policy 1 "Round robin" used by the API inbox, and two unread
 * notifications of the administrator (assignments of conversations 1 and 2).
 */
final class SeedDemoOps {
  private SeedDemoOps() {}

  static void plant(Store store, Store.Account account, Store.Inbox apiInbox) {
    long admin = account.members.values().stream().filter(au -> au.role == Store.Role.ADMINISTRATOR)
        .findFirst().orElseThrow().userId;
    Store.Inbox website = account.inboxes.values().stream()
        .filter(i -> "Channel::WebWidget".equals(i.channelType)).findFirst().orElseThrow();
    ObjectNode c = Json.object();
    c.put("id", ++account.ops.lastCampaignDisplayId);
    c.put("title", "Welcome");
    c.put("description", "Greets visitors of the home page");
    c.put("account_id", account.id);
    c.put("message", "Hi! Need a hand choosing a plan?");
    c.putNull("template_params");
    c.put("campaign_status", "active");
    c.put("enabled", true);
    c.put("campaign_type", "ongoing");
    c.putNull("scheduled_at");
    c.putArray("audience");
    c.putObject("trigger_rules").put("url", "https://www.acme.test/").put("time_on_page", 5);
    c.put("trigger_only_during_business_hours", false);
    c.put("created_at", Views.iso(Store.now()));
    c.put("updated_at", Views.iso(Store.now()));
    c.put("_inbox_id", website.id);
    c.putNull("_sender_id");
    account.ops.campaigns.put(c.get("id").asLong(), c);

    ObjectNode app = Json.object();
    long appId = store.nextId("dashboard_apps");
    app.put("id", appId);
    app.put("title", "Customer orders");
    app.putArray("content").addObject().put("type", "frame").put("url", "https://crm.acme.test/orders");
    app.put("created_at", Views.iso(Store.now()));
    account.ops.dashboardApps.put(appId, app);

    ObjectNode policy = Json.object();
    long policyId = store.nextId("assignment_policies");
    policy.put("id", policyId);
    policy.put("name", "Round robin");
    policy.put("description", "Everyone in turn");
    policy.put("assignment_order", "round_robin");
    policy.put("conversation_priority", "earliest_created");
    policy.put("fair_distribution_limit", 100);
    policy.put("fair_distribution_window", 3600);
    policy.put("enabled", true);
    policy.put("created_at", Store.now());
    policy.put("updated_at", Store.now());
    account.ops.assignmentPolicies.put(policyId, policy);
    account.ops.inboxPolicies.put(apiInbox.id, policyId);

    for (long displayId : new long[] {1, 2}) {
      Store.Conversation conv = account.conversations.get(displayId);
      if (conv != null) {
        NotificationRoutes.add(store, account, admin, "conversation_assignment", conv,
            "A conversation (#" + displayId + ") has been assigned to you", "");
      }
    }
  }
}
