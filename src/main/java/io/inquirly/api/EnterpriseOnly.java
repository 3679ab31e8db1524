package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.ApiException;

/**
 * A conversation's reporting events (Enterprise): the route names a conversation, so a 404 may be the conversation
 * or the route; the conversation is looked up to tell which. The message is the operation's declared
 * {@link Availability}.
 */
final class EnterpriseOnly {
  private EnterpriseOnly() {}

  static JsonNode conversationEvents(Call call) {
    try {
      return call.send();
    } catch (ApiException e) {
      if (e.status() != 404 || call.operation().availability() == null) {
        throw e;
      }
      call.send("GET", ConversationsApi.ONE, null); // a missing conversation fails here with its own 404
      throw call.operation().availability().missingRoute(e);
    }
  }
}
