package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.OperationRef;
import io.inquirly.http.ApiRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls catalogue operations by their typed reference ({@code LabelsApi.CREATE}) through the shared
 * {@link Invoker}, exactly as their commands do: the operation's computed fields, prepare step and handler
 * apply, and auth, retries and error decoding are those of every other command. The resource gives the body
 * (as {@code --data} would); the operation gives method, path, token and where records sit.
 */
public final class Api {
  private final Invoker invoker;
  private final Map<OperationRef, Operation> ops = new HashMap<>();
  private int writes;

  public Api(Invoker invoker) {
    this.invoker = invoker;
  }

  /** Writes sent so far (anything but GET). */
  public int writes() {
    return writes;
  }

  public boolean hasPlatformToken() {
    return invoker.credentials().platformToken() != null;
  }

  public String accountId() {
    return invoker.credentials().accountId();
  }

  /** The operation a reference names (its group is built once per run). */
  public Operation op(OperationRef ref) {
    return ops.computeIfAbsent(ref, OperationRef::resolve);
  }

  /**
   * Runs an operation with values by parameter name (path ids, query) and a body; returns the answer. Extra
   * query pairs are for parameters the command does not declare.
   */
  public JsonNode send(OperationRef ref, Map<String, Object> values, List<Map.Entry<String, String>> query,
      JsonNode body) {
    Operation op = op(ref);
    if (!op.method().equals("GET")) {
      writes++;
    }
    if (query.isEmpty()) {
      return invoker.call(op, values, body);
    }
    ApiRequest request = invoker.request(op, values, body);
    for (Map.Entry<String, String> q : query) {
      request = request.withQuery(q.getKey(), q.getValue());
    }
    return invoker.send(request);
  }

  public JsonNode send(OperationRef ref, Map<String, Object> values, JsonNode body) {
    return send(ref, values, List.of(), body);
  }

  /** The records of a list operation. */
  public List<JsonNode> list(OperationRef ref, Map<String, Object> values) {
    return Invoker.records(op(ref), send(ref, values, null));
  }

  /** The single record of an answer to the operation. */
  public JsonNode record(OperationRef ref, JsonNode answer) {
    return Invoker.record(op(ref), answer);
  }
}
