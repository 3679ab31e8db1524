package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A remote that supports nothing: test remotes extend it and answer only what their test sends. */
abstract class NoRemote implements ContactsRemote {
  @Override
  public Page page(Query query, int page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public JsonNode create(ObjectNode body, List<Draft.Key> keys) {
    throw new UnsupportedOperationException();
  }

  @Override
  public JsonNode update(long id, ObjectNode body) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<String> labels(long id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setLabels(long id, List<String> labels) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void addToInbox(long id, long inboxId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<JsonNode> find(List<Draft.Key> keys) {
    throw new UnsupportedOperationException();
  }
}
