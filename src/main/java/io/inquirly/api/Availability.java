package io.inquirly.api;

import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;

/**
 * Which servers have an operation's route, declared on the operation or its group ({@code .since("4.1", "contact
 * notes")}, {@code .enterprise("SLA policies")}), so that a server without the route gets a message that says so
 * instead of "not found". {@link Invoker#request} attaches it to the request; {@link Invoker#send} applies it to
 * every failure of every operation, paged lists and handlers included.
 *
 * <p>A missing route and a missing record both answer 404. It is the route when the path names no record (only
 * {@code {account_id}}), or when the 404 is not Rails' JSON {@code RecordNotFound} answer (a missing route or
 * controller answers the HTML error page). An Enterprise route on a Community server also answers 402 where a
 * licence is missing.
 *
 * @param what the API in the user's words, plural ("SLA policies", "contact notes")
 * @param since the upstream Chatwoot version that added the route, or null when unknown
 * @param enterprise only the Enterprise edition serves it (a Community server has no controller for it)
 */
public record Availability(String what, String since, boolean enterprise) {
  /** Rails' answer for a record that does not exist (request_exception_handler.rb). */
  static final String RECORD_NOT_FOUND = "Resource could not be found";

  public Availability {
    if (what == null || what.isBlank()) {
      throw new IllegalArgumentException("an availability names the API it is about");
    }
  }

  static Availability since(String version, String what) {
    return new Availability(what, version, false);
  }

  static Availability enterprise(String what) {
    return new Availability(what, null, true);
  }

  /** The same, also added in {@code version}. */
  Availability andSince(String version) {
    return new Availability(what, version, enterprise);
  }

  /** The failure as the user should read it: unchanged unless the server lacks the route. */
  public ApiException explain(Operation op, ApiException e) {
    return routeMissing(e) ? missingRoute(e) : e;
  }

  /** The failure of a route this server does not have (a handler that found out otherwise may call it). */
  public ApiException missingRoute(ApiException e) {
    String added = since == null ? "" : " (added in Chatwoot " + since + ")";
    if (enterprise) {
      return new ApiException(Failure.PERMISSION, e.status(), "this server has no " + what + " API: it needs the "
          + "Enterprise edition" + added + "; the server answered " + e.status(),
          "run it against an Enterprise server (a Community server does not serve it)", e);
    }
    String older = since == null ? "an older server version?" : "Chatwoot " + since + " added it; is the server older?";
    return new ApiException(Failure.NOT_FOUND, e.status(), "this server has no " + what + " API (" + older + ")",
        since == null ? "upgrade the server" : "upgrade the server to Chatwoot " + since + " or later", e);
  }

  private boolean routeMissing(ApiException e) {
    if (e.status() == 402) {
      return enterprise;
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    return e.status() == 404 && !message.endsWith(RECORD_NOT_FOUND);
  }
}
