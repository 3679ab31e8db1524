package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.OperationRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kind whose file fields are the API's own body fields and whose records come from one list operation:
 * labels, canned responses, webhooks, agent bots, automation rules, portals.
 */
class SimpleKind extends Kind {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final OperationRef.Crud ops;
  private final String idParam;
  private boolean deletable = true;

  /**
   * @param name the kind
   * @param ops the list, create, update and delete operations it uses
   * @param keyField the natural key
   * @param idParam the path placeholder of update and delete
   */
  SimpleKind(String name, OperationRef.Crud ops, String keyField, String idParam) {
    super(name);
    this.ops = ops;
    keyedBy(keyField);
    this.idParam = idParam;
  }

  @Override
  protected SimpleKind caseless(String... fs) {
    super.caseless(fs);
    return this;
  }

  @Override
  protected SimpleKind sets(String... fs) {
    super.sets(fs);
    return this;
  }

  SimpleKind noDelete() {
    this.deletable = false;
    return this;
  }

  @Override
  public boolean deletable() {
    return deletable;
  }

  /** Whether a listed record is managed by this kind (e.g. not a global agent bot). */
  protected boolean include(JsonNode record, Ctx ctx) {
    return true;
  }

  /** The record's id as the update and delete paths take it. */
  protected String id(JsonNode record) {
    return record.path("id").asText();
  }

  /** A listed record in file terms: the declarable fields, nothing server-only. */
  protected ObjectNode state(JsonNode record) {
    ObjectNode o = NODES.objectNode();
    for (String f : fields().keySet()) {
      if (record.has(f)) {
        o.set(f, record.get(f));
      }
    }
    return o;
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode record : ctx.api.list(ops.list(), Map.of())) {
      if (include(record, ctx)) {
        ObjectNode state = state(record);
        out.add(new Current(key(state), id(record), state));
      }
    }
    return out;
  }

  protected ObjectNode body(Resource r, List<String> fields) {
    return declared(r, fields);
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    List<String> all = new ArrayList<>(fields().keySet());
    JsonNode answer = ctx.api.send(ops.create(), Map.of(), body(r, all));
    return id(ctx.api.record(ops.create(), answer));
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ctx.api.send(ops.update(), Map.of(idParam, current.id()), body(r, changed));
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    ctx.api.send(ops.delete(), Map.of(idParam, current.id()), null);
  }
}
