package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.Param.Type;
import java.util.List;
import java.util.Set;

/** Contacts: the people an account talks to. */
public final class ContactsApi {
  private ContactsApi() {}

  public static final OperationRef LIST = OperationRef.of("contacts list");
  public static final OperationRef CREATE = OperationRef.of("contacts create");
  public static final OperationRef UPDATE = OperationRef.of("contacts update");
  public static final OperationRef SEARCH = OperationRef.of("contacts search");
  public static final OperationRef FILTER = OperationRef.of("contacts filter");
  public static final OperationRef INBOXES_ADD = OperationRef.of("contacts inboxes add");
  public static final OperationRef LABELS_LIST = OperationRef.of("contacts labels list");
  public static final OperationRef LABELS_SET = OperationRef.of("contacts labels set");
  public static final OperationRef BULK = OperationRef.of("contacts bulk");
  public static final OperationRef SHOW = OperationRef.of("contacts show");
  public static final OperationRef CONVERSATIONS = OperationRef.of("contacts conversations");
  public static final OperationRef MERGE = OperationRef.of("contacts merge");

  static final String BASE = "/api/v1/accounts/{account_id}/contacts";
  static final List<String> COLUMNS = List.of("id", "name", "email", "phone_number", "identifier", "created_at");
  private static final Set<String> SORT_KEYS = Set.of("name", "email", "phone_number", "last_activity_at",
      // contacts_controller.rb sort_on (chatwoot-4.10)
      "created_at", "company", "city", "country");

  static Param contactId() {
    return Param.path("id", "ID", "the contact's id");
  }

  /** The fields create and update share. */
  static Param[] fields() {
    return new Param[] {
      Param.body("name", "--name", "full name"),
      Param.body("email", "--email", "e-mail address (unique in the account)"),
      Param.body("phone_number", "--phone", "phone number in E.164 form, e.g. +14155550100").labelled("PHONE"),
      Param.body("identifier", "--identifier", "your system's id for the contact (unique in the account)"),
      Param.body("avatar_url", "--avatar-url", "URL of a picture").labelled("URL"),
      Param.body("blocked", "--blocked", "block or unblock the contact").type(Type.BOOLEAN),
      Param.body("additional_attributes.company_name", "--company", "company name").labelled("NAME"),
      Param.body("additional_attributes.city", "--city", "city"),
      Param.body("additional_attributes.country_code", "--country-code", "ISO country code, e.g. US").labelled("CODE"),
      Param.body("additional_attributes", "--additional", "an additional attribute (repeatable; key:=json for "
          + "typed values)").type(Type.MAP),
      Param.body("custom_attributes", "--attr", "a custom attribute (repeatable; key:=json for typed values)")
          .type(Type.MAP),
    };
  }

  /**
   * A warning for a contact lists will not show: chatwoot-4.10/app/models/contact.rb {@code resolved_contacts}
   * keeps contacts with an e-mail, phone number or identifier.
   */
  static String unlisted(java.util.Map<String, Object> values, JsonNode answer) {
    JsonNode c = answer.path("payload").path("contact");
    if (!c.isObject()) {
      return null;
    }
    for (String f : new String[] {"email", "phone_number", "identifier"}) {
      if (!c.path(f).asText("").isEmpty()) {
        return null;
      }
    }
    return "warning: contact " + c.path("id").asText() + " has no e-mail, phone number or identifier: contact "
        + "lists, searches and exports will not show it";
  }

  static Object sort(String value) {
    String key = value.startsWith("-") ? value.substring(1) : value;
    if (!SORT_KEYS.contains(key)) {
      throw new InvalidInput("invalid --sort '" + value + "'",
          "sort by one of " + String.join(", ", new java.util.TreeSet<>(SORT_KEYS)) + "; prefix - for descending");
    }
    return value;
  }

  public static Group group() {
    return Group.named("contacts")
        .source("app/controllers/api/v1/accounts/contacts_controller.rb", "app/views/api/v1/accounts/contacts/",
            "app/models/contact.rb", "app/policies/contact_policy.rb")
        .of(ContactExtrasApi.with(
        op(LIST, "GET", BASE)
            .id("contactList")
            .summary("List contacts (15 per page; only contacts with an email, phone or identifier)")
            .params(
                Param.query("sort", "--sort", "sort by name, email, phone_number, last_activity_at, created_at, "
                    + "company, city or country; prefix - for descending").labelled("KEY").convert(ContactsApi::sort),
                Param.query("labels", "--label", "only contacts with this label (repeatable: any of them)")
                    .type(Type.LIST).labelled("LABEL"))
            .list("payload").paged().columns(COLUMNS.toArray(String[]::new)).noun("contact")
            .example("inquirly contacts list --sort -created_at"),
        op(CREATE, "POST", BASE)
            .id("contactCreate")
            .summary("Create a contact")
            .params(Param.body("inbox_id", "--inbox", "also add the contact to this inbox").integer().labelled("ID"))
            .params(fields())
            .one("payload.contact").columns(COLUMNS.toArray(String[]::new)).noun("contact")
            .status(ContactsApi::unlisted)
            .example("inquirly contacts create --inbox 1 --name 'Ada Lovelace' --email ada@example.com "
                + "--phone +14155550100 --identifier crm-42 --attr plan=pro"),
        op(SHOW, "GET", BASE + "/{id}")
            .id("contactDetails")
            .summary("Show one contact")
            .params(contactId())
            .one("payload").noun("contact")
            .example("inquirly contacts show 1"),
        op(UPDATE, "PUT", BASE + "/{id}")
            .id("contactUpdate")
            .summary("Update a contact (custom and additional attributes are merged, not replaced)")
            .params(contactId())
            .params(fields())
            .one("payload").noun("contact").batch()
            .example("inquirly contacts update 1 --name 'Ada L' --attr plan=enterprise"),
        op("contacts delete", "DELETE", BASE + "/{id}")
            .id("contactDelete")
            .summary("Delete a contact")
            .params(contactId())
            .noun("contact").batch()
            .example("inquirly contacts delete 3 --yes"),
        op(CONVERSATIONS, "GET", BASE + "/{id}/conversations")
            .id("contactConversations")
            .source("app/controllers/api/v1/accounts/contacts/conversations_controller.rb",
                "app/views/api/v1/accounts/contacts/conversations/")
            .summary("List a contact's 20 most recently active conversations (the server sends no more)")
            .description("The server answers at most the 20 most recently active conversations of the contact, "
                + "with no paging (chatwoot-4.10/app/controllers/api/v1/accounts/contacts/conversations_controller.rb"
                + "); when 20 come back a note on stderr says the list may be cut.")
            .params(contactId())
            .handler(Call::send)
            .status((values, answer) -> answer.path("payload").size() >= 20
                ? "Only the 20 most recently active conversations are shown: the server lists no more for a contact."
                : null)
            .list("payload").columns("id", "inbox_id", "status", "assignee.name", "last_activity_at")
            .noun("conversation")
            .example("inquirly contacts conversations 1"),
        op(SEARCH, "GET", BASE + "/search")
            .id("contactSearch")
            .summary("Search contacts by name, email, phone number or identifier")
            .params(
                Param.query("q", null, "text to look for").mandatory().labelled("QUERY"),
                Param.query("sort", "--sort", "sort key; prefix - for descending").labelled("KEY")
                    .convert(ContactsApi::sort))
            .list("payload").paged().columns(COLUMNS.toArray(String[]::new)).noun("contact")
            .example("inquirly contacts search ada -o ids"),
        op(FILTER, "POST", BASE + "/filter")
            .id("contactFilter")
            .source("app/controllers/api/v1/accounts/contacts_controller.rb", "app/views/api/v1/accounts/contacts/",
                "app/services/contacts/filter_service.rb", "app/helpers/filters/filter_helper.rb")
            .summary("Filter contacts by attributes")
            .description("Each --where is KEY OPERATOR VALUE. Keys: name, phone_number, email, identifier, "
                + "country_code, city, company, labels, created_at, last_activity_at, blocked, or a contact custom "
                + "attribute. Operators: equal_to (=), not_equal_to (!=), contains (~), does_not_contain (!~), "
                + "is_present (present), is_not_present (missing), is_greater_than (>), is_less_than (<), "
                + "days_before, starts_with. Conditions are joined with AND (or OR with --any). --data takes a "
                + "whole {\"payload\":[...]} instead.")
            .params(
                Param.local("where", "--where", "a condition KEY OPERATOR VALUE (repeatable)").type(Type.LIST)
                    .labelled("COND"),
                Param.flag("any", "--any", "match any condition instead of all"))
            .computed(ContactsApi.filterPayload()).reads()
            .list("payload").paged().columns(COLUMNS.toArray(String[]::new)).noun("contact")
            .example("inquirly contacts filter --where 'email contains @example.com'"),
        op(INBOXES_ADD, "POST", BASE + "/{id}/contact_inboxes")
            .id("contactInboxCreation")
            .source("app/controllers/api/v1/accounts/contacts/contact_inboxes_controller.rb",
                "app/builders/contact_inbox_builder.rb")
            .summary("Add a contact to an inbox (creates its contact inbox)")
            .params(contactId(),
                Param.body("inbox_id", "--inbox", "the inbox").integer().mandatory().labelled("ID"),
                Param.body("source_id", "--source-id", "the contact's id in that channel (generated when omitted)")
                    .labelled("ID"))
            .one("").columns("source_id", "inbox.id", "inbox.name").noun("contact inbox")
            .example("inquirly contacts inboxes add 1 --inbox 1"),
        op("contacts contactable-inboxes", "GET", BASE + "/{id}/contactable_inboxes")
            .id("contactableInboxesGet")
            .summary("List the inboxes a contact can be reached through")
            .params(contactId())
            .list("payload").columns("source_id", "inbox.id", "inbox.name", "inbox.channel_type").noun("inbox")
            .example("inquirly contacts contactable-inboxes 1"),
        op(LABELS_LIST, "GET", BASE + "/{id}/labels")
            .id("list-all-labels-of-a-contact")
            .source("app/controllers/api/v1/accounts/contacts/labels_controller.rb",
                "app/views/api/v1/accounts/contacts/labels/")
            .summary("List a contact's labels")
            .params(contactId())
            .list("payload").columns("label").noun("label")
            .example("inquirly contacts labels list 1"),
        op(LABELS_SET, "POST", BASE + "/{id}/labels")
            .id("contact-add-labels")
            .source("app/controllers/api/v1/accounts/contacts/labels_controller.rb",
                "app/views/api/v1/accounts/contacts/labels/")
            .summary("Replace a contact's labels with exactly these")
            .params(contactId(), labels())
            .list("payload").columns("label").noun("label")
            .example("inquirly contacts labels set 1 vip beta"),
        op("contacts labels add", "POST", BASE + "/{id}/labels")
            .id("contact-add-labels")
            .source("app/controllers/api/v1/accounts/contacts/labels_controller.rb",
                "app/views/api/v1/accounts/contacts/labels/")
            .summary("Add labels to a contact, keeping the ones it has")
            .params(contactId(), labels())
            .handler(call -> changeLabels(call, true))
            .list("payload").columns("label").noun("label")
            .example("inquirly contacts labels add 1 churn-risk"),
        op("contacts labels remove", "POST", BASE + "/{id}/labels")
            .id("contact-add-labels")
            .source("app/controllers/api/v1/accounts/contacts/labels_controller.rb",
                "app/views/api/v1/accounts/contacts/labels/")
            .summary("Remove labels from a contact, keeping the others")
            .params(contactId(), labels())
            .handler(call -> changeLabels(call, false))
            .list("payload").columns("label").noun("label")
            .example("inquirly contacts labels remove 1 beta"),
        op("contacts attributes remove", "POST", BASE + "/{id}/destroy_custom_attributes")
            .id("contactDestroyCustomAttributes")
            .source("app/controllers/api/v1/accounts/contacts_controller.rb",
                "app/views/api/v1/accounts/contacts/destroy_custom_attributes.json.jbuilder")
            .summary("Remove custom attributes from contacts (the others are kept)")
            .params(contactId(),
                Param.body("custom_attributes", "--key", "the attribute to remove (repeatable)").type(Type.LIST)
                    .mandatory().labelled("KEY"))
            .one("payload").columns(COLUMNS.toArray(String[]::new)).noun("contact").batch()
            .example("inquirly contacts attributes remove 1 --key plan"),
        op(BULK, "POST", BulkActions.PATH)
            .id("contactBulkActions")
            .source(BulkActions.SOURCE)
            .summary("Label or delete many contacts at once (a server job)")
            .description("The server answers at once and changes the contacts in a background job, so the answer "
                + "does not say whether it worked. contacts delete given a selection (--where, --label, "
                + "--all-matching) uses this and checks the result itself.")
            .params(
                Param.local("ids", null, "contact ids").type(Type.LIST).mandatory().labelled("ID"),
                Param.body("labels.add", "--add-label", "add this label (repeatable)").type(Type.LIST)
                    .labelled("LABEL"),
                Param.flag("delete", "--delete", "delete the contacts (administrators)"))
            .computed(Computed.constant("type", "Contact"), BulkActions.ids(),
                Computed.of("action_name", values -> Boolean.TRUE.equals(values.get("delete")) ? "delete" : null))
            .prepare(values -> BulkActions.requireChange(values, "--add-label or --delete"))
            .none().confirm(true).noun("contact").status(BulkActions::queued)
            .example("inquirly contacts bulk 1 2 --add-label vip --yes"),
        op(MERGE, "POST", "/api/v1/accounts/{account_id}/actions/contact_merge")
            .id("contactMerge")
            .source("app/controllers/api/v1/accounts/actions/contact_merges_controller.rb")
            .summary("Merge the second contact into the first (the second is deleted)")
            .params(
                Param.body("base_contact_id", null, "the contact that stays").integer().mandatory().labelled("BASE_ID"),
                Param.body("mergee_contact_id", null, "the contact merged into it and deleted").integer().mandatory()
                    .labelled("MERGEE_ID"))
            .one("").confirm(true).noun("contact")
            .example("inquirly contacts merge 1 2 --yes")));
  }

  static Param labels() {
    return Param.body("labels", null, "label names").type(Type.LIST).mandatory().labelled("LABEL");
  }

  /** {@code --where} conditions (and {@code --any}) → the filter's {@code payload}. */
  static Computed filterPayload() {
    return Computed.of("payload", values -> {
      @SuppressWarnings("unchecked")
      List<String> where = (List<String>) values.get("where");
      return where == null || where.isEmpty() ? null : Filters.payload(where, Boolean.TRUE.equals(values.get("any")));
    });
  }

  /** The server replaces the whole label list, so add and remove read it first (see LabelSets). */
  static JsonNode changeLabels(Call call, boolean add) {
    return LabelSets.change(call, BASE + "/{id}/labels", add);
  }

}
