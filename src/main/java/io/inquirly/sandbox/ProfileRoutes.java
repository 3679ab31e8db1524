package io.inquirly.sandbox;

/** {@code /api/v1/profile}: the token's user and the accounts it can reach. */
final class ProfileRoutes {
  private ProfileRoutes() {}

  static void register(Router r) {
    r.app("GET", "/api/v1/profile", ProfileRoutes::show);
  }

  static Response show(Call call) {
    return Response.ok(Views.profile(call.principal().user(), call.store()));
  }
}
