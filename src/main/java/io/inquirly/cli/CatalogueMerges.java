package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.ContactsApi;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.OperationRef;
import io.inquirly.bulk.MergeRemote;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code contacts dedupe}'s requests, sent through the catalogue's operations (the same requests as the commands). */
final class CatalogueMerges implements MergeRemote {
  private final Invoker invoker;
  private final Map<OperationRef, Operation> ops = new ConcurrentHashMap<>(); // groups run concurrently

  CatalogueMerges(Invoker invoker) {
    this.invoker = invoker;
  }

  private Operation op(OperationRef ref) {
    return ops.computeIfAbsent(ref, OperationRef::resolve);
  }

  private JsonNode send(OperationRef ref, Map<String, Object> values, boolean repeatable) {
    Operation op = op(ref);
    return invoker.client().send(invoker.request(op, values, null).repeatable(repeatable)).json();
  }

  @Override
  public JsonNode show(long id) {
    try {
      return Invoker.record(op(ContactsApi.SHOW), send(ContactsApi.SHOW, Map.of("id", id), true));
    } catch (ApiException e) {
      if (e.failure() == Failure.NOT_FOUND) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public int conversations(long id) {
    return Invoker.records(op(ContactsApi.CONVERSATIONS), send(ContactsApi.CONVERSATIONS, Map.of("id", id), true))
        .size();
  }

  @Override
  public List<String> labels(long id) {
    try {
      List<String> labels = new ArrayList<>();
      Invoker.records(op(ContactsApi.LABELS_LIST), send(ContactsApi.LABELS_LIST, Map.of("id", id), true))
          .forEach(l -> labels.add(l.asText()));
      return labels;
    } catch (ApiException e) {
      if (e.failure() == Failure.NOT_FOUND) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public void setLabels(long id, List<String> labels) {
    send(ContactsApi.LABELS_SET, Map.of("id", id, "labels", labels), true); // the whole set: repeating is harmless
  }

  /**
   * Sent again after a lost answer: when the first attempt landed, the mergee is gone and the server answers 404,
   * which is what an already merged contact answers.
   */
  @Override
  public boolean merge(long base, long mergee) {
    try {
      send(ContactsApi.MERGE, Map.of("base_contact_id", base, "mergee_contact_id", mergee), true);
      return true;
    } catch (ApiException e) {
      if (e.failure() == Failure.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }
}
