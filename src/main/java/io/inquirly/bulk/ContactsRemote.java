package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The contact operations bulk work needs. The CLI implements it with the operation catalogue (so retries, pacing
 * and errors are the same as everywhere); failures are {@link io.inquirly.http.ApiException}s.
 */
public interface ContactsRemote {
  /** One page of contacts (15 on the server); {@code total} is the count of every page, or -1 when unknown. */
  record Page(List<JsonNode> records, long total, boolean more) {}

  /** Which contacts: all, with any of {@code labels}, matching filter conditions, or a search text. */
  record Query(List<String> labels, List<String> where, boolean any, String q) {
    public static Query all() {
      return new Query(List.of(), List.of(), false, null);
    }
  }

  Page page(Query query, int page);

  /**
   * Creates a contact and returns it as the server shows it. When an attempt's answer is lost, the contact is
   * looked up by {@code keys} before the create is sent again; one found that way is returned marked
   * {@code "_found": true}. Without keys such a failure is final (it cannot be checked).
   */
  JsonNode create(ObjectNode body, List<Draft.Key> keys);

  /** Updates a contact (attributes are merged) and returns it. */
  JsonNode update(long id, ObjectNode body);

  List<String> labels(long id);

  /** Replaces the contact's labels with exactly these. */
  void setLabels(long id, List<String> labels);

  void addToInbox(long id, long inboxId);

  /**
   * Contacts having any of these keys, in one request (the server's filter: it ignores case, so callers check
   * {@link Draft.Key#matches}).
   */
  List<JsonNode> find(List<Draft.Key> keys);
}
