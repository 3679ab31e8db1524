package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** An answer other than success, thrown by handlers and turned into a response by the dispatcher. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String NOT_FOUND = "Resource could not be found";
  static final String SIGN_IN = "You need to sign in or sign up before continuing.";
  static final String INVALID_TOKEN = "Invalid Access Token";
  static final String NOT_ACCOUNT_MEMBER = "You are not authorized to access this account";
  static final String BOTS_NOT_ALLOWED = "Access to this endpoint is not authorized for bots";
  static final String NOT_ALLOWED = "You are not authorized to do this action";
  static final String PLATFORM_INVALID_TOKEN = "Invalid access_token";
  static final String NON_PERMISSIBLE = "Non permissible resource";

  private final transient Response response;

  ApiError(Response response) {
    super(response.status() + " " + response.bodyText(), null, false, false);
    this.response = response;
  }

  Response response() {
    return response;
  }

  /** {@code {"error": message}} with the given status. */
  static ApiError error(int status, String message) {
    ObjectNode body = Json.object();
    body.put("error", message);
    return new ApiError(Response.json(status, body));
  }

  static ApiError notFound() {
    return error(404, NOT_FOUND);
  }

  static ApiError unauthorized(String message) {
    return error(401, message);
  }

  /** devise_token_auth's answer when no credentials were sent at all. */
  static ApiError signIn() {
    ObjectNode body = Json.object();
    body.putArray("errors").add(SIGN_IN);
    return new ApiError(Response.json(401, body));
  }

  /** ActiveRecord::RecordInvalid: full messages joined with ", " plus the attribute names. */
  static ApiError invalid(List<String> fullMessages, List<String> attributes) {
    ObjectNode body = Json.object();
    body.put("message", String.join(", ", fullMessages));
    var attrs = body.putArray("attributes");
    attributes.forEach(attrs::add);
    return new ApiError(Response.json(422, body));
  }

  static ApiError unprocessable(String message) {
    return error(422, message);
  }

  static ApiError json(int status, JsonNode body) {
    return new ApiError(Response.json(status, body));
  }
}
