package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** The account itself (settings) and, on Enterprise servers, its audit log. */
public final class AccountApi {
  private AccountApi() {}

  public static final OperationRef SHOW = OperationRef.of("account show");
  public static final OperationRef UPDATE = OperationRef.of("account update");

  static final String[] COLUMNS = {"id", "name", "locale", "domain", "support_email", "status"};

  public static Group account() {
    return Group.of("account",
        op(SHOW, "GET", Admin.ACCOUNT)
            .id("get-account-details")
            .source("app/controllers/api/v1/accounts_controller.rb", "app/views/api/v1/accounts/",
                "app/policies/account_policy.rb")
            .summary("Show the account's details and settings")
            .one("").columns(COLUMNS).noun("account")
            .example("inquirly account show"),
        op(UPDATE, "PATCH", Admin.ACCOUNT)
            .id("update-account")
            .source("app/controllers/api/v1/accounts_controller.rb", "app/views/api/v1/accounts/",
                "app/policies/account_policy.rb")
            .summary("Change the account's settings (administrators)")
            .params(
                Param.body("name", "--name", "the account's name"),
                Param.body("locale", "--locale", "default language, e.g. en"),
                Param.body("domain", "--domain", "domain for e-mail channels"),
                Param.body("support_email", "--support-email", "sender address of e-mails").labelled("EMAIL"),
                Param.body("auto_resolve_after", "--auto-resolve-after",
                    "resolve inactive conversations after N minutes (10 to 1439856)").integer().labelled("MINUTES"),
                Param.body("auto_resolve_message", "--auto-resolve-message", "message sent when auto-resolving")
                    .labelled("TEXT"),
                Param.body("auto_resolve_ignore_waiting", "--auto-resolve-ignore-waiting",
                    "do not auto-resolve conversations waiting for an agent").type(Type.BOOLEAN),
                Param.body("auto_resolve_label", "--auto-resolve-label", "label added to auto-resolved "
                    + "conversations (accounts_controller.rb settings_params)").labelled("LABEL"),
                Param.body("industry", "--industry", "industry"),
                Param.body("company_size", "--company-size", "company size").labelled("SIZE"),
                Param.body("timezone", "--timezone", "the account's time zone").labelled("TZ"))
            .one("").columns(COLUMNS).noun("account")
            .example("inquirly account update --name 'Acme Support' --auto-resolve-after 1440"));
  }

  public static Group auditLogs() {
    return Group.of("audit-logs",
        op("audit-logs list", "GET", Admin.ACCOUNT + "/audit_logs")
            .id("get-account-audit-logs")
            .source("config/routes.rb", "enterprise/app/controllers/api/v1/accounts/audit_logs_controller.rb")
            .summary("List who changed what in the account, newest first (administrators; Enterprise servers "
                + "only; 15 per page)")
            .params(Param.query("page", "--page", "page number (default 1)").integer().labelled("N"))
            .enterprise("audit logs")
            .list("audit_logs").columns("id", "action", "auditable_type", "auditable_id", "username", "created_at")
            .noun("audit log entry")
            .example("inquirly audit-logs list"));
  }
}
