package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code audit_logs}: Enterprise only (NOTES §7.12). A sandbox acts as an Enterprise server when
 * {@link Store#enterprise} is set (demo sandboxes); otherwise it answers as a community server, whose Rails has no
 * controller for it (the routing error's 404 page, as {@link EnterpriseRoutes}). Administrators only; 15 per page, newest first; {@code {per_page,total_entries,current_page,audit_logs}}.
 */
final class AuditLogRoutes {
  static final int PER_PAGE = 15;

  private AuditLogRoutes() {}

  static void register(Router r) {
    r.app("GET", Admin.A + "/audit_logs", AuditLogRoutes::list);
  }

  static Response list(Call call) {
    if (!call.store().enterprise) {
      throw EnterpriseRoutes.missingController();
    }
    call.requireAdministrator();
    List<ObjectNode> all = new java.util.ArrayList<>(call.account().admin.auditLogs);
    java.util.Collections.reverse(all);
    int page = Ids.page(call.request().query("page"));
    int from = Math.min((page - 1) * PER_PAGE, all.size());
    int to = Math.min(from + PER_PAGE, all.size());
    ObjectNode body = Json.object();
    body.put("per_page", PER_PAGE);
    body.put("total_entries", all.size());
    body.put("current_page", page);
    ArrayNode logs = body.putArray("audit_logs");
    all.subList(from, to).forEach(e -> logs.add(e.deepCopy()));
    return Response.ok(body);
  }
}
