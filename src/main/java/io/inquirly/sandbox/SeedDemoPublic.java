package io.inquirly.sandbox;

/**
 * Demo records for the public-API examples: a website visitor whose contact identifier (source_id in the API
 * inbox) is {@value #VISITOR_SOURCE_ID}, with one open conversation (uuid {@value #CONVERSATION_UUID}) holding the
 * visitor's question (message 1) and an agent's yes/no question (message 2, an input_select). Planted before
 * other demo conversations, so that conversation is display id 1.
 */
final class SeedDemoPublic {
  static final String VISITOR_SOURCE_ID = "demo-visitor";
  static final String CONVERSATION_UUID = "5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17";

  private SeedDemoPublic() {}

  static void plant(Store store, Store.Account account, Store.Inbox apiInbox) {
    Store.Contact visitor = new Store.Contact(store.nextId("contacts"), account.id, Store.now());
    visitor.name = "Dana Visitor";
    account.contacts.put(visitor.id, visitor);
    ContactRoutes.addContactInbox(store, visitor, apiInbox, VISITOR_SOURCE_ID);

    Store.Conversation conv =
        PublicRoutes.open(store, account, apiInbox, visitor, VISITOR_SOURCE_ID, CONVERSATION_UUID);
    PublicRoutes.addMessage(store, conv, "Hi! Where can I download my invoice?", Store.MessageType.INCOMING,
        "Contact", visitor.id);
    Store.User agent = null;
    for (Store.AccountUser au : account.members.values()) {
      if (agent == null && au.role == Store.Role.AGENT) {
        agent = store.users.get(au.userId);
      }
    }
    Store.Message question = PublicRoutes.addMessage(store, conv, "It is under Billing → Invoices. Did that help?",
        Store.MessageType.OUTGOING, "User", agent == null ? null : agent.id);
    question.contentType = "input_select";
    var items = question.contentAttributes.putArray("items");
    items.addObject().put("title", "Yes").put("value", "yes");
    items.addObject().put("title", "No").put("value", "no");
    visitor.lastActivityAt = conv.lastActivityAt;
  }
}
