package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** {@code /api/v1/profile}: the token's user and the accounts it can reach. */
final class ProfileRoutes {
  private ProfileRoutes() {}

  static void register(Router r) {
    r.app("GET", "/api/v1/profile", ProfileRoutes::show);
    r.app("PUT", "/api/v1/profile", ProfileRoutes::update);
    r.app("PATCH", "/api/v1/profile", ProfileRoutes::update);
    r.app("POST", "/api/v1/profile/availability", ProfileRoutes::availability);
  }

  static Response show(Call call) {
    return Response.ok(Views.profile(call.principal().user(), call.store()));
  }

  /**
   * profiles_controller.rb#update: {@code profile[name|display_name|email|message_signature|account_id|ui_settings]}
   * and {@code phone_number} (into custom_attributes). Availability is not permitted here: it is dropped.
   */
  static Response update(Call call) {
    Store.User user = call.principal().user();
    JsonNode profile = call.request().body().path("profile");
    if (!profile.isObject()) {
      throw ApiError.unprocessable("param is missing or the value is empty: profile");
    }
    String email = Json.text(profile, "email");
    if (email != null) {
      String lower = email.toLowerCase(Locale.ROOT);
      for (Store.User other : call.store().users.values()) {
        if (other != user && lower.equals(other.email)) {
          throw ApiError.invalid(List.of("Email has already been taken"), List.of("email"));
        }
      }
      user.email = lower;
    }
    String name = Json.text(profile, "name");
    if (name != null) {
      user.name = name;
    }
    String displayName = Json.text(profile, "display_name");
    if (displayName != null) {
      user.displayName = displayName;
    }
    String signature = Json.text(profile, "message_signature");
    if (signature != null) {
      user.messageSignature = signature;
    }
    String phone = Json.text(profile, "phone_number");
    if (phone != null) {
      user.customAttributes.put("phone_number", phone);
    }
    return Response.ok(Views.profile(user, call.store()));
  }

  /**
   * profiles_controller.rb#availability: {@code profile[account_id, availability]} sets the availability of the
   * caller's membership in that account ({@code find_by!}: 404 when not a member); answers the user view.
   */
  static Response availability(Call call) {
    Store.User user = call.principal().user();
    JsonNode profile = call.request().body().path("profile");
    if (!profile.isObject()) {
      throw ApiError.unprocessable("param is missing or the value is empty: profile");
    }
    Store.Account account = call.store().accounts.get(profile.path("account_id").asLong());
    Store.AccountUser member = account == null ? null : account.members.get(user.id);
    if (member == null) {
      throw ApiError.notFound();
    }
    String availability = Json.text(profile, "availability");
    if (!List.of("online", "busy", "offline").contains(availability)) {
      throw ApiError.invalid(List.of("Availability is not included in the list"), List.of("availability"));
    }
    member.availability = availability;
    return Response.ok(Views.profile(user, call.store()));
  }
}
