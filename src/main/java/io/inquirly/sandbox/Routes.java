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
    ContactImportRoutes.register(router);
    AgentRoutes.register(router);
    AgentBotRoutes.register(router);
    TeamRoutes.register(router);
    LabelRoutes.register(router);
    CannedResponseRoutes.register(router);
    CustomAttributeRoutes.register(router);
    CustomFilterRoutes.register(router);
    AutomationRuleRoutes.register(router);
    WebhookRoutes.register(router);
    IntegrationRoutes.register(router);
    HelpCenterRoutes.register(router);
    AuditLogRoutes.register(router);
    PlatformRoutes.register(router);
    PublicRoutes.register(router);
    ConversationRoutes.register(router);
    MessageRoutes.register(router);
    ReportRoutes.register(router);
    CsatRoutes.register(router);
    BulkActionRoutes.register(router);
    ContactAttributeRoutes.register(router);
    ContactExtraRoutes.register(router);
    ConversationExtraRoutes.register(router);
    SearchRoutes.register(router);
    MacroRoutes.register(router);
    CampaignRoutes.register(router);
    DashboardAppRoutes.register(router);
    NotificationRoutes.register(router);
    AssignmentPolicyRoutes.register(router);
    ActionRoutes.register(router);
    InboxExtraRoutes.register(router);
    WhatsappRoutes.register(router);
    CompanyRoutes.register(router);
    ReportV2Routes.register(router);
    EnterpriseRoutes.register(router);
    return router;
  }
}
