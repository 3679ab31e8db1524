package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/accounts/{account_id}}: account details; updates need an administrator. */
final class AccountRoutes {
  private static final int AUTO_RESOLVE_MIN = 10;
  private static final int AUTO_RESOLVE_MAX = 1_439_856;

  private AccountRoutes() {}

  static void register(Router r) {
    r.app("GET", "/api/v1/accounts/{account_id}", AccountRoutes::show);
    r.app("PATCH", "/api/v1/accounts/{account_id}", AccountRoutes::update);
    r.app("PUT", "/api/v1/accounts/{account_id}", AccountRoutes::update);
  }

  static Response show(Call call) {
    return Response.ok(Views.account(call.account()));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode body = call.request().body();
    // Rails wraps a JSON body under the controller name; accept the wrapped form too.
    ObjectNode params = body.get("account") instanceof ObjectNode wrapped ? Json.deepMerge(body, wrapped) : body;
    Store.Account a = call.account();

    List<String> messages = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    String name = params.has("name") ? Json.text(params, "name") : a.name;
    if (name == null || name.isBlank()) {
      messages.add("Name can't be blank");
      attributes.add("name");
    }
    JsonNode autoResolve = params.get("auto_resolve_after");
    if (autoResolve != null && !autoResolve.isNull()) {
      long minutes = autoResolve.isNumber() ? autoResolve.asLong() : Ids.rubyToI(autoResolve.asText());
      if (minutes < AUTO_RESOLVE_MIN) {
        messages.add("Auto resolve after must be greater than or equal to " + AUTO_RESOLVE_MIN);
        attributes.add("auto_resolve_after");
      } else if (minutes > AUTO_RESOLVE_MAX) {
        messages.add("Auto resolve after must be less than or equal to " + AUTO_RESOLVE_MAX);
        attributes.add("auto_resolve_after");
      }
    }
    if (!messages.isEmpty()) {
      throw ApiError.invalid(messages, attributes);
    }

    a.name = name;
    a.assignLocaleDomainAndSupportEmail(params);
    for (String key : new String[] {"auto_resolve_after", "auto_resolve_message", "auto_resolve_ignore_waiting",
        "auto_resolve_label"}) {
      if (params.has(key)) {
        JsonNode v = params.get(key);
        a.settings.set(key, key.equals("auto_resolve_after") && v.isTextual() ? a.settings.numberNode(Ids.rubyToI(v.asText())) : v);
      }
    }
    for (String key : new String[] {"industry", "company_size", "timezone"}) {
      if (params.has(key)) {
        a.customAttributes.set(key, params.get(key));
      }
    }
    return Response.ok(Views.account(a));
  }
}
