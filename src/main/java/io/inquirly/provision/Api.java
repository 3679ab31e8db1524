package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.OperationRef;
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
   * Runs an operation as its command would: values by parameter name (path ids, query parameters, option
   * values) and the body given whole (as {@code --data}); returns the answer.
   */
  public JsonNode send(OperationRef ref, Map<String, Object> values, JsonNode body) {
    Operation op = op(ref);
    if (!op.method().equals("GET")) {
      writes++;
    }
    return invoker.call(op, values, body);
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
