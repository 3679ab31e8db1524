package io.inquirly.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A row mapped to a contact.
 *
 * @param row the input row number
 * @param body the JSON fields to send (blank cells left out: a blank never clears a value)
 * @param labels labels to add
 * @param identifier match key 1, or null
 * @param email match key 2 (lower case), or null
 * @param phone match key 3, or null
 * @param error why the row is invalid, or null
 * @param projection body path → text, for comparing with an existing contact
 */
public record Draft(long row, ObjectNode body, List<String> labels, String identifier, String email, String phone,
    String error, SortedMap<String, String> projection) {

  /** The match keys, strongest first, as journal text: {@code identifier:X}, {@code email:X}, {@code phone:X}. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(3);
    for (Key k : lookupKeys()) {
      keys.add((k.attribute().equals("phone_number") ? "phone" : k.attribute()) + ":" + k.value());
    }
    return keys;
  }

  /** A match key as the server's contact filter names it. */
  public record Key(String attribute, String value) {
    /** Whether a contact the server's filter found really has this key: e-mail in any case, others exactly. */
    public boolean matches(com.fasterxml.jackson.databind.JsonNode contact) {
      String v = contact.path(attribute).asText("");
      return attribute.equals("email") ? v.equalsIgnoreCase(value) : v.equals(value);
    }
  }

  /** The match keys in match order (identifier, e-mail, phone), for asking the server. */
  public List<Key> lookupKeys() {
    List<Key> keys = new ArrayList<>(3);
    if (identifier != null) {
      keys.add(new Key("identifier", identifier));
    }
    if (email != null) {
      keys.add(new Key("email", email));
    }
    if (phone != null) {
      keys.add(new Key("phone_number", phone));
    }
    return keys;
  }

  /** The strongest key, or "-" for a row that only has a name. */
  public String key() {
    List<String> k = keys();
    return k.isEmpty() ? "-" : k.get(0);
  }
}
