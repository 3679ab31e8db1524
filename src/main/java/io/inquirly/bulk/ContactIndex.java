package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Existing contacts, keyed by identifier, e-mail (lower case) and phone → id, plus a fingerprint of the fields the
 * input file sets (so an unchanged row sends nothing). Memory is per existing contact (about 100 bytes), not per
 * input row. Thread-safe.
 */
public final class ContactIndex {
  private final List<String> targets;
  private final Long inboxId;
  private final LongMap ids = new LongMap();
  private final LongMap fingerprints = new LongMap();

  /**
   * @param targets the body paths the input sets (the fingerprint covers these)
   * @param inboxId the --inbox, or null
   */
  public ContactIndex(List<String> targets, Long inboxId) {
    this.targets = List.copyOf(targets);
    this.inboxId = inboxId;
  }

  /** Adds or refreshes a contact as the server shows it. */
  public synchronized void add(JsonNode contact) {
    long id = contact.path("id").asLong(-1);
    if (id <= 0) {
      return;
    }
    for (String attribute : List.of("identifier", "email", "phone_number")) {
      String value = blankToNull(contact.path(attribute).asText(null));
      if (value != null) {
        ids.put(hash(new Draft.Key(attribute, value)), id);
      }
    }
    SortedMap<String, String> projection = new TreeMap<>();
    for (String path : targets) {
      JsonNode v = at(contact, path);
      if (v != null && !v.isNull() && !v.isMissingNode()) {
        String text = Json.text(v);
        if (path.equals("email")) {
          text = text.toLowerCase(Locale.ROOT);
        }
        if (!text.isBlank()) {
          projection.put(path, text);
        }
      }
    }
    boolean inInbox = false;
    if (inboxId != null) {
      for (JsonNode ci : contact.path("contact_inboxes")) {
        inInbox |= ci.path("inbox").path("id").asLong(-1) == inboxId;
      }
    }
    fingerprints.put(id, fingerprint(projection, inInbox));
  }

  /** Records a contact this run created or updated, from the row (when the answer did not show it). */
  public synchronized void remember(Draft d, long id) {
    for (Draft.Key k : d.lookupKeys()) {
      ids.put(hash(k), id);
    }
  }

  /** The existing contact a row matches: by identifier, then e-mail, then phone; -1 when none. */
  public synchronized long match(Draft d) {
    for (Draft.Key k : d.lookupKeys()) {
      long id = id(k);
      if (id >= 0) {
        return id;
      }
    }
    return -1;
  }

  /** The contact known to have this key (from the server or created by this run), or -1. */
  public synchronized long id(Draft.Key key) {
    long id = ids.get(hash(key));
    return id == LongMap.MISSING ? -1 : id;
  }

  /** The index's key for a match key: e-mail in lower case (the server compares it so), the others as they are. */
  private static long hash(Draft.Key key) {
    return switch (key.attribute()) {
      case "identifier" -> Hashes.of("i:" + key.value());
      case "email" -> Hashes.of("e:" + key.value().toLowerCase(Locale.ROOT));
      default -> Hashes.of("p:" + key.value());
    };
  }

  /** Whether the contact already has every field of the row (and the inbox): then nothing needs sending. */
  public synchronized boolean unchanged(Draft d, long id) {
    long fp = fingerprints.get(id);
    return fp != LongMap.MISSING && fp == fingerprint(d.projection(), inboxId != null);
  }

  public synchronized int size() {
    return fingerprints.size();
  }

  private static long fingerprint(Map<String, String> projection, boolean inInbox) {
    StringBuilder sb = new StringBuilder();
    projection.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    if (inInbox) {
      sb.append("inbox\n");
    }
    return Hashes.of(sb.toString());
  }

  private static JsonNode at(JsonNode node, String dotted) {
    JsonNode cur = node;
    for (String part : dotted.split("\\.", 2)) {
      cur = cur == null ? null : cur.get(part);
    }
    return cur;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
