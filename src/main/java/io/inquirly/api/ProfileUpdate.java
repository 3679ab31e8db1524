package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Handler of {@code profile update}: the fields with PUT /profile, availability with its own request. */
final class ProfileUpdate implements Handler {
  /** The other fields with PUT /profile (when any), then availability with its own request. */
  @Override
  public JsonNode run(Call call) {
    Object availability = call.value("availability");
    boolean fields = call.data() != null || call.operation().params().stream()
        .anyMatch(p -> p.in() == Param.In.BODY && call.value(p.name()) != null);
    if (availability == null && !fields) {
      throw new InvalidInput("nothing to change", "give --name, --display-name, --email, --phone, --signature "
          + "or --availability");
    }
    JsonNode answer = fields ? call.send() : null;
    return availability == null ? answer : availability(call);
  }

  static JsonNode availability(Call call) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode profile = body.putObject("profile");
    profile.put("account_id", Long.parseLong(call.invoker().expand("{account_id}", Map.of())));
    profile.put("availability", (String) call.value("availability"));
    return call.send("POST", ProfileApi.PATH + "/availability", body);
  }
}
