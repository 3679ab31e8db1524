package io.inquirly.sandbox;

/**
 * Demo records of the administration groups, so their documented examples run on a fresh demo sandbox: labels 1
 * "vip" and 2 "beta", canned response 1, custom attribute 1 (contact "plan"), custom filter 1 (the admin's),
 * automation rule 1, webhook 1, integration hook 1 (dialogflow on inbox 1), portal "help" with category 1 and its article 1. A demo
 * sandbox acts as an Enterprise server (audit logs). Planted after {@link SeedDemoConversations}, whose teams 1
 * "billing" (with the agent) and 2 "escalations" (with the admin) are the demo teams the teams examples use.
 */
final class SeedDemoAdmin {
  private SeedDemoAdmin() {}

  static void plant(Store store, Store.Account account, Store.Inbox apiInbox) {
    store.enterprise = true;
    Store.User admin = null;
    for (Store.AccountUser au : account.members.values()) {
      if (au.role == Store.Role.ADMINISTRATOR && admin == null) {
        admin = store.users.get(au.userId);
      }
    }
    LabelRoutes.add(store, account, "vip", "Very important customers", "#ff6b00");
    LabelRoutes.add(store, account, "beta", "Beta programme", "#1f93ff");

    CannedResponseRoutes.add(store, account, "hello", "Hello! How can we help you today?");
    CustomAttributeRoutes.add(store, account, "contact_attribute", "plan", "Plan", "list")
        .putArray("attribute_values").add("free").add("pro").add("enterprise");

    var query = Json.object();
    var item = query.putArray("payload").addObject();
    item.put("attribute_key", "status");
    item.put("filter_operator", "equal_to");
    item.putArray("values").add("open");
    item.putNull("query_operator");
    if (admin != null) {
      CustomFilterRoutes.add(store, account, admin.id, "Open conversations", "conversation", query);
    }

    var rule = Json.object();
    rule.put("name", "Tag VIP messages");
    rule.put("description", "Adds the vip label when a message mentions VIP");
    rule.put("event_name", "message_created");
    var cond = rule.putArray("conditions").addObject();
    cond.put("attribute_key", "content");
    cond.put("filter_operator", "contains");
    cond.putArray("values").add("vip");
    cond.putNull("query_operator");
    var action = rule.putArray("actions").addObject();
    action.put("action_name", "add_label");
    action.putArray("action_params").add("vip");
    AutomationRuleRoutes.add(store, account, rule);

    WebhookRoutes.add(store, account, "https://example.com/inquirly-events", "Events",
        java.util.List.of("conversation_created", "message_created"));

    var hook = Json.object();
    long hookId = store.nextId("integrations_hooks");
    hook.put("id", hookId);
    hook.put("app_id", "dialogflow");
    hook.put("inbox_id", apiInbox.id);
    hook.put("account_id", account.id);
    hook.put("status", true);
    hook.put("hook_type", "inbox");
    hook.putObject("settings").put("project_id", "acme-support");
    account.admin.hooks.put(hookId, hook);

    var portal = HelpCenterRoutes.addPortal(store, account, "Acme Help", "help");
    portal.put("custom_domain", "help.acme.test");
    var category = HelpCenterRoutes.addCategory(store, account, portal, "Getting started", "getting-started", "en");
    HelpCenterRoutes.addArticle(store, account, category, admin, "Inviting your team", "inviting-your-team",
        "Settings > Agents > Add agent.");
    EnterpriseRoutes.seed(store, account, apiInbox, admin.id);
  }
}
