package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST contacts/{id}/destroy_custom_attributes} (chatwoot-4.10/app/controllers/api/v1/accounts/
 * contacts_controller.rb {@code destroy_custom_attributes}): drops the named keys from the contact's custom
 * attributes ({@code custom_attributes.excluding(params[:custom_attributes])}) and answers the contact as show does
 * (app/views/api/v1/accounts/contacts/destroy_custom_attributes.json.jbuilder, with its contact inboxes).
 */
final class ContactAttributeRoutes {
  private ContactAttributeRoutes() {}

  static void register(Router r) {
    r.app("POST", "/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes", ContactAttributeRoutes::destroy);
  }

  static Response destroy(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    JsonNode keys = call.request().param("custom_attributes");
    if (keys != null && keys.isArray()) {
      keys.forEach(k -> c.customAttributes.remove(k.asText()));
    } else if (keys != null && keys.isTextual()) {
      c.customAttributes.remove(keys.asText());
    }
    ObjectNode body = Json.object();
    body.set("payload", Views.contact(c, call.account(), true));
    return Response.ok(body);
  }
}
