package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server's background contact import (DataImportJob with chatwoot-4.10/app/services/data_import/
 * contact_manager.rb), run a moment after the upload as the job would be: each CSV row finds its contact by
 * identifier, then e-mail, then phone number (a missing '+' added) and updates it, or creates one; name,
 * {@code company} and {@code city} into additional attributes, and every column other than identifier, email,
 * name and phone_number into custom attributes (company and city too, as the manager does). Rows the contact
 * model refuses are skipped (the server e-mails them to the administrators).
 */
final class ContactImportJob {
  private ContactImportJob() {}

  /** How long after the upload the job runs. */
  static final long DELAY_MS = 500;

  static void schedule(Store store, Store.Account account, byte[] csv) {
    CompletableFuture.runAsync(() -> run(store, account, csv),
        CompletableFuture.delayedExecutor(DELAY_MS, TimeUnit.MILLISECONDS));
  }

  static void run(Store store, Store.Account account, byte[] csv) {
    List<Map<String, String>> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(new String(csv, StandardCharsets.UTF_8))) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (IOException | RuntimeException unreadable) {
      return; // the job fails; nothing is imported
    }
    synchronized (store.lock()) {
      for (Map<String, String> row : rows) {
        try {
          importRow(store, account, row);
        } catch (ApiError refused) {
          // a row the model refuses is left out, as the job does
        }
      }
    }
  }

  private static void importRow(Store store, Store.Account account, Map<String, String> row) {
    String identifier = present(row.get("identifier"));
    String email = present(row.get("email"));
    String phone = present(row.get("phone_number"));
    if (phone != null && !phone.startsWith("+")) {
      phone = "+" + phone;
    }
    Long id = null;
    if (identifier != null) {
      id = account.contactKeys.byIdentifier.get(identifier);
    }
    if (id == null && email != null) {
      id = account.contactKeys.byEmail.get(email.toLowerCase(Locale.ROOT));
    }
    if (id == null && phone != null) {
      id = account.contactKeys.byPhone.get(phone);
    }
    ObjectNode params = Json.object();
    if (identifier != null) {
      params.put("identifier", identifier);
    }
    if (email != null) {
      params.put("email", email);
    }
    if (phone != null) {
      params.put("phone_number", phone);
    }
    if (present(row.get("name")) != null) {
      params.put("name", row.get("name"));
    }
    ObjectNode additional = params.putObject("additional_attributes");
    for (String key : new String[] {"company", "city"}) {
      if (present(row.get(key)) != null) {
        additional.put(key, row.get(key));
      }
    }
    ObjectNode custom = params.putObject("custom_attributes");
    for (Map.Entry<String, String> e : row.entrySet()) {
      if (!Set.of("identifier", "email", "name", "phone_number").contains(e.getKey())) {
        custom.put(e.getKey(), e.getValue());
      }
    }
    Store.Contact contact = id == null ? new Store.Contact(store.nextId("contacts"), account.id, Store.now())
        : account.contacts.get(id);
    ContactRules.Draft draft = ContactRules.Draft.of(contact);
    ContactRules.assign(draft, params);
    ContactRules.normalize(draft);
    ContactRules.validate(draft, account, Set.of(contact.id));
    draft.applyTo(contact, account);
    if (id == null) {
      account.addContact(contact);
    }
  }

  private static String present(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
