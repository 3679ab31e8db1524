package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.ContactsApi;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.OperationRef;
import io.inquirly.bulk.ContactsRemote;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.ApiResponse;
import io.inquirly.http.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bulk engine's contact operations, sent through the catalogue's operations (same requests as the commands). */
final class CatalogueContacts implements ContactsRemote {
  private final Invoker invoker;
  private final Map<OperationRef, Operation> ops = new java.util.concurrent.ConcurrentHashMap<>(); // rows run concurrently

  CatalogueContacts(Invoker invoker) {
    this.invoker = invoker;
  }

  private Operation op(OperationRef ref) {
    return ops.computeIfAbsent(ref, OperationRef::resolve);
  }

  @Override
  public Page page(Query query, int page) {
    Operation op;
    Map<String, Object> values = new HashMap<>();
    if (query.q() != null) {
      op = op(ContactsApi.SEARCH);
      values.put("q", query.q());
    } else if (!query.where().isEmpty()) {
      op = op(ContactsApi.FILTER);
      values.put("where", query.where());
      values.put("any", query.any());
    } else {
      op = op(ContactsApi.LIST);
      if (!query.labels().isEmpty()) {
        values.put("labels", query.labels());
      }
    }
    ApiRequest request = invoker.request(op, values, null).withQuery("page", String.valueOf(page));
    JsonNode body = invoker.client().send(request).json();
    List<JsonNode> records = Invoker.records(op, body);
    JsonNode meta = body.path("meta");
    if (meta.path("has_more").isBoolean()) {
      return new Page(records, -1, meta.path("has_more").asBoolean());
    }
    long total = meta.path("count").isNumber() ? meta.path("count").asLong() : -1;
    boolean more = total >= 0 ? (long) (page - 1) * 15 + records.size() < total : !records.isEmpty();
    return new Page(records, total, more && !records.isEmpty());
  }

  @Override
  public JsonNode create(ObjectNode body, List<io.inquirly.bulk.Draft.Key> keys) {
    Operation op = op(ContactsApi.CREATE);
    ApiRequest request = invoker.request(op, Map.of(), body);
    if (!keys.isEmpty()) {
      request = request.withLandedCheck(() -> landed(op, keys));
    }
    return Invoker.record(op, invoker.client().send(request).json());
  }

  /** The create's answer made from the contact the keys find (marked {@code _found}), or null when none. */
  private ApiResponse landed(Operation op, List<io.inquirly.bulk.Draft.Key> keys) {
    List<JsonNode> found = find(keys);
    for (var key : keys) {
      for (JsonNode contact : found) {
        if (key.matches(contact)) {
          ObjectNode envelope = JsonNodeFactory.instance.objectNode();
          ObjectNode record = contact.deepCopy();
          record.put("_found", true);
          Invoker.put(envelope, op.records(), record);
          return new ApiResponse(200, Map.of(), Json.bytes(envelope), Duration.ZERO);
        }
      }
    }
    return null;
  }

  @Override
  public JsonNode update(long id, ObjectNode body) {
    Operation op = op(ContactsApi.UPDATE);
    return Invoker.record(op, invoker.client().send(invoker.request(op, Map.of("id", id), body)).json());
  }

  @Override
  public List<String> labels(long id) {
    Operation op = op(ContactsApi.LABELS_LIST);
    JsonNode body = invoker.client().send(invoker.request(op, Map.of("id", id), null)).json();
    List<String> labels = new ArrayList<>();
    Invoker.records(op, body).forEach(l -> labels.add(l.asText()));
    return labels;
  }

  @Override
  public void setLabels(long id, List<String> labels) {
    Operation op = op(ContactsApi.LABELS_SET);
    // the whole set: sending it twice leaves the same labels
    invoker.client().send(invoker.request(op, Map.of("id", id, "labels", labels), null).repeatable(true));
  }

  @Override
  public void addToInbox(long id, long inboxId) {
    Operation op = op(ContactsApi.INBOXES_ADD);
    invoker.client().send(invoker.request(op, Map.of("id", id, "inbox_id", inboxId), null));
  }

  /**
   * contacts/filter: {@code equal_to} each key, joined by OR; the server prepends '+' to phone numbers, so send
   * the digits.
   */
  @Override
  public List<JsonNode> find(List<io.inquirly.bulk.Draft.Key> keys) {
    Operation op = op(ContactsApi.FILTER);
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    var payload = data.putArray("payload");
    for (int i = 0; i < keys.size(); i++) {
      var key = keys.get(i);
      ObjectNode item = payload.addObject();
      item.put("attribute_key", key.attribute());
      item.put("filter_operator", "equal_to");
      item.putArray("values").add(key.attribute().equals("phone_number") ? key.value().replace("+", "")
          : key.value());
      if (i < keys.size() - 1) {
        item.put("query_operator", "OR"); // none on the last item (see Filters.payload)
      }
    }
    JsonNode body = invoker.client().send(invoker.request(op, Map.of(), data).withQuery("page", "1")).json();
    return Invoker.records(op, body);
  }
}
