package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/accounts/{account_id}/bulk_actions} (chatwoot-4.10/app/controllers/api/v1/accounts/
 * bulk_actions_controller.rb): answers 200 with an empty body at once and queues the job ({@link BulkActionJobs});
 * an unknown {@code type} answers 422 {@code {"success":false}}. Conversation payloads take {@code ids} (display
 * ids), {@code fields: {status, assignee_id, team_id}}, {@code snoozed_until} and {@code labels: {add, remove}};
 * contact payloads take {@code ids}, {@code action_name: "delete"} (administrators only, ContactPolicy#destroy?)
 * or {@code labels: {add}} (app/services/contacts/bulk_action_service.rb).
 */
final class BulkActionRoutes {
  private BulkActionRoutes() {}

  static void register(Router r) {
    r.app("POST", "/api/v1/accounts/{account_id}/bulk_actions", BulkActionRoutes::create);
  }

  static Response create(Call call) {
    BulkActionJobs jobs = BulkActionJobs.of(call.store());
    if (jobs.settings().refused()) {
      throw ApiError.notFound(); // a server without the endpoint
    }
    ObjectNode params = call.request().body();
    String type = camelize(Json.text(params, "type"));
    List<Long> ids = new ArrayList<>();
    JsonNode given = params.get("ids");
    if (given != null && given.isArray()) {
      given.forEach(id -> ids.add(Ids.rubyToI(id.asText())));
    }
    switch (type) {
      case "Conversation" -> jobs.queue(new BulkActionJobs.Job(call.account().id, false, ids, params.deepCopy()));
      case "Contact" -> {
        if ("delete".equals(Json.text(params, "action_name"))) {
          call.requireAdministrator();
        }
        jobs.queue(new BulkActionJobs.Job(call.account().id, true, ids, params.deepCopy()));
      }
      default -> {
        ObjectNode body = Json.object();
        body.put("success", false);
        throw ApiError.json(422, body);
      }
    }
    return Response.empty(200);
  }

  /** {@code params[:type].to_s.camelize}: "conversation" and "Conversation" alike. */
  private static String camelize(String type) {
    if (type == null || type.isEmpty()) {
      return "";
    }
    return Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }
}
