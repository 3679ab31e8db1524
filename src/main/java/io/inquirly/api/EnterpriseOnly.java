package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;

/** Handlers of the Enterprise-only routes (reporting events): a 404 says so, with the alternative. */
final class EnterpriseOnly {
  static final String ENTERPRISE_ONLY = "reporting events exist only on Inquirly Enterprise servers; "
      + "this server answered 404";

  /**
   * A 404 can mean the route is missing (community server) or the conversation is: look the conversation up
   * to tell which.
   */
  static JsonNode conversationEvents(Call call) {
    try {
      return call.send();
    } catch (ApiException e) {
      if (e.status() != 404) {
        throw e;
      }
      call.send("GET", ConversationsApi.ONE, null); // a missing conversation fails here with its own 404
      throw enterpriseOnly();
    }
  }

  static ApiException enterpriseOnly() {
    return new ApiException(Failure.NOT_FOUND, 404, ENTERPRISE_ONLY,
        "use the v2 reports instead ('inquirly reports summary', 'inquirly reports timeseries')", null);
  }

  /** Account reporting events: a 404 is the missing Enterprise route. */
  static JsonNode reportingEvents(Call call) {
    try {
      return call.send();
    } catch (ApiException e) {
      if (e.status() == 404) {
        throw enterpriseOnly();
      }
      throw e;
    }
  }

  /** A community server has no audit_logs route: its 404 becomes a message that says so. */
  static JsonNode auditLogs(Call call) {
    try {
      return call.send();
    } catch (ApiException e) {
      if (e.status() == 404) {
        throw new ApiException(Failure.NOT_FOUND, 404, AccountApi.ENTERPRISE_ONLY, null, e);
      }
      throw e;
    }
  }
}
