package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Demo records of the routes beyond the swagger file, so their documented examples run on a fresh demo sandbox:
 * note 1 on contact 1 and the global macro 1 "Escalate" (add label vip, priority urgent), both by the admin.
 */
final class SeedDemoExtras {
  private SeedDemoExtras() {}

  static void plant(Store store, Store.Account account) {
    Long admin = null;
    for (Store.AccountUser au : account.members.values()) {
      if (au.role == Store.Role.ADMINISTRATOR && admin == null) {
        admin = au.userId;
      }
    }
    if (admin == null || !account.contacts.containsKey(1L)) {
      return;
    }
    ObjectNode note = Json.object();
    note.put("id", store.nextId("notes"));
    note.put("content", "Prefers e-mail; renewal due in March.");
    note.put("_contact_id", 1L);
    note.put("_user_id", admin);
    note.put("created_at", Store.now());
    note.put("updated_at", Store.now());
    account.admin.notes.put(note.get("id").asLong(), note);

    ObjectNode macro = Json.object();
    macro.put("id", store.nextId("macros"));
    macro.put("name", "Escalate");
    macro.put("visibility", "global");
    macro.put("_created_by", admin);
    macro.put("_updated_by", admin);
    ArrayNode actions = macro.putArray("actions");
    ObjectNode label = actions.addObject();
    label.put("action_name", "add_label");
    label.putArray("action_params").add("vip");
    ObjectNode priority = actions.addObject();
    priority.put("action_name", "change_priority");
    priority.putArray("action_params").add("urgent");
    account.admin.macros.put(macro.get("id").asLong(), macro);
  }
}
