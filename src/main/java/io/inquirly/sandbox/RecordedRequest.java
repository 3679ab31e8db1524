package io.inquirly.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request as the sandbox received it, with the status it finally answered (0 when the connection was
 * dropped on purpose without any response).
 *
 * @param headers header names lower-cased
 * @param rawQuery the undecoded query string, or null when the URL had none
 * @param contentType the Content-Type header, or null
 */
public record RecordedRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    String contentType,
    byte[] body,
    int status) {

  /** The body decoded as UTF-8 (empty string when there was none). */
  public String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  /** First value of a header (name in any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
