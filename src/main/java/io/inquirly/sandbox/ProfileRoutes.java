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
  }

  static Response show(Call call) {
    return Response.ok(Views.profile(call.principal().user(), call.store()));
  }

  /** Chatwoot's profiles_controller: {@code profile[name|display_name|email|message_signature|availability]}. */
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
    String availability = Json.text(profile, "availability");
    if (availability != null) {
      if (!List.of("online", "busy", "offline").contains(availability)) {
        throw ApiError.invalid(List.of("Availability is not included in the list"), List.of("availability"));
      }
      for (Store.Account account : call.store().accounts.values()) {
        Store.AccountUser member = account.members.get(user.id);
        if (member != null) {
          member.availability = availability;
        }
      }
    }
    return Response.ok(Views.profile(user, call.store()));
  }
}
