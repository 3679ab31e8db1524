package io.inquirly.api;

import java.util.Map;

/**
 * What requests are addressed and signed with, resolved from flags, environment and profile.
 *
 * @param accountId fills {account_id}; null when unknown
 * @param userToken user or agent-bot token; null when unknown
 * @param platformToken platform app token; null when unknown
 * @param pathDefaults defaults for other placeholders, e.g. inbox_identifier for the public API
 */
public record Credentials(String accountId, String userToken, String platformToken, Map<String, String> pathDefaults) {
  public Credentials {
    pathDefaults = Map.copyOf(pathDefaults);
  }
}
