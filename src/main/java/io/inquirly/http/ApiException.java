package io.inquirly.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A request that failed, with the server's own message and, when we know it, the fix. */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Failure failure;
  private final int status;
  private final String hint;

  public ApiException(Failure failure, int status, String message, String hint, Throwable cause) {
    super(message, cause);
    this.failure = failure;
    this.status = status;
    this.hint = hint;
  }

  public Failure failure() {
    return failure;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** How to fix it, or null. */
  public String hint() {
    return hint;
  }

  /** Decodes an error response in any of the server's three shapes (error, errors[], message+attributes). */
  public static ApiException fromResponse(String method, String target, ApiResponse response) {
    int status = response.status();
    String serverMessage = serverMessage(response);
    Failure failure = classify(status, serverMessage);
    String reason = reason(status);
    String message = status + (reason.isEmpty() ? "" : " " + reason) + " from " + method + " " + target
        + (serverMessage == null ? "" : ": " + serverMessage);
    String hint = hint(failure, serverMessage);
    if (failure == Failure.NOT_FOUND && target.startsWith("/public/")) {
      hint = "check the inbox identifier (--inbox-identifier), the contact identifier (--contact-identifier) and the id";
    } else if (failure == Failure.NOT_FOUND && target.startsWith("/platform/")) {
      hint = "check the id; deleted accounts and users disappear once the server's background job has run";
    }
    return new ApiException(failure, status, message, hint, null);
  }

  static ApiException unreadable(ApiResponse response, String what) {
    String type = response.header("content-type");
    String kind = type != null && type.toLowerCase(Locale.ROOT).contains("html") ? "an HTML page" : "a body";
    return new ApiException(
        Failure.SERVER,
        response.status(),
        "the server answered " + response.status() + " with " + kind + " the client cannot read (" + what + ")",
        "check --server points at the Inquirly API (not a web page or proxy); run with -v to see the body",
        null);
  }

  public static ApiException network(String method, String url, IOException e) {
    String why;
    if (e instanceof javax.net.ssl.SSLHandshakeException || e.getCause() instanceof javax.net.ssl.SSLHandshakeException) {
      return new ApiException(Failure.NETWORK, 0, method + " " + url + " failed: the server's TLS certificate is not "
          + "trusted", "trust its CA with --cacert FILE (PEM); --insecure skips the check (unsafe)", e);
    } else if (e instanceof HttpTimeoutException) {
      why = "timed out";
    } else if (e instanceof ConnectException) {
      why = "connection refused";
    } else if (e instanceof UnknownHostException) {
      why = "unknown host " + e.getMessage();
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    String hint = e instanceof HttpTimeoutException
        ? "the server is slow or unreachable; raise --timeout or retry later"
        : "check --server / INQUIRLY_URL and that the server is running";
    return new ApiException(Failure.NETWORK, 0, method + " " + url + " failed: " + why, hint, e);
  }

  /** The server's message from error, errors[] or message(+attributes); null when there is none. */
  static String serverMessage(ApiResponse response) {
    if (response.isEmpty()) {
      return null;
    }
    JsonNode body;
    try {
      body = Json.parse(response.body());
    } catch (IOException e) {
      String text = response.text().strip();
      String type = response.header("content-type");
      if (type != null && type.toLowerCase(Locale.ROOT).contains("html") || text.startsWith("<")) {
        return "(an HTML page, not JSON: is a proxy in the way?)";
      }
      return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
    if (body == null || !body.isObject()) {
      return body == null ? null : abbreviate(Json.compact(body));
    }
    List<String> parts = new ArrayList<>();
    if (body.hasNonNull("error")) {
      parts.add(Json.text(body.get("error")));
    }
    if (body.has("errors") && body.get("errors").isArray()) {
      for (JsonNode e : body.get("errors")) {
        parts.add(e.isObject() && e.has("message")
            ? (e.has("field") ? e.get("field").asText() + ": " : "") + e.get("message").asText()
            : Json.text(e));
      }
    }
    if (body.hasNonNull("message")) {
      String m = Json.text(body.get("message"));
      if (body.has("attributes") && body.get("attributes").isArray() && body.get("attributes").size() > 0) {
        List<String> attrs = new ArrayList<>();
        body.get("attributes").forEach(a -> attrs.add(a.asText()));
        m += " (" + String.join(", ", attrs) + ")";
      }
      parts.add(m);
    }
    if (parts.isEmpty() && body.hasNonNull("description")) {
      parts.add(Json.text(body.get("description")));
    }
    return parts.isEmpty() ? abbreviate(Json.compact(body)) : String.join("; ", parts);
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  static Failure classify(int status, String serverMessage) {
    String m = serverMessage == null ? "" : serverMessage.toLowerCase(Locale.ROOT);
    return switch (status) {
      case 401 -> m.contains("not authorized") || m.contains("non permissible") ? Failure.PERMISSION
          : Failure.AUTHENTICATION;
      case 402, 403 -> Failure.PERMISSION;
      case 404 -> Failure.NOT_FOUND;
      case 400, 409, 413, 415, 422 -> Failure.INVALID;
      case 429 -> Failure.RATE_LIMITED;
      default -> status >= 500 ? Failure.SERVER : Failure.OTHER;
    };
  }

  private static String hint(Failure failure, String serverMessage) {
    String m = serverMessage == null ? "" : serverMessage.toLowerCase(Locale.ROOT);
    return switch (failure) {
      case AUTHENTICATION -> m.contains("hmac")
          ? "the inbox requires identity validation: pass --hmac-token (or INQUIRLY_HMAC_TOKEN) with the inbox's"
              + " HMAC token and an --identifier, or a precomputed --identifier-hash"
          : m.contains("access_token")
          ? "check the platform token: --platform-token or INQUIRLY_PLATFORM_TOKEN"
          : "check the token: run 'inquirly auth login' or set INQUIRLY_TOKEN";
      case PERMISSION -> m.contains("access this account")
          ? "check the account id: 'inquirly accounts list' shows the accounts this token can reach"
          : m.contains("non permissible")
              ? "platform apps may only act on accounts, users and bots they created"
              : "this needs a token with more rights (often an administrator's)";
      case NOT_FOUND -> "check the id, and the account (--account)";
      case RATE_LIMITED -> "the server is rate limiting; wait a minute, or slow down with --rate N/s";
      case SERVER -> "the server failed; retry later, and run with -v to see the response";
      default -> null;
    };
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
  }
}
