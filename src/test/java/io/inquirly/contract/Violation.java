package io.inquirly.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One structured finding of {@link OpenApiContract} before known spec deviations are applied.
 *
 * @param kind what part of the request is wrong
 * @param where the parameter name, or for bodies {@code "<keyword> <json-pointer>"} such as
 *     {@code "required /inbox_id"}, {@code "type /name"}, {@code "enum /payload/1/query_operator"}
 * @param value the offending value (query/path: the raw text; body: the JSON node), or null
 * @param message one-line human text, without the "METHOD path: " prefix
 */
record Violation(Kind kind, String where, Object value, String message) {

  enum Kind {
    NO_OPERATION,
    PATH_PARAM,
    QUERY_PARAM,
    QUERY_MISSING,
    HEADER_MISSING,
    AUTH,
    CONTENT_TYPE,
    BODY_MISSING,
    BODY_PARSE,
    BODY_SCHEMA,
    /** Spec-valid but known to fail on the real server (NOTES.md). */
    STRICTER_THAN_SPEC
  }

  /** The value as text: JSON text nodes unquoted, JSON null as "null", absent as null. */
  String valueText() {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNode n) {
      return n.isTextual() ? n.textValue() : n.toString();
    }
    return value.toString();
  }

  boolean valueIsJsonNull() {
    return value instanceof JsonNode n && n.isNull();
  }
}
