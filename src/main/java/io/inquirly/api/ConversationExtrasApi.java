package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Conversation and message operations the swagger file lacks but chatwoot-4.10's config/routes.rb serves: search,
 * mute and unmute, the e-mailed transcript, mark unread, attachments (and their files), participants; a message's
 * status update, translation and retry. {@link ConversationsApi} and {@link MessagesApi} append them.
 */
final class ConversationExtrasApi {
  private ConversationExtrasApi() {}

  private static final String CONTROLLER = "app/controllers/api/v1/accounts/conversations_controller.rb";
  private static final String PARTICIPANTS = "app/controllers/api/v1/accounts/conversations/participants_controller.rb";
  private static final String MESSAGES = "app/controllers/api/v1/accounts/conversations/messages_controller.rb";
  static final String[] AGENT_COLUMNS = {"id", "name", "email", "role", "availability_status"};

  static Operation.Builder[] conversations(Operation.Builder... base) {
    return append(base, conversationOps());
  }

  static Operation.Builder[] messages(Operation.Builder... base) {
    return append(base, messageOps());
  }

  /** The group's own operations followed by more. */
  static Operation.Builder[] append(Operation.Builder[] base, List<Operation.Builder> more) {
    List<Operation.Builder> all = new ArrayList<>(Arrays.asList(base));
    all.addAll(more);
    return all.toArray(Operation.Builder[]::new);
  }

  private static Param userIds() {
    return Param.body("user_ids", null, "agents' user ids").type(Type.LIST).mandatory().labelled("USER_ID")
        .convert(v -> number(v, "user id", "give agents' numeric user ids (see 'inquirly agents list')"));
  }

  /** A numeric id of a list parameter (the server wants numbers, not strings). */
  static Object number(String v, String what, String hint) {
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("invalid " + what + " '" + v + "'", hint);
    }
  }

  static List<Operation.Builder> conversationOps() {
    String one = ConversationsApi.ONE;
    return List.of(
        op("conversations search", "GET", ConversationsApi.BASE + "/search")
            .id("conversationSearch")
            .source("config/routes.rb", CONTROLLER, "app/views/api/v1/accounts/conversations/search.json.jbuilder",
                "app/finders/conversation_finder.rb")
            .summary("Find conversations with a message containing TEXT, any status (25 per page)")
            .params(Param.query("q", null, "text to look for in incoming and outgoing messages").mandatory()
                    .labelled("TEXT"),
                Param.query("inbox_id", "--inbox", "only this inbox").integer().labelled("ID"),
                Param.query("team_id", "--team", "only this team").integer().labelled("ID"),
                Param.query("labels", "--label", "only conversations with this label (repeatable: any of them)")
                    .type(Type.LIST).labelled("LABEL"))
            .list("payload").paged().columns(ConversationsApi.COLUMNS).noun("conversation")
            .example("inquirly conversations search question"),
        op("conversations mute", "POST", one + "/mute")
            .id("conversationMute")
            .source("config/routes.rb", CONTROLLER)
            .summary("Mute conversations: the contact's new messages no longer notify or reopen them")
            .params(ConversationsApi.conversationId())
            .none().noun("conversation").batch()
            .status((values, answer) -> "Muted conversation " + values.get("conversation_id") + ".")
            .example("inquirly conversations mute 1 3"),
        op("conversations unmute", "POST", one + "/unmute")
            .id("conversationUnmute")
            .source("config/routes.rb", CONTROLLER)
            .summary("Unmute conversations")
            .params(ConversationsApi.conversationId())
            .none().noun("conversation").batch()
            .status((values, answer) -> "Unmuted conversation " + values.get("conversation_id") + ".")
            .example("inquirly conversations unmute 1"),
        op("conversations transcript", "POST", one + "/transcript")
            .id("conversationTranscript")
            .source("config/routes.rb", CONTROLLER)
            .summary("E-mail a conversation's transcript to an address (sent in the background)")
            .params(ConversationsApi.conversationId(),
                Param.body("email", "--to", "the address to send it to").mandatory().labelled("EMAIL"))
            .none().noun("conversation")
            .status((values, answer) -> "The transcript of conversation " + values.get("conversation_id")
                + " is on its way to " + values.get("email") + ".")
            .example("inquirly conversations transcript 1 --to ada@example.com"),
        op("conversations unread", "POST", one + "/unread")
            .id("conversationUnread")
            .source("config/routes.rb", CONTROLLER, "app/views/api/v1/accounts/conversations/unread.json.jbuilder")
            .summary("Mark conversations unread (last seen: just before the contact's last message)")
            .params(ConversationsApi.conversationId())
            .one("").columns("id", "status", "unread_count", "agent_last_seen_at").noun("conversation").batch()
            .example("inquirly conversations unread 1"),
        op("conversations attachments", "GET", one + "/attachments")
            .id("conversationAttachments")
            .source("config/routes.rb", CONTROLLER,
                "app/views/api/v1/accounts/conversations/attachments.json.jbuilder", "app/models/attachment.rb")
            .summary("List a conversation's attachments, newest first (every page); --download saves the files")
            .description("--download DIR saves each file as DIR/MESSAGEID-FILENAME (written whole, then renamed). "
                + "Files on the configured server are fetched with your token; a file stored on another host "
                + "(S3, a CDN) is fetched without it. A file whose server redirects it to another host is not "
                + "followed there.")
            .params(ConversationsApi.conversationId(),
                Param.local("download", "--download", "save the files into this directory").labelled("DIR"))
            .handler(new AttachmentFiles())
            .list("payload").columns("message_id", "file_type", "file_size", "created_at", "data_url")
            .noun("attachment")
            .status((values, answer) -> values.get("download") == null ? null : "Saved "
                + answer.path("payload").findValues("saved_as").size() + " file(s) to " + values.get("download")
                + ".")
            .example("inquirly conversations attachments 1"),
        op("conversations participants list", "GET", one + "/participants")
            .id("conversationParticipants")
            .source("config/routes.rb", PARTICIPANTS, "app/views/api/v1/accounts/conversations/participants/")
            .summary("List the agents participating in a conversation")
            .params(ConversationsApi.conversationId())
            .list("").columns(AGENT_COLUMNS).noun("participant")
            .example("inquirly conversations participants list 1"),
        op("conversations participants add", "POST", one + "/participants")
            .id("conversationParticipantsAdd")
            .source("config/routes.rb", PARTICIPANTS, "app/views/api/v1/accounts/conversations/participants/")
            .summary("Add agents to a conversation's participants (answers those newly added)")
            .params(ConversationsApi.conversationId(), userIds())
            .list("").columns(AGENT_COLUMNS).noun("participant")
            .example("inquirly conversations participants add 1 2"),
        op("conversations participants set", "PATCH", one + "/participants")
            .id("conversationParticipantsUpdate")
            .source("config/routes.rb", PARTICIPANTS, "app/views/api/v1/accounts/conversations/participants/")
            .summary("Make exactly these agents a conversation's participants")
            .params(ConversationsApi.conversationId(), userIds())
            .list("").columns(AGENT_COLUMNS).noun("participant")
            .example("inquirly conversations participants set 1 1 2"),
        op("conversations participants remove", "DELETE", one + "/participants")
            .id("conversationParticipantsRemove")
            .source("config/routes.rb", PARTICIPANTS)
            .summary("Remove agents from a conversation's participants")
            .params(ConversationsApi.conversationId(), userIds())
            .none().noun("participant").confirm(false)
            .status((values, answer) -> "Removed from the participants of conversation "
                + values.get("conversation_id") + ".")
            .example("inquirly conversations participants remove 1 2"));
  }

  static Param messageId() {
    return Param.path("message_id", "MESSAGE_ID", "the message's id");
  }

  static List<Operation.Builder> messageOps() {
    String one = MessagesApi.BASE + "/{message_id}";
    return List.of(
        op("messages update", "PATCH", one)
            .id("messageStatusUpdate")
            .source("config/routes.rb", MESSAGES, "app/services/messages/status_update_service.rb")
            .summary("Set a message's delivery status (API-channel inboxes only)")
            .description("For API-channel integrations reporting what happened to a message they delivered. "
                + "The server ignores an unknown status and read → delivered; --error is kept only with failed.")
            .params(ConversationsApi.conversationId(), messageId(),
                Param.body("status", "--status", "the delivery status").mandatory()
                    .choices("sent", "delivered", "read", "failed"),
                Param.body("external_error", "--error", "why it failed (with --status failed)").labelled("TEXT"))
            .one("").columns(MessagesApi.COLUMNS).noun("message")
            .example("inquirly messages update 1 26 --status delivered"),
        op("messages translate", "POST", one + "/translate")
            .id("messageTranslate")
            .source("config/routes.rb", MESSAGES)
            .summary("Translate a message with the account's Google Translate integration")
            .description("The server keeps translations in the message; without a Google Translate integration "
                + "the answer's content is empty.")
            .params(ConversationsApi.conversationId(), messageId(),
                Param.body("target_language", "--to", "the language code, e.g. fr or pt_BR").mandatory()
                    .labelled("LANG"))
            .one("").columns("content").noun("translation")
            .example("inquirly messages translate 1 26 --to fr"),
        op("messages retry", "POST", one + "/retry")
            .id("messageRetry")
            .source("config/routes.rb", MESSAGES)
            .summary("Send a failed message again (its status goes back to sent)")
            .params(ConversationsApi.conversationId(), messageId())
            .one("").columns(MessagesApi.COLUMNS).noun("message")
            .example("inquirly messages retry 1 26"));
  }
}
