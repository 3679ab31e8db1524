package io.inquirly.sandbox;

/**
 * Demo conversations for examples ({@code inquirly conversations show 1}, {@code inquirly messages list 1}):
 * teams 1 "billing" and 2 "escalations", inbox 3 "Website" (web widget), and six conversations (display ids 1-6)
 * spread over the last week with messages 1-34, labels, assignees and reporting events, so reports have data:
 *
 * <ul>
 *   <li>1 Katherine, inbox 1, open, high, agent 2, team 1, labels billing+vip: messages 1-26 (3 is a private
 *       note), more than one page of 20; uuid {@value #CONVERSATION_1_UUID} (the CSAT survey example).
 *   <li>2 Grace, inbox 1, resolved, admin 1, label bug: messages 27-28, and 35, the CSAT survey (input_csat,
 *       rated 5: CSAT response 1); uuid {@value #CONVERSATION_2_UUID}.
 *   <li>3 Alan, inbox 1, open, unassigned, unanswered: message 29.
 *   <li>4 Katherine, inbox 1, pending, label feature-request: messages 30-31; 31 is the admin's Yes/No question
 *       ({@code input_select}) that the public-API demo visitor answers.
 *   <li>5 Grace, inbox 1, snoozed until tomorrow, agent 2, team 2: messages 32-33.
 *   <li>6 Alan, inbox 3, open, unassigned, label sales: message 34.
 * </ul>
 *
 * Conversations 1 and 4 belong to Katherine's API contact inbox, source_id {@value SeedDemo#PUBLIC_VISITOR}.
 */
final class SeedDemoConversations {
  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;
  /** Conversation 1's uuid, fixed so that {@code inquirly public survey show UUID} has a documented example. */
  static final String CONVERSATION_1_UUID = "5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17";
  /** Conversation 2's uuid, fixed for {@code inquirly public csat show UUID}: its message 35 is the CSAT survey. */
  static final String CONVERSATION_2_UUID = "9b7e4d21-3c5a-4f08-8e6d-2a1c0b9f7e53";

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
    // team names are stored lower-case, as the teams API (Chatwoot's Team model) stores them
    Store.Team billing = store.createTeam(account, "billing");
    billing.description = "Invoices, plans and refunds";
    billing.memberIds.add(agent.id);
    Store.Team escalations = store.createTeam(account, "escalations");
    escalations.description = "Hard cases";
    escalations.allowAutoAssign = false;
    escalations.memberIds.add(admin.id);

    Store.Inbox web = new Store.Inbox(store.nextId("inboxes"), account.id, store.nextId("channel_web_widget"),
        "Website", "Channel::WebWidget", now - 30 * DAY);
    account.inboxes.put(web.id, web);
    // a widget has the website_url the server's create insists on, so an export of the demo applies back
    com.fasterxml.jackson.databind.node.ObjectNode widget = Json.object();
    widget.put("website_url", "https://www.acme.test");
    widget.put("widget_color", "#1f93ff");
    widget.put("welcome_title", "Hi there!");
    widget.put("welcome_tagline", "We usually reply in a few minutes.");
    String websiteToken = store.newToken();
    widget.put("website_token", websiteToken);
    widget.put("web_widget_script", "<script>window.chatwootSettings={};(function(d,t){/* sandbox */})"
        + "(document,\"script\");/* websiteToken: " + websiteToken + " */</script>");
    account.admin.inboxChannels.put(web.id, widget);

    long[] contacts = account.contacts.keySet().stream().mapToLong(Long::longValue).toArray();
    long katherine = contacts[0];
    long grace = contacts[1];
    long alan = contacts[2];

    // 1: an open billing thread, long enough for message paging
    Store.Conversation c1 = conversation(store, account, apiInbox, katherine, now - 5 * DAY, CONVERSATION_1_UUID);
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
    Store.Conversation c2 = conversation(store, account, apiInbox, grace, now - 4 * DAY, CONVERSATION_2_UUID);
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
    Store.Message question = message(store, account, c4, "Noted! Shall we tell you when dark mode ships?",
        Store.MessageType.OUTGOING, false, admin, c4.createdAt + 5 * HOUR);
    question.contentType = "input_select";
    var items = question.contentAttributes.putArray("items");
    items.addObject().put("title", "Yes").put("value", "yes");
    items.addObject().put("title", "No").put("value", "no");
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

    // 35: the CSAT survey sent when conversation 2 was resolved, answered with 5 stars
    Store.Message csat = message(store, account, c2, "Please rate the conversation", Store.MessageType.TEMPLATE,
        false, admin, c2.createdAt + DAY);
    csat.contentType = "input_csat";
    csat.contentAttributes.putObject("submitted_values").putObject("csat_survey_response").put("rating", 5)
        .put("feedback_message", "Quick fix, thanks!");
    Store.CsatResponse rated = new Store.CsatResponse(store.nextId("csat_survey_responses"), csat, c2,
        c2.createdAt + DAY + HOUR);
    rated.rating = 5;
    rated.feedbackMessage = "Quick fix, thanks!";
    account.csatResponses.put(rated.id, rated);
  }

  private static Store.Conversation conversation(Store store, Store.Account account, Store.Inbox inbox,
      long contactId, long createdAt) {
    return conversation(store, account, inbox, contactId, createdAt, store.newUuid());
  }

  private static Store.Conversation conversation(Store store, Store.Account account, Store.Inbox inbox,
      long contactId, long createdAt, String uuid) {
    Store.Conversation c = new Store.Conversation(store.nextId("conversations"), account.nextDisplayId(), account.id,
        inbox.id, contactId, createdAt, uuid);
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

  private static Store.Message message(Store store, Store.Account account, Store.Conversation c, String content,
      Store.MessageType type, boolean isPrivate, Store.User sender, long at) {
    Store.Message m = new Store.Message(store.nextId("messages"), c, content, type, isPrivate,
        type == Store.MessageType.INCOMING ? "Contact" : "User",
        type == Store.MessageType.INCOMING ? Long.valueOf(c.contactId) : Long.valueOf(sender.id), at);
    c.messages.add(m);
    MessageRoutes.afterCreate(store, account, c, m);
    return m;
  }
}
