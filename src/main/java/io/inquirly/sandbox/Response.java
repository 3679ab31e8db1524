package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** What the sandbox answers: status, content type (null for an empty body) and body bytes. */
record Response(int status, String contentType, byte[] body) {

  static final String JSON = "application/json; charset=utf-8";

  static Response json(int status, JsonNode node) {
    return new Response(status, JSON, Json.bytes(node));
  }

  static Response ok(JsonNode node) {
    return json(200, node);
  }

  /** Rails {@code head :ok}: a status and no body. */
  static Response empty(int status) {
    return new Response(status, null, new byte[0]);
  }

  static Response text(int status, String contentType, String text) {
    return new Response(status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
