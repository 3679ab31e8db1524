package io.inquirly.sandbox;

/** Who a token belongs to: exactly one of user, bot or platform app is set. */
record Principal(Store.User user, Store.AgentBot bot, Store.PlatformApp platformApp) {

  static Principal of(Store.User user) {
    return new Principal(user, null, null);
  }

  static Principal of(Store.AgentBot bot) {
    return new Principal(null, bot, null);
  }

  static Principal of(Store.PlatformApp app) {
    return new Principal(null, null, app);
  }

  boolean isUser() {
    return user != null;
  }

  boolean isBot() {
    return bot != null;
  }

  boolean isPlatformApp() {
    return platformApp != null;
  }
}
