package io.inquirly.api;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What requests are addressed and signed with, resolved from flags, environment and profile.
 *
 * @param accountId fills {account_id}; null when unknown
 * @param userTokenSource gives the user or agent-bot token (null when unknown) when a request needs it: a
 *     profile's token_command runs then, not for requests that need no token
 * @param platformToken platform app token; null when unknown
 * @param pathDefaults defaults for other placeholders, e.g. inbox_identifier for the public API
 */
public record Credentials(String accountId, Supplier<String> userTokenSource, String platformToken,
    Map<String, String> pathDefaults) {
  public Credentials {
    pathDefaults = Map.copyOf(pathDefaults);
  }

  public Credentials(String accountId, String userToken, String platformToken, Map<String, String> pathDefaults) {
    this(accountId, () -> userToken, platformToken, pathDefaults);
  }

  /** The user or agent-bot token; null when unknown. */
  public String userToken() {
    return userTokenSource.get();
  }
}
