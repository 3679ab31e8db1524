package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Contact routes beyond the swagger file (chatwoot-4.10 config/routes.rb): notes
 * ({@code contacts/notes_controller.rb}), {@code active}, {@code DELETE avatar}, the e-mailed {@code export}
 * ({@code contacts_controller.rb}) and the account's {@code contact_inboxes/filter}
 * ({@code contact_inboxes_controller.rb}).
 */
final class ContactExtraRoutes {
  private static final String BASE = Admin.A + "/contacts";
  private static final String NOTES = BASE + "/{id}/notes";

  private ContactExtraRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE + "/active", ContactExtraRoutes::active);
    r.app("POST", BASE + "/export", ContactExtraRoutes::export);
    r.app("DELETE", BASE + "/{id}/avatar", ContactExtraRoutes::deleteAvatar);
    r.app("POST", Admin.A + "/contact_inboxes/filter", ContactExtraRoutes::contactInboxFilter);
    r.app("GET", NOTES, ContactExtraRoutes::notes);
    r.app("POST", NOTES, ContactExtraRoutes::createNote);
    r.app("GET", NOTES + "/{note_id}", ContactExtraRoutes::showNote);
    r.app("PATCH", NOTES + "/{note_id}", ContactExtraRoutes::updateNote);
    r.app("PUT", NOTES + "/{note_id}", ContactExtraRoutes::updateNote);
    r.app("DELETE", NOTES + "/{note_id}", ContactExtraRoutes::deleteNote);
  }

  /**
   * Contacts the OnlineStatusTracker holds as online: a page like the index ({@code active.json.jbuilder}).
   * Nobody is ever online in the sandbox (no widget sessions), so the page is empty.
   */
  static Response active(Call call) {
    return Response.ok(ContactQueries.page(call, List.of(), 0));
  }

  /** Administrators (ContactPolicy#export?); the job e-mails the CSV; {@code head :ok}. */
  static Response export(Call call) {
    call.requireAdministrator();
    return Response.empty(200);
  }

  /** Purges the avatar; {@code {"payload": contact}} without contact inboxes ({@code avatar.json.jbuilder}). */
  static Response deleteAvatar(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    return Response.ok(Admin.payload(Views.contact(c, call.account(), false)));
  }

  /** The contact of an inbox's source id: the bare contact with its contact inboxes; 404 with no body if none. */
  static Response contactInboxFilter(Call call) {
    ObjectNode body = call.request().body();
    String rawInbox = Json.text(body, "inbox_id");
    Store.Inbox inbox = call.store().inbox(call.account(), rawInbox == null ? -1 : Ids.rubyToI(rawInbox));
    if (!InboxRoutes.canSee(call, inbox)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    String sourceId = Json.text(body, "source_id");
    for (Store.Contact c : call.account().contacts.values()) {
      for (Store.ContactInbox ci : c.contactInboxes) {
        if (ci.inboxId == inbox.id && ci.sourceId.equals(sourceId)) {
          return Response.ok(Views.contact(c, call.account(), true));
        }
      }
    }
    return Response.empty(404);
  }

  // ---- notes ----

  /** Newest first ({@code Note.latest}). */
  static Response notes(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    List<ObjectNode> mine = new ArrayList<>();
    for (ObjectNode n : call.account().admin.notes.values()) {
      if (n.get("_contact_id").asLong() == c.id) {
        mine.add(n);
      }
    }
    mine.sort(Comparator.comparingLong((ObjectNode n) -> n.get("created_at").asLong())
        .thenComparingLong(n -> n.get("id").asLong()).reversed());
    ArrayNode a = Json.array();
    mine.forEach(n -> a.add(view(call, n)));
    return Response.ok(a);
  }

  /** {@code params.require(:note).permit(:content)}: the content sits under {@code note}. */
  static Response createNote(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    String content = content(call);
    if (Admin.blank(content)) {
      throw ApiError.invalid(List.of("Content can't be blank"), List.of("content"));
    }
    ObjectNode n = Json.object();
    n.put("id", call.store().nextId("notes"));
    n.put("content", content);
    n.put("_contact_id", c.id);
    Store.User user = call.principal().user();
    if (user != null) {
      n.put("_user_id", user.id);
    }
    n.put("created_at", Store.now());
    n.put("updated_at", Store.now());
    call.account().admin.notes.put(n.get("id").asLong(), n);
    return Response.ok(view(call, n));
  }

  static Response showNote(Call call) {
    return Response.ok(view(call, note(call)));
  }

  /** {@code @note.update}: a blank content fails validation and the note stays as it was (still 200). */
  static Response updateNote(Call call) {
    ObjectNode n = note(call);
    String content = content(call);
    if (!Admin.blank(content)) {
      n.put("content", content);
      n.put("updated_at", Store.now());
    }
    return Response.ok(view(call, n));
  }

  static Response deleteNote(Call call) {
    ObjectNode n = note(call);
    call.account().admin.notes.remove(n.get("id").asLong());
    return Response.empty(200);
  }

  private static String content(Call call) {
    ObjectNode body = call.request().body();
    if (!(body.get("note") instanceof ObjectNode note)) {
      throw ApiError.unprocessable("param is missing or the value is empty: note");
    }
    return Json.text(note, "content");
  }

  private static ObjectNode note(Call call) {
    Store.Contact c = call.store().contact(call.account(), call.pathId("id"));
    ObjectNode n = Admin.find(call.account().admin.notes, call.path("note_id"));
    if (n.get("_contact_id").asLong() != c.id) {
      throw ApiError.notFound();
    }
    return n;
  }

  /**
   * {@code api/v1/models/_note}. Its {@code json.account_id json.account_id} (and contact_id) writes Jbuilder's
   * blank placeholder, which renders as an empty object: the real server answers {@code "account_id": {}}.
   */
  private static ObjectNode view(Call call, ObjectNode n) {
    ObjectNode o = Json.object();
    o.put("id", n.get("id").asLong());
    o.put("content", n.get("content").asText());
    o.putObject("account_id");
    o.putObject("contact_id");
    if (n.has("_user_id") && call.account().members.containsKey(n.get("_user_id").asLong())) {
      o.set("user", Admin.agent(call.store(), call.account(), n.get("_user_id").asLong()));
    }
    o.put("created_at", n.get("created_at").asLong());
    o.put("updated_at", n.get("updated_at").asLong());
    return o;
  }
}
