package io.inquirly.sandbox;

/**
 * Token and account checks in the order the real server applies them (NOTES.md §1): token present,
 * token known, bot whitelist, account exists (404), caller is a member (401).
 */
final class Auth {
  private Auth() {}

  /** Both spellings reach the same Rack key HTTP_API_ACCESS_TOKEN. */
  static String token(Request request) {
    String token = request.header("api_access_token");
    if (token == null || token.isBlank()) {
      token = request.header("api-access-token");
    }
    return token == null || token.isBlank() ? null : token.trim();
  }

  /** Runs the guard of a matched route and returns the call context for the handler. */
  static Call authorize(Store store, Request request, Router.Match match) {
    var params = match.params();
    switch (match.route().guard()) {
      case PUBLIC:
        return new Call(request, params, null, null, null, store);
      case PLATFORM:
        return new Call(request, params, platform(store, request), null, null, store);
      default:
        break;
    }
    Principal principal = application(store, request, match.route().guard());
    String accountParam = params.get("account_id");
    if (accountParam == null) {
      return new Call(request, params, principal, null, null, store);
    }
    Store.Account account = store.accounts.get(Ids.parse(accountParam));
    if (account == null) {
      throw ApiError.notFound();
    }
    Store.AccountUser membership = null;
    if (principal.isUser()) {
      membership = account.members.get(principal.user().id);
      if (membership == null) {
        throw ApiError.unauthorized(ApiError.NOT_ACCOUNT_MEMBER);
      }
    } else if (principal.isBot() && !botBelongsTo(principal.bot(), account)) {
      throw ApiError.unauthorized(ApiError.NOT_ACCOUNT_MEMBER);
    }
    return new Call(request, params, principal, account, membership, store);
  }

  private static Principal application(Store store, Request request, Router.Guard guard) {
    String token = token(request);
    if (token == null) {
      throw ApiError.signIn();
    }
    Object owner = store.tokens.get(token);
    if (owner instanceof Store.User user) {
      return Principal.of(user);
    }
    if (owner instanceof Store.AgentBot bot) {
      if (guard != Router.Guard.APPLICATION_BOTS_ALLOWED) {
        throw ApiError.unauthorized(ApiError.BOTS_NOT_ALLOWED);
      }
      return Principal.of(bot);
    }
    // Unknown tokens and platform app tokens are both refused on the application API.
    throw ApiError.unauthorized(ApiError.INVALID_TOKEN);
  }

  private static Principal platform(Store store, Request request) {
    String token = token(request);
    Object owner = token == null ? null : store.tokens.get(token);
    if (owner instanceof Store.PlatformApp app) {
      return Principal.of(app);
    }
    throw ApiError.unauthorized(ApiError.PLATFORM_INVALID_TOKEN);
  }

  /** An account bot belongs to its account; a global bot to accounts where it is connected (not modelled yet). */
  private static boolean botBelongsTo(Store.AgentBot bot, Store.Account account) {
    return bot.accountId != null && bot.accountId == account.id;
  }
}
