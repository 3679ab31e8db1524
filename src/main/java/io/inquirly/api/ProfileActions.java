package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Profile actions that name the account in the body ({@code profile[account_id]}), which only the target knows
 * (chatwoot-4.10/app/controllers/api/v1/profiles_controller.rb).
 */
final class ProfileActions {
  private ProfileActions() {}

  /** {@code {"profile": {"account_id": <the target's account>}}}. */
  private static ObjectNode body(Call call) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("profile").put("account_id", Long.parseLong(call.invoker().expand("{account_id}", Map.of())));
    return body;
  }

  /** {@code POST profile/auto_offline} with {@code profile[account_id, auto_offline]}. */
  static JsonNode autoOffline(Call call) {
    ObjectNode body = body(call);
    ((ObjectNode) body.get("profile")).put("auto_offline", "on".equals(call.value("auto_offline")));
    return call.send("POST", ProfileApi.PATH + "/auto_offline", body);
  }

  /** {@code PUT profile/set_active_account} with {@code profile[account_id]}. */
  static JsonNode setActiveAccount(Call call) {
    return call.send("PUT", ProfileApi.PATH + "/set_active_account", body(call));
  }
}
