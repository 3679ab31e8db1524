package io.inquirly.sandbox;

/**
 * Demo records for a sandbox people explore and run examples against, so that documented examples such as
 * {@code inquirly contacts show 1} work on a fresh sandbox. Tests that count records start without them
 * ({@code SandboxOptions.defaults()}), or assert against the ids below.
 *
 * <p>Every sandbox (see {@link Seed}) has account 1 "Acme Support", users 1 Admin Ada (administrator) and 2 Agent
 * Alan (agent), inboxes 1 "API Inbox" (agent 2 is a member) and 2 "Secure API Inbox" (identity validation
 * mandatory), agent bots 1 "Sandbox Bot" (account) and 2 "Platform Bot" (global, the platform app's). The demo
 * records are planted in this order, each seed reusing what the earlier ones made:
 *
 * <ol>
 *   <li>here: contacts 1 Katherine Johnson (crm-1), 2 Grace Hopper (crm-2), 3 Alan Turing (crm-3), each with a
 *       contact inbox in inbox 1. Katherine's source_id there is {@value #PUBLIC_VISITOR}: she is the public-API
 *       demo visitor ({@code inquirly public ... --contact-identifier demo-visitor}), who sees her conversations
 *       1 and 4.
 *   <li>{@link SeedDemoConversations}: teams 1 "billing" (agent 2) and 2 "escalations" (admin 1), inbox 3
 *       "Website" (web widget), conversations with display ids 1-6 and messages 1-34 (conversation 1 holds
 *       messages 1-26; message 31 in conversation 4 is a Yes/No {@code input_select} the visitor can answer;
 *       conversation 1's uuid is {@value SeedDemoConversations#CONVERSATION_1_UUID}), conversation labels and
 *       the reporting events of those messages.
 *   <li>{@link SeedDemoAdmin}: labels 1 "vip" and 2 "beta" (the contact labels), canned response 1, custom
 *       attribute 1, custom filter 1, automation rule 1, webhook 1, integration hook 1, portal "help" with
 *       category 1; the sandbox acts as an Enterprise server. It adds no team: teams 1-2 above are the demo teams.
 * </ol>
 */
final class SeedDemo {
  /** The contact identifier (source_id in the API inbox) of the public-API demo visitor, contact 1. */
  static final String PUBLIC_VISITOR = "demo-visitor";

  private SeedDemo() {}

  static void plant(Store store, Store.Account account, Store.Inbox apiInbox) {
    Store.Contact katherine = contact(store, account, "Katherine Johnson", "katherine@example.com", "+17575550142",
        "crm-1");
    katherine.additionalAttributes.put("company_name", "NASA Langley");
    katherine.additionalAttributes.put("city", "Hampton");
    katherine.additionalAttributes.put("country_code", "US");
    katherine.customAttributes.put("plan", "pro");
    katherine.labels.add("vip");
    ContactRoutes.addContactInbox(store, katherine, apiInbox, PUBLIC_VISITOR);

    Store.Contact grace = contact(store, account, "Grace Hopper", "grace@example.com", "+12025550123", "crm-2");
    grace.additionalAttributes.put("company_name", "US Navy");
    grace.customAttributes.put("plan", "enterprise");
    grace.labels.add("beta");
    ContactRoutes.addContactInbox(store, grace, apiInbox, store.newUuid());

    Store.Contact alan = contact(store, account, "Alan Turing", "alan@example.com", null, "crm-3");
    alan.additionalAttributes.put("city", "Manchester");
    ContactRoutes.addContactInbox(store, alan, apiInbox, store.newUuid());

    SeedDemoConversations.plant(store, account, apiInbox);
    SeedDemoAdmin.plant(store, account, apiInbox);
    SeedDemoExtras.plant(store, account);
    SeedDemoOps.plant(store, account, apiInbox);
    WhatsappRoutes.seed(store, account, Store.now() - 20 * 86400L);
    CompanyRoutes.seed(store, account);
  }

  private static Store.Contact contact(Store store, Store.Account account, String name, String email, String phone,
      String identifier) {
    Store.Contact c = new Store.Contact(store.nextId("contacts"), account.id, Store.now());
    c.name = name;
    c.email = email;
    c.phoneNumber = phone;
    c.identifier = identifier;
    account.addContact(c);
    return c;
  }
}
