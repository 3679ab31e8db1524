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
 */
public record ApiRequest(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    byte[] body,
    String contentType,
    String token) {

  public ApiRequest {
    method = method.toUpperCase(java.util.Locale.ROOT);
    query = List.copyOf(query);
  }

  public static ApiRequest get(String path, String token) {
    return new ApiRequest("GET", path, List.of(), null, null, token);
  }

  /** Safe to send twice: the server's state is the same either way. */
  public boolean idempotent() {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  public ApiRequest withQuery(String name, String value) {
    List<Map.Entry<String, String>> q = new ArrayList<>(query);
    q.removeIf(e -> e.getKey().equals(name));
    q.add(Map.entry(name, value));
    return new ApiRequest(method, path, q, body, contentType, token);
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
