package io.inquirly.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/** The one JSON mapper of the client side, created on first use. */
public final class Json {
  private Json() {}

  private static final class Holder {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  public static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return mapper().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parseResponse(ApiResponse response) {
    if (response.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return mapper().readTree(response.body());
    } catch (IOException e) {
      throw ApiException.unreadable(response, "its body is not JSON");
    }
  }
}
