package io.inquirly.sandbox;

import java.util.List;

/**
 * Generated contacts with planted duplicates, for trying {@code contacts duplicates}/{@code dedupe} and for their
 * benchmark ({@code inquirly sandbox --seed-contacts N}). {@code n} originals get the next ids, then {@code n / 20}
 * planted duplicates: planted number {@code k} (0-based) copies original {@code (k * 7919) % n} (0-based, in
 * creation order) in one of five ways, {@code k % 5}:
 *
 * <ol start="0">
 *   <li>the original's gmail address with dots removed, a {@code +tag} and googlemail.com (found with
 *       {@code --email-rules gmail});
 *   <li>no phone_number, the original's number written {@code +1 (415) 555-0123} in
 *       {@code custom_attributes.whatsapp} (found by phone);
 *   <li>the name as "LAST, First" with accents, the company in other case, and an identifier (name+company);
 *   <li>the name with extra spaces and reversed, the city, and an identifier (name+city);
 *   <li>only a phone number of its own, {@code +4930} and seven digits of k: a link file row tying the original's
 *       e-mail to that number joins them (nothing else does).
 * </ol>
 *
 * Every tenth original and every planted duplicate of the phone kind have a conversation in the API inbox.
 */
final class SeedDuplicates {
  private static final List<String> FIRST = List.of("Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret",
      "Edsger", "Barbara", "Donald", "Frances", "John", "Radia", "Ken", "Hedy", "Tim", "Annie", "Dennis", "Joan",
      "Niklaus", "Sophie");
  private static final List<String> SYLLABLES = List.of("ka", "lo", "ve", "ri", "san", "mo", "te", "nu", "bel", "dor",
      "fi", "ga", "hu", "jo", "mar", "ne", "pi", "qua", "sel", "to");
  private static final List<String> COMPANIES = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli",
      "Stark Industries", "Wayne Enterprises", "Soylent", "Tyrell", "Cyberdyne");
  private static final List<String> CITIES = List.of("Lisbon", "Berlin", "Manchester", "Hampton", "Zurich", "Lyon",
      "Toronto", "Austin", "Kyoto", "Porto");

  private SeedDuplicates() {}

  /** Plants {@code n} originals and {@code n / 20} duplicates of them; returns the first original's id. */
  static long plant(Store store, Store.Account account, Store.Inbox inbox, int n) {
    long first = -1;
    Store.Contact[] originals = new Store.Contact[n];
    for (int i = 0; i < n; i++) {
      Store.Contact c = contact(store, account);
      first = first < 0 ? c.id : first;
      String given = FIRST.get(i % FIRST.size());
      String family = family(i);
      c.name = given + " " + family;
      c.email = i % 2 == 0 ? given.toLowerCase() + "." + family.toLowerCase() + "@gmail.com"
          : given.toLowerCase() + "@" + family.toLowerCase() + ".example";
      c.phoneNumber = "+1415" + String.format("%07d", i);
      c.additionalAttributes.put("company_name", COMPANIES.get(i % COMPANIES.size()));
      c.additionalAttributes.put("city", CITIES.get(i / 3 % CITIES.size()));
      account.addContact(c);
      originals[i] = c;
      if (i % 10 == 0) {
        conversation(store, account, inbox, c);
      }
    }
    for (int k = 0; k < n / 20; k++) {
      Store.Contact o = originals[(int) ((k * 7919L) % n)];
      Store.Contact c = contact(store, account);
      String given = o.name.substring(0, o.name.indexOf(' '));
      String family = o.name.substring(o.name.indexOf(' ') + 1);
      switch (k % 5) {
        case 0 -> {
          c.name = given;
          String local = o.email.endsWith("@gmail.com") ? o.email.substring(0, o.email.indexOf('@')).replace(".", "")
              : given.toLowerCase() + family.toLowerCase();
          c.email = o.email.endsWith("@gmail.com") ? local + "+news@googlemail.com" : "planted-" + k + "@example.org";
          if (!o.email.endsWith("@gmail.com")) {
            // an original without gmail: the planted copy is found by name+company instead
            c.additionalAttributes.put("company_name", o.additionalAttributes.path("company_name").asText());
            c.name = o.name;
          }
        }
        case 1 -> {
          c.name = o.name;
          c.identifier = "wa-" + k;
          String p = o.phoneNumber;
          c.customAttributes.put("whatsapp", "+1 (" + p.substring(2, 5) + ") " + p.substring(5, 8) + "-"
              + p.substring(8));
        }
        case 2 -> {
          c.name = family.toUpperCase() + ", " + accent(given);
          c.identifier = "crm-" + (90_000 + k);
          c.additionalAttributes.put("company_name", o.additionalAttributes.path("company_name").asText()
              .toLowerCase());
        }
        case 3 -> {
          c.name = "  " + family + "   " + given.toLowerCase();
          c.identifier = "form-" + k;
          c.additionalAttributes.put("city", o.additionalAttributes.path("city").asText());
        }
        default -> c.phoneNumber = "+4930" + String.format("%07d", k);
      }
      account.addContact(c);
      if (k % 5 == 1) {
        conversation(store, account, inbox, c);
      }
    }
    return first;
  }

  /** A family name of its own for each original: its number spelled in syllables. */
  private static String family(int i) {
    StringBuilder s = new StringBuilder();
    int x = i;
    do {
      s.append(SYLLABLES.get(x % SYLLABLES.size()));
      x /= SYLLABLES.size();
    } while (x > 0);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String accent(String name) {
    return name.replaceFirst("a", "á").replaceFirst("e", "é").replaceFirst("o", "ö");
  }

  private static Store.Contact contact(Store store, Store.Account account) {
    return new Store.Contact(store.nextId("contacts"), account.id, Store.now());
  }

  private static void conversation(Store store, Store.Account account, Store.Inbox inbox, Store.Contact contact) {
    Store.ContactInbox ci = ContactRoutes.addContactInbox(store, contact, inbox, store.newUuid());
    Store.Conversation c = new Store.Conversation(store.nextId("conversations"), account.nextDisplayId(), account.id,
        inbox.id, contact.id, Store.now());
    c.contactInboxSourceId = ci.sourceId;
    account.conversations.put(c.displayId, c);
  }
}
