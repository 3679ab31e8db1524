package io.inquirly.sandbox;

/**
 * Demo records for a sandbox people explore and run examples against: a few contacts (ids 1, 2, 3), so that
 * documented examples such as {@code inquirly contacts show 1} work on a fresh sandbox. Tests that count
 * records start without them.
 */
final class SeedDemo {
  private SeedDemo() {}

  static void plant(Store store, Store.Account account, Store.Inbox apiInbox) {
    Store.Contact katherine = contact(store, account, "Katherine Johnson", "katherine@example.com", "+17575550142",
        "crm-1");
    katherine.additionalAttributes.put("company_name", "NASA Langley");
    katherine.additionalAttributes.put("city", "Hampton");
    katherine.additionalAttributes.put("country_code", "US");
    katherine.customAttributes.put("plan", "pro");
    katherine.labels.add("vip");
    ContactRoutes.addContactInbox(store, katherine, apiInbox, null);

    Store.Contact grace = contact(store, account, "Grace Hopper", "grace@example.com", "+12025550123", "crm-2");
    grace.additionalAttributes.put("company_name", "US Navy");
    grace.customAttributes.put("plan", "enterprise");
    grace.labels.add("beta");
    ContactRoutes.addContactInbox(store, grace, apiInbox, null);

    Store.Contact alan = contact(store, account, "Alan Turing", "alan@example.com", null, "crm-3");
    alan.additionalAttributes.put("city", "Manchester");
    ContactRoutes.addContactInbox(store, alan, apiInbox, null);
    // the public demo first: its examples rely on the visitor's conversation being display id 1
    SeedDemoPublic.plant(store, account, apiInbox);
    SeedDemoConversations.plant(store, account, apiInbox);
    SeedDemoAdmin.plant(store, account, apiInbox);
  }

  private static Store.Contact contact(Store store, Store.Account account, String name, String email, String phone,
      String identifier) {
    Store.Contact c = new Store.Contact(store.nextId("contacts"), account.id, Store.now());
    c.name = name;
    c.email = email;
    c.phoneNumber = phone;
    c.identifier = identifier;
    account.contacts.put(c.id, c);
    return c;
  }
}
