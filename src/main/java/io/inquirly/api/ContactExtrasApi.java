package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;
import java.util.List;

/**
 * Contact operations the swagger file lacks but chatwoot-4.10's config/routes.rb serves: notes, the online
 * contacts ({@code active}), avatar removal, the server's e-mailed export, and finding a contact by an inbox's
 * source id ({@code contact_inboxes/filter}). Kept beside {@link ContactsApi}, which appends them.
 */
final class ContactExtrasApi {
  private ContactExtrasApi() {}

  static final String NOTES = ContactsApi.BASE + "/{contact_id}/notes";
  static final String[] NOTE_COLUMNS = {"id", "content", "user.name", "created_at"};
  private static final String NOTES_SOURCES = "app/controllers/api/v1/accounts/contacts/notes_controller.rb";

  static Param contactId() {
    return Param.path("contact_id", "CONTACT_ID", "the contact's id");
  }

  static Param noteId() {
    return Param.path("note_id", "NOTE_ID", "the note's id");
  }

  static Param noteContent(boolean required) {
    Param p = Param.body("note.content", "--content", "the note's text").labelled("TEXT");
    return required ? p.mandatory() : p;
  }

  /** The contacts group's own operations followed by these. */
  static Operation.Builder[] with(Operation.Builder... base) {
    return ConversationExtrasApi.append(base, operations());
  }

  static List<Operation.Builder> operations() {
    return List.of(
        op("contacts notes list", "GET", NOTES)
            .id("contactNotesList")
            .source("config/routes.rb", NOTES_SOURCES, "app/views/api/v1/accounts/contacts/notes/",
                "app/views/api/v1/models/_note.json.jbuilder")
            .summary("List a contact's notes, newest first")
            .params(contactId())
            .list("").columns(NOTE_COLUMNS).noun("note")
            .example("inquirly contacts notes list 1"),
        op("contacts notes create", "POST", NOTES)
            .id("contactNotesCreate")
            .source("config/routes.rb", NOTES_SOURCES, "app/views/api/v1/accounts/contacts/notes/",
                "app/models/note.rb")
            .summary("Add a note to a contact (written as you)")
            .params(contactId(), noteContent(true))
            .one("").columns(NOTE_COLUMNS).noun("note")
            .example("inquirly contacts notes create 1 --content 'Prefers e-mail; renewal due in March.'"),
        op("contacts notes show", "GET", NOTES + "/{note_id}")
            .id("contactNotesShow")
            .source("config/routes.rb", NOTES_SOURCES, "app/views/api/v1/accounts/contacts/notes/")
            .summary("Show one note of a contact")
            .params(contactId(), noteId())
            .one("").noun("note")
            .example("inquirly contacts notes show 1 1"),
        op("contacts notes update", "PATCH", NOTES + "/{note_id}")
            .id("contactNotesUpdate")
            .source("config/routes.rb", NOTES_SOURCES, "app/views/api/v1/accounts/contacts/notes/")
            .summary("Change a note's text (a blank text leaves it as it was)")
            .params(contactId(), noteId(), noteContent(true))
            .one("").columns(NOTE_COLUMNS).noun("note")
            .example("inquirly contacts notes update 1 1 --content 'Renewal signed for two years.'"),
        op("contacts notes delete", "DELETE", NOTES + "/{note_id}")
            .id("contactNotesDelete")
            .source("config/routes.rb", NOTES_SOURCES)
            .summary("Delete a note of a contact")
            .params(contactId(), noteId())
            .none().noun("note")
            .example("inquirly contacts notes delete 1 1 --yes"),
        op("contacts active", "GET", ContactsApi.BASE + "/active")
            .id("contactActive")
            .source("config/routes.rb", "app/controllers/api/v1/accounts/contacts_controller.rb",
                "app/views/api/v1/accounts/contacts/active.json.jbuilder")
            .summary("List the contacts online now (15 per page)")
            .description("The server lists the contacts its presence tracker holds as online (a widget or "
                + "client session seen in the last minutes).")
            .list("payload").paged().columns(ContactsApi.COLUMNS.toArray(String[]::new)).noun("contact")
            .example("inquirly contacts active"),
        op("contacts delete-avatar", "DELETE", ContactsApi.BASE + "/{id}/avatar")
            .id("contactDeleteAvatar")
            .source("config/routes.rb", "app/controllers/api/v1/accounts/contacts_controller.rb",
                "app/views/api/v1/accounts/contacts/avatar.json.jbuilder")
            .summary("Remove a contact's avatar picture")
            .params(ContactsApi.contactId())
            .one("payload").columns(ContactsApi.COLUMNS.toArray(String[]::new)).noun("contact")
                        .example("inquirly contacts delete-avatar 1 --yes"),
        op("contacts email-export", "POST", ContactsApi.BASE + "/export")
            .id("contactExport")
            .source("config/routes.rb", "app/controllers/api/v1/accounts/contacts_controller.rb",
                "app/jobs/account/contacts_export_job.rb", "app/policies/contact_policy.rb")
            .summary("Have the server e-mail you a CSV of the contacts (administrators; runs in the background)")
            .description("The server queues the export and e-mails a download link to you when it is ready; "
                + "nothing is written here (for a file now, use 'contacts export'). --column picks the columns "
                + "(the server keeps those that are contact table columns; default: its own set); --label "
                + "exports the contacts with that label; --where conditions as for 'contacts filter'.")
            .params(
                Param.body("column_names", "--column", "a column of the CSV (repeatable), e.g. name, email, "
                    + "phone_number, identifier").type(Type.LIST).labelled("COLUMN"),
                Param.body("label", "--label", "only contacts with this label").labelled("LABEL"),
                Param.local("where", "--where", "a condition KEY OPERATOR VALUE (repeatable)").type(Type.LIST)
                    .labelled("COND"),
                Param.flag("any", "--any", "match any condition instead of all"))
            .computed(ContactsApi.filterPayload())
            .none().noun("export")
            .status((values, answer) -> "The server is preparing the export: it e-mails you a link when it is "
                + "ready.")
            .example("inquirly contacts email-export --label vip --column name --column email"),
        op("contacts inboxes find", "POST", "/api/v1/accounts/{account_id}/contact_inboxes/filter")
            .id("contactInboxFilter")
            .source("config/routes.rb", "app/controllers/api/v1/accounts/contact_inboxes_controller.rb",
                "app/views/api/v1/accounts/contact_inboxes/filter.json.jbuilder")
            .summary("Find the contact behind an inbox's source id (the contact's id in that channel)")
            .params(
                Param.body("inbox_id", "--inbox", "the inbox").integer().mandatory().labelled("ID"),
                Param.body("source_id", "--source-id", "the contact inbox's source id").mandatory()
                    .labelled("ID"))
            .reads()
            .one("").columns(ContactsApi.COLUMNS.toArray(String[]::new)).noun("contact")
            .example("inquirly contacts inboxes find --inbox 1 --source-id demo-visitor"));
  }
}
