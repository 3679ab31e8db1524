package io.inquirly.sandbox;

/** The state every sandbox starts with, and the credentials handed to its users. */
record Seed(
    long accountId,
    String adminToken,
    String agentToken,
    String botToken,
    String platformToken,
    String apiInboxIdentifier,
    String hmacInboxIdentifier,
    String hmacInboxToken) {

  static Seed plant(Store store, boolean demoData) {
    Store.PlatformApp app = store.createPlatformApp("Inquirly Sandbox Platform App");
    Store.Account account = store.createAccount("Acme Support");
    account.domain = "acme.test";
    account.supportEmail = "support@acme.test";

    Store.User admin = store.createUser("Admin Ada", "admin@acme.test");
    store.addMember(account, admin, Store.Role.ADMINISTRATOR);
    Store.User agent = store.createUser("Agent Alan", "agent@acme.test");
    store.addMember(account, agent, Store.Role.AGENT);

    Store.Inbox inbox = store.createApiInbox(account, "API Inbox");
    inbox.memberIds.add(agent.id);

    Store.AgentBot bot = store.createBot(account.id, "Sandbox Bot");
    bot.description = "Pre-created account agent bot";
    bot.outgoingUrl = "http://127.0.0.1:9/bot";

    // Identity validation: the public API rejects contact requests without a valid identifier_hash here.
    Store.Inbox secure = store.createApiInbox(account, "Secure API Inbox");
    secure.hmacMandatory = true;
    // A global bot the platform app created (id 2): the platform API may act on it, not on bot 1.
    Store.AgentBot platformBot = store.createBot(null, "Platform Bot");
    platformBot.description = "Global agent bot created through the platform API";
    platformBot.outgoingUrl = "http://127.0.0.1:9/platform-bot";
    app.permissibles.add("AgentBot:" + platformBot.id);

    app.permissibles.add("Account:" + account.id);
    app.permissibles.add("User:" + admin.id);
    app.permissibles.add("User:" + agent.id);

    if (demoData) {
      SeedDemo.plant(store, account, inbox);
    }
    return new Seed(
        account.id, admin.accessToken, agent.accessToken, bot.accessToken, app.accessToken, inbox.identifier,
        secure.identifier, secure.hmacToken);
  }
}
