package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;
import java.util.List;

/**
 * The public (client) API: what a website visitor's browser or an app does through an API-channel inbox, with
 * no token. Requests are addressed by the inbox identifier and the contact identifier (the contact inbox's
 * {@code source_id}, printed by {@code public contacts create}); conversation ids are display ids. When the
 * inbox enforces identity validation (hmac_mandatory), contact requests are signed by {@link IdentitySigning}.
 */
public final class PublicApi {
  private PublicApi() {}

  static final String INBOX = "/public/api/v1/inboxes/{inbox_identifier}";
  static final String CONTACT = INBOX + "/contacts/{contact_identifier}";
  static final String CONVERSATION = CONTACT + "/conversations/{conversation_id}";
  static final String[] CONVERSATION_COLUMNS = {"id", "status", "inbox_id", "uuid", "contact_last_seen_at",
      "agent_last_seen_at"};
  static final String[] MESSAGE_COLUMNS = {"id", "message_type", "content", "sender.name", "created_at"};

  /** {inbox_identifier} as an option; without it the placeholder comes from the environment or profile. */
  static Param inbox() {
    return new Param("inbox_identifier", Param.In.PATH, Type.STRING, "--inbox-identifier", "IDENTIFIER",
        "the API inbox's identifier (default: INQUIRLY_INBOX_IDENTIFIER, or inbox_identifier in the profile)",
        false, List.of(), null);
  }

  /** {contact_identifier} as an option; without it the placeholder comes from the environment or profile. */
  static Param contact() {
    return new Param("contact_identifier", Param.In.PATH, Type.STRING, "--contact-identifier", "SOURCE_ID",
        "the contact's identifier printed by 'public contacts create' (default: INQUIRLY_CONTACT_IDENTIFIER, or "
            + "contact_identifier in the profile)", false, List.of(), null);
  }

  static Param conversationId() {
    return Param.path("conversation_id", "CONVERSATION_ID", "the conversation's id (display id)");
  }

  static Param hmacToken() {
    return Param.local(IdentitySigning.HMAC_TOKEN, "--hmac-token",
        "the inbox's HMAC token: computes identifier_hash from "
        + "--identifier (default: INQUIRLY_HMAC_TOKEN, or hmac_token in the profile)").labelled("TOKEN");
  }

  /** Contact fields of create and update; identifier_hash is computed from --hmac-token when not given. */
  static Param[] contactFields(boolean create) {
    return new Param[] {
      Param.body("name", "--name", "full name"),
      Param.body("email", "--email", "e-mail address"),
      Param.body("phone_number", "--phone", "phone number in E.164 form, e.g. +14155550100").labelled("PHONE"),
      Param.body("avatar_url", "--avatar-url", "URL of a picture").labelled("URL"),
      Param.body("identifier", "--identifier", create
          ? "your system's id for the visitor (stored; an existing contact with it is reused; identity validation "
              + "signs it)"
          : "only for identity validation (signed with --hmac-token): the server does not change the identifier "
              + "on update"),
      Param.body("identifier_hash", "--identifier-hash", "HMAC-SHA256 of --identifier with the inbox's HMAC "
          + "token, in hex (computed when --hmac-token is known)").labelled("HEX"),
      Param.body("custom_attributes", "--attr", "a custom attribute (repeatable; key:=json for typed values)")
          .type(Type.MAP),
      hmacToken(),
    };
  }

  /** A CSAT rating: 1 to 5 (csat_survey_response.rb validates the inclusion). */
  static Object rating(String text) {
    String t = text.strip();
    if (!t.matches("[1-5]")) {
      throw new InvalidInput("invalid --rating '" + text + "'", "give a whole number from 1 to 5");
    }
    return Integer.parseInt(t);
  }

  public static Group group() {
    return Group.named("public").auth(Auth.NONE)
        .source("app/controllers/public/api/v1/inboxes/conversations_controller.rb",
            "app/views/public/api/v1/inboxes/conversations/")
        .of(
        op("public inbox show", "GET", INBOX)
            .id("get-details-of-a-inbox")
            .source("app/controllers/public/api/v1/inboxes_controller.rb", "app/views/public/api/v1/inboxes/")
            .summary("Show the public details of an API inbox (name, working hours, identity validation)")
            .params(inbox())
            .one("").noun("inbox")
            .example("inquirly public inbox show"),
        op("public contacts create", "POST", INBOX + "/contacts")
            .id("create-a-contact")
            .source("app/controllers/public/api/v1/inboxes/contacts_controller.rb",
                "app/views/public/api/v1/inboxes/contacts/", "app/builders/contact_inbox_with_contact_builder.rb")
            .summary("Create a visitor contact and print its contact identifier (source_id)")
            .description("The server looks the contact up first: a contact of the account with the same "
                + "identifier, then e-mail, then phone number is reused and gets a new contact identifier; only "
                + "when none matches is a contact created, identifier included "
                + "(chatwoot-4.10/app/builders/contact_inbox_with_contact_builder.rb). On an inbox with identity "
                + "validation the identifier must be sent with its identifier_hash. The contact identifier printed "
                + "(-o ids prints only it) addresses the contact in every other public command.")
            .params(inbox())
            .params(contactFields(true))
            .handler(new VisitorContact())
            .status(VisitorContact::identifierLine)
            .one("").columns("source_id", "contact_id", "name", "email", "phone_number").noun("contact")
            .example("inquirly public contacts create --name 'Vera Visitor' --email vera@example.com"),
        op("public contacts show", "GET", CONTACT)
            .id("get-details-of-a-contact")
            .source("app/controllers/public/api/v1/inboxes/contacts_controller.rb",
                "app/views/public/api/v1/inboxes/contacts/")
            .summary("Show the contact behind a contact identifier")
            .params(inbox(), contact(),
                Param.query("identifier", "--identifier", "with identity validation: the identifier to sign"),
                Param.query("identifier_hash", "--identifier-hash", "with identity validation: the identifier's "
                    + "HMAC (computed when --hmac-token is known)").labelled("HEX"),
                hmacToken())
            .handler(new IdentitySigning())
            .one("").columns("source_id", "id", "name", "email", "phone_number").noun("contact")
            .example("inquirly public contacts show --contact-identifier demo-visitor"),
        op("public contacts update", "PATCH", CONTACT)
            .id("update-a-contact")
            .source("app/controllers/public/api/v1/inboxes/contacts_controller.rb",
                "app/views/public/api/v1/inboxes/contacts/")
            .summary("Update the contact, or identify it: an e-mail or phone of another contact merges them")
            .description("The server strips the identifier before updating and uses it only for the identity "
                + "validation check (chatwoot-4.10/app/controllers/public/api/v1/inboxes/contacts_controller.rb); "
                + "an e-mail, then a phone number, of another contact of the account merges this one into it "
                + "(ContactIdentifyAction). Blank values are not applied.")
            .params(inbox(), contact())
            .params(contactFields(false))
            .handler(new IdentitySigning())
            .status((values, answer) -> values.get("identifier") == null ? null
                : "Note: the identifier only signed the request (identity validation); the server does not store it "
                    + "on update.")
            .one("").columns("id", "name", "email", "phone_number", "identifier").noun("contact")
            .example("inquirly public contacts update --contact-identifier demo-visitor --name 'Katherine G. Johnson' "
                + "--attr plan=enterprise"),
        op("public conversations create", "POST", CONTACT + "/conversations")
            .id("create-a-conversation")
            .summary("Start a conversation for the contact")
            .params(inbox(), contact(),
                Param.body("custom_attributes", "--attr", "a conversation custom attribute (repeatable)")
                    .type(Type.MAP))
            .one("").columns(CONVERSATION_COLUMNS).noun("conversation")
            .example("inquirly public conversations create --contact-identifier demo-visitor --attr topic=billing"),
        op("public conversations list", "GET", CONTACT + "/conversations")
            .id("list-all-contact-conversations")
            .summary("List the contact's conversations in this inbox (all of them once identity-verified)")
            .params(inbox(), contact())
            .list("").columns(CONVERSATION_COLUMNS).noun("conversation")
            .example("inquirly public conversations list --contact-identifier demo-visitor"),
        op("public conversations show", "GET", CONVERSATION)
            .id("get-single-conversation")
            .summary("Show a conversation with its messages")
            .params(conversationId(), inbox(), contact())
            .one("").columns(CONVERSATION_COLUMNS).noun("conversation")
            .example("inquirly public conversations show 1 --contact-identifier demo-visitor"),
        op("public conversations resolve", "POST", CONVERSATION + "/toggle_status")
            .id("resolve-conversation")
            .summary("Resolve a conversation (the public API cannot reopen one)")
            .params(conversationId(), inbox(), contact())
            .one("").columns(CONVERSATION_COLUMNS).noun("conversation")
            .example("inquirly public conversations resolve 1 --contact-identifier demo-visitor"),
        op("public conversations typing", "POST", CONVERSATION + "/toggle_typing")
            .id("toggle-typing-status")
            .summary("Tell the agents the visitor started or stopped typing")
            .params(conversationId(), inbox(), contact(),
                Param.query("typing_status", "--status", "on or off").choices("on", "off").mandatory())
            .computed(Computed.copyOf("typing_status"))
            .none().noun("conversation")
            .status((values, answer) -> "Typing " + values.get("typing_status") + " in conversation "
                + values.get("conversation_id") + ".")
            .example("inquirly public conversations typing 1 --status on --contact-identifier demo-visitor"),
        op("public conversations last-seen", "POST", CONVERSATION + "/update_last_seen")
            .id("update-last-seen")
            .summary("Mark the conversation as seen by the visitor now")
            .params(conversationId(), inbox(), contact())
            .none().noun("conversation")
            .status((values, answer) -> "Conversation " + values.get("conversation_id") + " marked as seen.")
            .example("inquirly public conversations last-seen 1 --contact-identifier demo-visitor"),
        op("public messages create", "POST", CONVERSATION + "/messages")
            .id("create-a-message")
            .source("app/controllers/public/api/v1/inboxes/messages_controller.rb",
                "app/views/public/api/v1/inboxes/messages/")
            .summary("Send a message as the visitor")
            .params(conversationId(), inbox(), contact(),
                Param.body("content", "--content", "the message text").mandatory().labelled("TEXT"),
                Param.body("echo_id", "--echo-id", "your temporary id, echoed back over websockets").labelled("ID"))
            .one("").columns(MESSAGE_COLUMNS).noun("message")
            .example("inquirly public messages create 1 --content 'Hello, I need help with my invoice' "
                + "--contact-identifier demo-visitor"),
        op("public messages list", "GET", CONVERSATION + "/messages")
            .id("list-all-conversation-messages")
            .source("app/controllers/public/api/v1/inboxes/messages_controller.rb",
                "app/views/public/api/v1/inboxes/messages/")
            .summary("List a conversation's messages (the latest 20, --before for older ones, --all for every one; no "
                + "private notes or activity messages)")
            .params(conversationId(), inbox(), contact(),
                Param.query("before", "--before", "only messages older than this message id").integer()
                    .labelled("MESSAGE_ID"))
            .list("").cursor().columns(MESSAGE_COLUMNS).noun("message")
            .example("inquirly public messages list 1 --contact-identifier demo-visitor"),
        op("public messages update", "PATCH", CONVERSATION + "/messages/{message_id}")
            .id("update-a-message")
            .source("app/controllers/public/api/v1/inboxes/messages_controller.rb",
                "app/views/public/api/v1/inboxes/messages/")
            .summary("Answer an interactive message (option, form or CSAT survey) as the visitor")
            .params(conversationId(), Param.path("message_id", "MESSAGE_ID", "the message's id"), inbox(),
                contact(),
                Param.body("submitted_values.name", "--name", "the submitted field's name"),
                Param.body("submitted_values.title", "--title", "the chosen option's title"),
                Param.body("submitted_values.value", "--value", "the chosen option's value"),
                Param.body("submitted_values.csat_survey_response.rating", "--rating", "CSAT rating, 1 to 5")
                    .integer().labelled("N"),
                Param.body("submitted_values.csat_survey_response.feedback_message", "--feedback",
                    "CSAT feedback text").labelled("TEXT"))
            .one("").columns(MESSAGE_COLUMNS).noun("message")
            .example("inquirly public messages update 4 31 --value yes --title Yes --contact-identifier demo-visitor"),
        op("public survey show", "GET", "/survey/responses/{conversation_uuid}")
            .id("get-csat-survey-page")
            .source("app/controllers/survey/responses_controller.rb")
            .summary("Check a conversation's CSAT survey page: its URL (to send the customer), status and title")
            .params(Param.pathText("conversation_uuid", "UUID", "the conversation's uuid (public conversations "
                + "show prints it)"))
            .handler(new SurveyPage())
            .one("").columns("url", "status", "title").noun("survey page")
            .example("inquirly public survey show 5e1f0c3a-7d2b-4c8e-9a61-0d3b2f4e8c17"),
        op("public csat show", "GET", "/public/api/v1/csat_survey/{conversation_uuid}")
            .id("get-csat-survey")
            .source("app/controllers/public/api/v1/csat_survey_controller.rb", "app/views/public/api/v1/csat_survey/",
                "app/views/public/api/v1/models/_csat_survey.json.jbuilder")
            .summary("Show a conversation's CSAT survey (JSON) and its response, if any")
            .description("GET /public/api/v1/csat_survey/{uuid}: the conversation's input_csat message, the inbox and "
                + "the rating given (chatwoot-4.10/app/controllers/public/api/v1/csat_survey_controller.rb). 404 when "
                + "the conversation has no CSAT survey.")
            .params(Param.pathText("conversation_uuid", "UUID", "the conversation's uuid (public conversations "
                + "show prints it)"))
            .one("").columns("id", "inbox_name", "csat_survey_response.rating",
                "csat_survey_response.feedback_message", "created_at").noun("CSAT survey")
            .example("inquirly public csat show 9b7e4d21-3c5a-4f08-8e6d-2a1c0b9f7e53"),
        op("public csat rate", "PUT", "/public/api/v1/csat_survey/{conversation_uuid}")
            .id("update-csat-survey")
            .source("app/controllers/public/api/v1/csat_survey_controller.rb", "app/views/public/api/v1/csat_survey/",
                "app/views/public/api/v1/models/_csat_survey.json.jbuilder")
            .summary("Answer a conversation's CSAT survey: a rating of 1-5 and feedback (within 14 days)")
            .description("PUT /public/api/v1/csat_survey/{uuid} with message.submitted_values.csat_survey_response; "
                + "the server refuses changes more than 14 days after the survey was sent.")
            .params(Param.pathText("conversation_uuid", "UUID", "the conversation's uuid"),
                Param.body("message.submitted_values.csat_survey_response.rating", "--rating", "1 (bad) to 5 (great)")
                    .mandatory().labelled("N").convert(PublicApi::rating),
                Param.body("message.submitted_values.csat_survey_response.feedback_message", "--feedback",
                    "what the customer says").labelled("TEXT"))
            .one("").columns("id", "inbox_name", "csat_survey_response.rating",
                "csat_survey_response.feedback_message", "created_at").noun("CSAT survey")
            .example("inquirly public csat rate 9b7e4d21-3c5a-4f08-8e6d-2a1c0b9f7e53 --rating 4 --feedback 'Fast, thanks'"));
  }
}
