package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.ApiRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of an operation, as a {@link Handler} sees it: the values given, the --data body, and ways to
 * send this operation's request or related ones.
 */
public final class Call {
  private final Operation operation;
  private final Map<String, Object> values;
  private final JsonNode data;
  private final Invoker invoker;

  public Call(Operation operation, Map<String, Object> values, JsonNode data, Invoker invoker) {
    this.operation = operation;
    this.values = new HashMap<>(values);
    this.data = data;
    this.invoker = invoker;
  }

  public Operation operation() {
    return operation;
  }

  public Invoker invoker() {
    return invoker;
  }

  /** The --data body, or null. */
  public JsonNode data() {
    return data;
  }

  public Object value(String name) {
    return values.get(name);
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String name) {
    Object v = values.get(name);
    return v == null ? List.of() : (List<String>) v;
  }

  public Call with(String name, Object value) {
    Map<String, Object> copy = new HashMap<>(values);
    copy.put(name, value);
    return new Call(operation, copy, data, invoker);
  }

  /** The operation's own request with the current values. */
  public ApiRequest request() {
    return invoker.request(operation, values, data);
  }

  /** Sends the operation's own request. */
  public JsonNode send() {
    return invoker.send(request());
  }

  /** Sends a related request (same credentials and values for the path placeholders). */
  public JsonNode send(String method, String pathTemplate, JsonNode body) {
    String path = invoker.expand(pathTemplate, values);
    return invoker.send(Invoker.build(method, path, List.of(), body, invoker.token(operation)));
  }
}
