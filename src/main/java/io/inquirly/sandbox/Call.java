package io.inquirly.sandbox;

import java.util.Map;

/**
 * Everything a route handler needs: the request, the path parameters, the authenticated caller (null on
 * public routes) and, for account routes, the account with its member record.
 */
record Call(
    Request request,
    Map<String, String> pathParams,
    Principal principal,
    Store.Account account,
    Store.AccountUser membership,
    Store store) {

  String path(String name) {
    return pathParams.get(name);
  }

  /** A path id as a number; a non-numeric id finds nothing (404 like ActiveRecord's find). */
  long pathId(String name) {
    return Ids.parse(pathParams.get(name));
  }

  boolean isAdministrator() {
    return membership != null && membership.role() == Store.Role.ADMINISTRATOR;
  }

  /** Pundit's refusal for anyone but an account administrator. */
  void requireAdministrator() {
    if (!isAdministrator()) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
  }
}
