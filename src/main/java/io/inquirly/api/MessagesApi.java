package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;
import java.util.List;

/**
 * Messages of a conversation. The list pages by message id (no page numbers): the latest 20 by default,
 * {@code --before ID} for 20 older, {@code --after ID} for up to 100 newer, {@code --all} to walk back to
 * the first message; always oldest first.
 */
public final class MessagesApi {
  private MessagesApi() {}

  public static final OperationRef LIST = OperationRef.of("messages list");

  static final String BASE = ConversationsApi.ONE + "/messages";
  static final String[] COLUMNS = {"id", "created_at", "message_type", "private", "sender.name", "content"};

  public static Group group() {
    return Group.of("messages", ConversationExtrasApi.messages(
        op(LIST, "GET", BASE)
            .id("list-all-messages")
            .source("app/controllers/api/v1/accounts/conversations/messages_controller.rb",
                "app/views/api/v1/accounts/conversations/messages/", "app/finders/message_finder.rb")
            .summary("List a conversation's messages, oldest first (default: the latest 20)")
            .params(ConversationsApi.conversationId(),
                Param.query("before", "--before", "the 20 messages before this message id").integer()
                    .labelled("ID"),
                Param.query("after", "--after", "up to 100 messages after this message id").integer()
                    .labelled("ID"))
            .list("payload").cursor().columns(COLUMNS).noun("message")
            .example("inquirly messages list 1 --all"),
        op("messages create", "POST", BASE)
            .id("create-a-new-message-in-a-conversation")
            .source("app/controllers/api/v1/accounts/conversations/messages_controller.rb",
                "app/views/api/v1/accounts/conversations/messages/", "app/builders/messages/message_builder.rb")
            .summary("Send a message or a private note in a conversation")
            .description("message_type in answers is a number: 0 incoming, 1 outgoing, 2 activity, 3 template. "
                + "--type incoming (as the contact) only works in API-channel inboxes. --attach uploads files as "
                + "multipart attachments[].")
            .params(ConversationsApi.conversationId(),
                Param.body("content", "--content", "the text").labelled("TEXT"),
                Param.body("private", "--private", "a private note, visible to agents only").type(Type.BOOLEAN),
                Param.body("message_type", "--type", "outgoing (default) or incoming (API inboxes only)")
                    .choices("outgoing", "incoming"),
                Param.body("content_type", "--content-type", "text (default), input_email, cards, input_select, "
                    + "form or article").labelled("TYPE"),
                Param.body("content_attributes", "--content-attributes", "attributes of the content type (JSON)")
                    .type(Type.JSON).labelled("JSON"),
                Param.body("echo_id", "--echo-id", "your id for the message, echoed back").labelled("ID"),
                Param.local("attach", "--attach", "attach this file (repeatable)").type(Type.LIST).labelled("FILE"))
            .handler(new MessageAttachments())
            .one("").columns(COLUMNS).noun("message")
            .example("inquirly messages create 1 --content 'We have refunded the difference.'"),
        op("messages delete", "DELETE", BASE + "/{message_id}")
            .id("delete-a-message")
            .source("app/controllers/api/v1/accounts/conversations/messages_controller.rb",
                "app/views/api/v1/accounts/conversations/messages/")
            .summary("Delete messages (the server keeps them, saying \"This message was deleted\")")
            .params(
                new Param("conversation_id", Param.In.PATH, Type.INTEGER, "--conversation", "ID",
                    "the conversation the messages are in", true, List.of(), null),
                Param.path("message_id", "MESSAGE_ID", "the message's id"))
            .noun("message").batch()
            .example("inquirly messages delete 3 --conversation 1 --yes")));
  }
}
