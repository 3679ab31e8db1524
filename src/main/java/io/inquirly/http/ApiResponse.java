package io.inquirly.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A response as received: status, headers, raw body, and how long it took. */
public record ApiResponse(
    int status, Map<String, List<String>> headers, byte[] body, Duration elapsed) {

  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** No body, or only white space. Decides from the first bytes: a JSON body is not decoded just to ask this. */
  public boolean isEmpty() {
    for (byte b : body) {
      if (b < 0) {
        return text().isBlank(); // non-ASCII: let String decide what counts as white space
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** The body as JSON: an empty body is a MissingNode; a non-JSON body is a {@link ApiException}. */
  public JsonNode json() {
    return Json.parseResponse(this);
  }
}
