package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Contact model rules (Chatwoot {@code app/models/contact.rb}): normalisation before validation, then
 * uniqueness per account of email (case-insensitive), identifier and phone number, email and E.164 formats.
 * Failures are 422 {@code {"message": "...", "attributes": [...]}}.
 */
final class ContactRules {
  /** Devise.email_regexp. */
  private static final Pattern EMAIL = Pattern.compile("\\A[^@\\s]+@[^@\\s]+\\z");

  private static final Pattern E164 = Pattern.compile("\\A\\+[1-9]\\d{1,14}\\z");

  private ContactRules() {}

  /** The editable fields of a contact, as a draft validated before it is stored. */
  static final class Draft {
    String name;
    String email;
    String phoneNumber;
    String identifier;
    boolean blocked;
    ObjectNode additionalAttributes;
    ObjectNode customAttributes;

    static Draft of(Store.Contact c) {
      Draft d = new Draft();
      d.name = c.name;
      d.email = c.email;
      d.phoneNumber = c.phoneNumber;
      d.identifier = c.identifier;
      d.blocked = c.blocked;
      d.additionalAttributes = c.additionalAttributes.deepCopy();
      d.customAttributes = c.customAttributes.deepCopy();
      return d;
    }

    /** Writes the draft into the contact, keeping the account's key index in step. */
    void applyTo(Store.Contact c, Store.Account account) {
      account.contactKeys.remove(c);
      account.contactChanged();
      c.name = name == null ? "" : name;
      c.email = email;
      c.phoneNumber = phoneNumber;
      c.identifier = identifier;
      c.blocked = blocked;
      c.additionalAttributes = additionalAttributes;
      c.customAttributes = customAttributes;
      if (account.contacts.containsKey(c.id)) {
        account.contactKeys.add(c);
      }
    }
  }

  /**
   * Copies the permitted parameters into the draft: name, email, phone_number, identifier, blocked, and
   * additional/custom attributes MERGED into the existing ones (contacts_controller#contact_update_params).
   */
  static void assign(Draft d, ObjectNode params) {
    if (params.has("name")) {
      String name = Json.text(params, "name");
      d.name = name == null ? "" : name;
    }
    if (params.has("email")) {
      d.email = Json.text(params, "email");
    }
    if (params.has("phone_number")) {
      d.phoneNumber = Json.text(params, "phone_number");
    }
    if (params.has("identifier")) {
      d.identifier = Json.text(params, "identifier");
    }
    if (params.has("blocked")) {
      JsonNode b = params.get("blocked");
      d.blocked = b.isBoolean() ? b.asBoolean() : "true".equalsIgnoreCase(b.asText()) || "1".equals(b.asText());
    }
    if (params.get("additional_attributes") instanceof ObjectNode extra) {
      d.additionalAttributes.setAll(extra.deepCopy());
    }
    if (params.get("custom_attributes") instanceof ObjectNode custom) {
      d.customAttributes.setAll(custom.deepCopy());
    }
  }

  /** before_validation: email lower-cased, blank email/phone/identifier stored as null. */
  static void normalize(Draft d) {
    d.email = blankToNull(d.email);
    if (d.email != null) {
      d.email = d.email.toLowerCase(Locale.ROOT);
    }
    d.phoneNumber = blankToNull(d.phoneNumber);
    d.identifier = blankToNull(d.identifier);
  }

  /**
   * Validates the draft against the other contacts of the account (ignoring {@code selfAndIgnored}); throws
   * a 422 with every failure, in the model's declaration order.
   */
  static void validate(Draft d, Store.Account account, Set<Long> selfAndIgnored) {
    List<String> messages = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    if (d.email != null) {
      if (taken(account, selfAndIgnored, account.contactKeys.byEmail.get(d.email.toLowerCase(Locale.ROOT)))) {
        fail(messages, attributes, "email", "Email has already been taken");
      }
      if (!EMAIL.matcher(d.email).matches()) {
        fail(messages, attributes, "email", "Email Invalid email");
      }
    }
    if (d.identifier != null && taken(account, selfAndIgnored, account.contactKeys.byIdentifier.get(d.identifier))) {
      fail(messages, attributes, "identifier", "Identifier has already been taken");
    }
    if (d.phoneNumber != null) {
      if (taken(account, selfAndIgnored, account.contactKeys.byPhone.get(d.phoneNumber))) {
        fail(messages, attributes, "phone_number", "Phone number has already been taken");
      }
      if (!E164.matcher(d.phoneNumber).matches()) {
        fail(messages, attributes, "phone_number", "Phone number should be in e164 format");
      }
    }
    if (!messages.isEmpty()) {
      throw ApiError.invalid(messages, attributes);
    }
  }

  /** Whether another contact (not ignored, still in the account) holds the key. */
  private static boolean taken(Store.Account account, Set<Long> ignored, Long holder) {
    return holder != null && !ignored.contains(holder) && account.contacts.containsKey(holder);
  }


  private static void fail(List<String> messages, List<String> attributes, String attribute, String message) {
    messages.add(message);
    if (!attributes.contains(attribute)) {
      attributes.add(attribute);
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
