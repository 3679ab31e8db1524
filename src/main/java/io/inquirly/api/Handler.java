package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Custom behaviour of an operation, on top of (or instead of) its plain request. */
@FunctionalInterface
public interface Handler {
  /** Runs the operation and returns the answer body, from which the operation's records are taken. */
  JsonNode run(Call call);
}
