package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.Catalogue;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls catalogue operations by their command ({@code labels create}) through the shared {@link Invoker}, so
 * auth, retries and error decoding are those of every other command. The body is built here (from the
 * resource), not from command-line values; the operation gives method, path, token and where records sit.
 */
public final class Api {
  private final Invoker invoker;
  private final Map<String, Operation> ops = new HashMap<>();
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

  /** The operation whose command line is {@code command}, e.g. {@code "inboxes members update"}. */
  public Operation op(String command) {
    return ops.computeIfAbsent(command, c -> {
      String group = c.substring(0, c.indexOf(' '));
      Catalogue.Entry entry = Catalogue.entry(group);
      if (entry == null) {
        throw new IllegalStateException("no group " + group);
      }
      return entry.build().get().operations().stream().filter(o -> o.commandLine().equals(c)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no operation " + c));
    });
  }

  /** Sends an operation with path values, query parameters and a body; returns the answer. */
  public JsonNode send(String command, Map<String, Object> path, List<Map.Entry<String, String>> query,
      JsonNode body) {
    Operation op = op(command);
    String filled = invoker.expand(op.path(), path);
    byte[] bytes = body == null ? null : Json.bytes(body);
    ApiRequest request = new ApiRequest(op.method(), filled, query, bytes, bytes == null ? null : "application/json",
        invoker.token(op));
    if (!op.method().equals("GET")) {
      writes++;
    }
    return invoker.send(request);
  }

  public JsonNode send(String command, Map<String, Object> path, JsonNode body) {
    return send(command, path, List.of(), body);
  }

  /** The records of a list operation. */
  public List<JsonNode> list(String command, Map<String, Object> path) {
    return Invoker.records(op(command), send(command, path, null));
  }

  /** The single record of an answer to {@code command}. */
  public JsonNode record(String command, JsonNode answer) {
    return Invoker.record(op(command), answer);
  }
}
