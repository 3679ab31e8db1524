package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.bulk.Journal.Outcome;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one planned row to the server (on a worker): the create or update, the inbox and the labels, and what the
 * contact now is into the index. A server's refusal of the row becomes a rejected row; any other failure is thrown
 * (it stops the import).
 *
 * @param inboxId the {@code --inbox} every contact joins, or null
 */
record RowWriter(ContactsRemote remote, ContactIndex index, Long inboxId) {
  /** What became of a row: its outcome, the contact's id (-1 when none) and, for a rejected row, why. */
  record Written(Outcome outcome, long id, String error) {}

  /**
   * Sends a row planned CREATE, UPDATE or UNCHANGED-with-labels ({@code id}: the contact it matched, or -1).
   *
   * @throws ApiException a failure that is not the row's own (network, server, authentication...)
   * @throws io.inquirly.http.Cancelled when the run is interrupted
   */
  Written write(Draft d, RowPlan plan, long id) {
    try {
      if (plan == RowPlan.CREATE) {
        JsonNode contact = create(d);
        long contactId = contact.path("id").asLong();
        index.add(contact);
        index.remember(d, contactId);
        if (!d.labels().isEmpty()) {
          addLabels(contactId, d.labels(), contact.has("_found"));
        }
        return new Written(Outcome.CREATED, contactId, null);
      }
      if (plan == RowPlan.UPDATE) {
        JsonNode contact = remote.update(id, d.body().deepCopy());
        index.add(contact);
        index.remember(d, id);
        if (inboxId != null && !inInbox(contact, inboxId)) {
          remote.addToInbox(id, inboxId);
        }
        addLabels(id, d.labels(), true);
        return new Written(Outcome.UPDATED, id, null);
      }
      return new Written(addLabels(id, d.labels(), true) ? Outcome.UPDATED : Outcome.UNCHANGED, id, null);
    } catch (ApiException e) {
      if (e.failure() == Failure.INVALID) {
        return new Written(Outcome.REJECTED, id, serverMessage(e));
      }
      if (plan == RowPlan.CREATE && d.keys().isEmpty()
          && (e.failure() == Failure.NETWORK || e.failure() == Failure.SERVER)) {
        // the create may have landed, and a contact without keys cannot be looked up to find out
        return new Written(Outcome.REJECTED, -1, "the create failed without an answer (" + serverMessage(e)
            + ") and a contact with no email, phone or identifier cannot be looked up; check whether it exists "
            + "before importing it again");
      }
      if (e.failure() == Failure.NOT_FOUND && plan != RowPlan.CREATE) {
        return new Written(Outcome.REJECTED, id, "contact " + id + " was deleted during the import");
      }
      throw e;
    }
  }

  /**
   * Creates the contact. When an attempt fails without a trustworthy answer (timeout, dropped connection,
   * 502/503/504), the HTTP policy looks the contact up by the row's keys before sending it again, so a lost answer
   * never makes a second contact; a contact found that way comes back marked {@code _found}.
   */
  private JsonNode create(Draft d) {
    ObjectNode body = d.body().deepCopy();
    if (inboxId != null) {
      body.put("inbox_id", inboxId);
    }
    JsonNode contact = remote.create(body, d.lookupKeys());
    if (contact.has("_found") && inboxId != null && !inInbox(contact, inboxId)) {
      remote.addToInbox(contact.path("id").asLong(), inboxId);
    }
    return contact;
  }

  /** Adds labels, keeping the contact's others; returns whether anything was sent. */
  private boolean addLabels(long id, List<String> labels, boolean readFirst) {
    if (labels.isEmpty()) {
      return false;
    }
    Set<String> next = new LinkedHashSet<>();
    if (readFirst) {
      next.addAll(remote.labels(id));
      if (next.containsAll(labels)) {
        return false;
      }
    }
    next.addAll(labels);
    remote.setLabels(id, List.copyOf(next));
    return true;
  }

  private static boolean inInbox(JsonNode contact, long inboxId) {
    for (JsonNode ci : contact.path("contact_inboxes")) {
      if (ci.path("inbox").path("id").asLong(-1) == inboxId) {
        return true;
      }
    }
    return false;
  }

  /** The server's own words from an API failure (without the method and path). */
  static String serverMessage(ApiException e) {
    String m = e.getMessage();
    int at = m.indexOf(": ");
    return at > 0 && e.status() > 0 ? m.substring(at + 2) : m;
  }
}
