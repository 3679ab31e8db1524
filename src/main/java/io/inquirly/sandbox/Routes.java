package io.inquirly.sandbox;

/** The route table of the sandbox: one registration per API group. */
final class Routes {
  private Routes() {}

  static Router all() {
    Router router = new Router();
    ProfileRoutes.register(router);
    AccountRoutes.register(router);
    InboxRoutes.register(router);
    ContactRoutes.register(router);
    ConversationRoutes.register(router);
    MessageRoutes.register(router);
    ReportRoutes.register(router);
    return router;
  }
}
