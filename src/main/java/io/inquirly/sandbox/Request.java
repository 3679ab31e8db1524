package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed request: method, path, decoded query parameters (keys as sent, e.g. {@code labels[]}),
 * lower-cased headers and the JSON body (an empty object when there is none).
 */
final class Request {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] rawBody;
  private final String contentType;
  /** As sent: a multipart boundary is case-sensitive. */
  private final String originalContentType;
  private ObjectNode body;
  private MultipartForm multipart;

  Request(
      String method,
      String path,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] rawBody,
      String contentType) {
    this.method = method;
    this.path = path;
    this.query = parseForm(rawQuery);
    this.headers = headers;
    this.rawBody = rawBody;
    this.contentType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    this.originalContentType = contentType == null ? "" : contentType;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  /**
   * The body as a JSON object, parsed on first use: empty when there is no body; a form-encoded body
   * becomes an object too ({@code a[]=x} arrays, {@code a[b]=y} nesting); a JSON body that is not an object
   * is kept under {@code _json} like Rails does. Malformed JSON → 400.
   */
  ObjectNode body() {
    if (body == null) {
      body = parseBody();
    }
    return body;
  }

  private ObjectNode parseBody() {
    if (rawBody == null || rawBody.length == 0) {
      return Json.object();
    }
    if (MultipartForm.is(contentType)) {
      return multipart().fields;
    }
    String text = new String(rawBody, StandardCharsets.UTF_8);
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
      return formToJson(parseForm(text.strip()));
    }
    if (text.isBlank()) {
      return Json.object();
    }
    try {
      JsonNode node = Json.parse(rawBody);
      if (node != null && node.isObject()) {
        return (ObjectNode) node;
      }
      ObjectNode wrapped = Json.object();
      wrapped.set("_json", node);
      return wrapped;
    } catch (java.io.IOException e) {
      throw ApiError.error(400, "Error occurred while parsing request parameters");
    }
  }

  /** Files of a multipart body (empty for other bodies). */
  List<MultipartForm.FilePart> files() {
    if (!MultipartForm.is(contentType) || rawBody == null || rawBody.length == 0) {
      return List.of();
    }
    return multipart().files;
  }

  private MultipartForm multipart() {
    if (multipart == null) {
      multipart = MultipartForm.parse(originalContentType, rawBody);
    }
    return multipart;
  }

  private static ObjectNode formToJson(Map<String, List<String>> form) {
    ObjectNode out = Json.object();
    form.forEach(
        (key, values) -> {
          int bracket = key.indexOf('[');
          if (bracket < 0) {
            out.put(key, values.get(values.size() - 1));
            return;
          }
          String root = key.substring(0, bracket);
          String rest = key.substring(bracket);
          if (rest.equals("[]")) {
            JsonNode existing = out.get(root);
            var array = existing instanceof com.fasterxml.jackson.databind.node.ArrayNode a ? a : out.putArray(root);
            values.forEach(array::add);
          } else if (rest.endsWith("]") && rest.indexOf(']') == rest.length() - 1) {
            JsonNode existing = out.get(root);
            ObjectNode nested = existing instanceof ObjectNode o ? o : out.putObject(root);
            nested.put(rest.substring(1, rest.length() - 1), values.get(values.size() - 1));
          } else {
            out.put(key, values.get(values.size() - 1));
          }
        });
    return out;
  }

  String header(String lowerCaseName) {
    List<String> values = headers.get(lowerCaseName.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** First query value of {@code name}, or null. */
  String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Values of an array parameter sent as {@code name[]=a&name[]=b} or {@code name=a}. */
  List<String> queryList(String name) {
    List<String> out = new ArrayList<>(query.getOrDefault(name + "[]", List.of()));
    out.addAll(query.getOrDefault(name, List.of()));
    return out;
  }

  /**
   * A Rails-style parameter: the JSON body field when present, otherwise the query value (as a text node).
   * Returns null when neither has it.
   */
  JsonNode param(String name) {
    JsonNode node = body().get(name);
    if (node != null) {
      return node;
    }
    String q = query(name);
    return q == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(q);
  }

  /** A scalar parameter as text, or null. */
  String paramText(String name) {
    JsonNode node = param(name);
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /** Decodes {@code a=1&b=x%20y} (also used for form-encoded bodies). */
  static Map<String, List<String>> parseForm(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
