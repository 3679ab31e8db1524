package io.inquirly.sandbox;

/**
 * Demo conversations for examples ({@code inquirly conversations show 1}, {@code inquirly messages list 1}):
 * teams 1 (Billing) and 2 (Escalations), a website inbox, and six conversations (display ids 1-6) spread
 * over the last week with messages, labels, assignees and reporting events, so reports have data.
 * Conversation 1 has 26 messages (more than one page of 20).
 */
final class SeedDemoConversations {
  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;

  private SeedDemoConversations() {}

  static void plant(Store store, Store.Account account, Store.Inbox apiInbox) {
    long now = Store.now();
    Store.User admin = null;
    Store.User agent = null;
    for (Store.AccountUser au : account.members.values()) {
      Store.User u = store.users.get(au.userId);
      if (au.role == Store.Role.ADMINISTRATOR && admin == null) {
        admin = u;
      } else if (au.role == Store.Role.AGENT && agent == null) {
        agent = u;
      }
    }
    Store.Team billing = store.createTeam(account, "Billing");
    billing.description = "Invoices, plans and refunds";
    billing.memberIds.add(agent.id);
    Store.Team escalations = store.createTeam(account, "Escalations");
    escalations.description = "Hard cases";
    escalations.allowAutoAssign = false;
    escalations.memberIds.add(admin.id);

    Store.Inbox web = new Store.Inbox(store.nextId("inboxes"), account.id, store.nextId("channel_web_widget"),
        "Website", "Channel::WebWidget", now - 30 * DAY);
    account.inboxes.put(web.id, web);

    long[] contacts = account.contacts.keySet().stream().mapToLong(Long::longValue).toArray();
    long katherine = contacts[0];
    long grace = contacts[1];
    long alan = contacts[2];

    // 1: an open billing thread, long enough for message paging
    Store.Conversation c1 = conversation(store, account, apiInbox, katherine, now - 5 * DAY);
    c1.assigneeId = agent.id;
    c1.teamId = billing.id;
    c1.priority = "high";
    c1.labels.add("billing");
    c1.labels.add("vip");
    c1.customAttributes.put("order_id", "A-1001");
    long t = c1.createdAt;
    message(store, account, c1, "Hi, my invoice shows the wrong plan.", Store.MessageType.INCOMING, false, null, t);
    message(store, account, c1, "Thanks Katherine, checking it now.", Store.MessageType.OUTGOING, false, agent,
        t + 20 * 60);
    message(store, account, c1, "Plan was changed by the migration on the 1st.", Store.MessageType.OUTGOING, true,
        admin, t + 25 * 60);
    for (int i = 1; i <= 23; i++) {
      boolean fromContact = i % 2 == 1;
      message(store, account, c1, (fromContact ? "Follow-up question " : "Answer ") + ((i + 1) / 2) + ".",
          fromContact ? Store.MessageType.INCOMING : Store.MessageType.OUTGOING, false,
          fromContact ? null : agent, t + HOUR + i * 10 * 60);
    }

    // 2: resolved bug report
    Store.Conversation c2 = conversation(store, account, apiInbox, grace, now - 4 * DAY);
    c2.assigneeId = admin.id;
    c2.labels.add("bug");
    message(store, account, c2, "The export button does nothing.", Store.MessageType.INCOMING, false, null,
        c2.createdAt);
    message(store, account, c2, "Reproduced, a fix is on its way.", Store.MessageType.OUTGOING, false, admin,
        c2.createdAt + 2 * HOUR);
    ConversationRoutes.setStatus(store, account, c2, "resolved", c2.createdAt + DAY);

    // 3: open, unassigned, unanswered
    Store.Conversation c3 = conversation(store, account, apiInbox, alan, now - DAY);
    message(store, account, c3, "Can I get a demo next week?", Store.MessageType.INCOMING, false, null,
        c3.createdAt);

    // 4: pending feature request
    Store.Conversation c4 = conversation(store, account, apiInbox, katherine, now - 3 * DAY);
    c4.labels.add("feature-request");
    message(store, account, c4, "Could you add dark mode?", Store.MessageType.INCOMING, false, null, c4.createdAt);
    message(store, account, c4, "Noted, we will let you know.", Store.MessageType.OUTGOING, false, admin,
        c4.createdAt + 5 * HOUR);
    ConversationRoutes.setStatus(store, account, c4, "pending", c4.createdAt + 5 * HOUR);

    // 5: snoozed until tomorrow
    Store.Conversation c5 = conversation(store, account, apiInbox, grace, now - 2 * DAY);
    c5.assigneeId = agent.id;
    c5.teamId = escalations.id;
    message(store, account, c5, "Please call me back tomorrow.", Store.MessageType.INCOMING, false, null,
        c5.createdAt);
    message(store, account, c5, "Sure, talk tomorrow.", Store.MessageType.OUTGOING, false, agent,
        c5.createdAt + 30 * 60);
    ConversationRoutes.setStatus(store, account, c5, "snoozed", c5.createdAt + 30 * 60);
    c5.snoozedUntil = now + DAY;

    // 6: website chat, open, unassigned
    Store.Conversation c6 = conversation(store, account, web, alan, now - 6 * HOUR);
    c6.labels.add("sales");
    message(store, account, c6, "Do you offer a nonprofit discount?", Store.MessageType.INCOMING, false, null,
        c6.createdAt);
  }

  private static Store.Conversation conversation(Store store, Store.Account account, Store.Inbox inbox,
      long contactId, long createdAt) {
    Store.Conversation c = new Store.Conversation(store.nextId("conversations"), account.nextDisplayId(), account.id,
        inbox.id, contactId, createdAt);
    c.waitingSince = null;
    Store.Contact contact = account.contacts.get(contactId);
    for (Store.ContactInbox ci : contact.contactInboxes) {
      if (ci.inboxId == inbox.id) {
        c.contactInboxSourceId = ci.sourceId;
      }
    }
    if (c.contactInboxSourceId == null) {
      c.contactInboxSourceId = ContactRoutes.addContactInbox(store, contact, inbox, store.newUuid()).sourceId;
    }
    account.conversations.put(c.displayId, c);
    return c;
  }

  private static void message(Store store, Store.Account account, Store.Conversation c, String content,
      Store.MessageType type, boolean isPrivate, Store.User sender, long at) {
    Store.Message m = new Store.Message(store.nextId("messages"), c, content, type, isPrivate,
        type == Store.MessageType.INCOMING ? "Contact" : "User",
        type == Store.MessageType.INCOMING ? Long.valueOf(c.contactId) : Long.valueOf(sender.id), at);
    c.messages.add(m);
    MessageRoutes.afterCreate(store, account, c, m);
  }
}
