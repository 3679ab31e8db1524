package io.inquirly.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request to send.
 *
 * @param method HTTP method, upper case
 * @param path path with every placeholder already filled, starting with '/'
 * @param query query parameters in order (repeated names allowed, e.g. {@code labels[]})
 * @param body the body bytes, or null
 * @param contentType the body's content type, or null
 * @param token the api-access-token to send, or null for the public API
 * @param repeatable whether sending it twice leaves the server as sending it once (every idempotent method, and
 *     POSTs that only read, such as filters, or that set a whole value, such as a contact's labels)
 * @param landedCheck for a request that is not repeatable: how to find out whether an attempt whose answer was
 *     lost took effect, so it can be sent again when it did not; or null (then it is never sent twice)
 * @param explain what a failure of this request means to the user, beyond its status (e.g. a 404 that says
 *     the server version lacks the route); applied by whoever sends it, or null
 */
public record ApiRequest(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    byte[] body,
    String contentType,
    String token,
    boolean repeatable,
    LandedCheck landedCheck,
    java.util.function.UnaryOperator<ApiException> explain) {

  /**
   * Finds what an attempt of a create left on the server. It is asked only after an attempt failed without a
   * trustworthy answer (timeout, dropped connection, 502/503/504).
   */
  @FunctionalInterface
  public interface LandedCheck {
    /** The answer the create would have given, made from what the server holds now; null when it did not land. */
    ApiResponse find();
  }

  public ApiRequest {
    method = method.toUpperCase(java.util.Locale.ROOT);
    query = List.copyOf(query);
  }

  /** A request that is repeatable when its method is idempotent. */
  public ApiRequest(String method, String path, List<Map.Entry<String, String>> query, byte[] body,
      String contentType, String token) {
    this(method, path, query, body, contentType, token, idempotent(method), null, null);
  }

  public static ApiRequest get(String path, String token) {
    return new ApiRequest("GET", path, List.of(), null, null, token);
  }

  private static boolean idempotent(String method) {
    return switch (method.toUpperCase(java.util.Locale.ROOT)) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  /** The same request, declared safe (or not) to send twice. */
  public ApiRequest repeatable(boolean safe) {
    return new ApiRequest(method, path, query, body, contentType, token, safe, landedCheck, explain);
  }

  /** The same request, with a way to check whether a lost attempt landed. */
  public ApiRequest withLandedCheck(LandedCheck check) {
    return new ApiRequest(method, path, query, body, contentType, token, repeatable, check, explain);
  }

  public ApiRequest withQuery(String name, String value) {
    List<Map.Entry<String, String>> q = new ArrayList<>(query);
    q.removeIf(e -> e.getKey().equals(name));
    q.add(Map.entry(name, value));
    return new ApiRequest(method, path, q, body, contentType, token, repeatable, landedCheck, explain);
  }

  /** The same request, whose failures read as {@code how} says (see {@link #explain()}). */
  public ApiRequest explaining(java.util.function.UnaryOperator<ApiException> how) {
    return new ApiRequest(method, path, query, body, contentType, token, repeatable, landedCheck, how);
  }

  /** The failure as this request's sender should report it. */
  public ApiException explained(ApiException e) {
    return explain == null ? e : explain.apply(e);
  }

  public String queryString() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : query) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(Urls.encode(e.getKey())).append('=').append(Urls.encode(e.getValue()));
    }
    return sb.toString();
  }

  /** The path and query as sent, e.g. {@code /api/v1/accounts/1/contacts?page=2}. */
  public String target() {
    String q = queryString();
    return q.isEmpty() ? path : path + "?" + q;
  }
}
