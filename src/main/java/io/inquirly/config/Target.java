package io.inquirly.config;

import java.util.Map;

/**
 * The resolved connection for one run: flags over environment over profile over defaults.
 *
 * @param profile the profile name in effect
 * @param settings the resolved settings (same fields as a profile); any may be null
 * @param origins where each non-null setting came from, by file key ("flag --token", "env INQUIRLY_TOKEN", ...)
 * @param tokenCommand runs {@code token_command} for the token when no token is set, or null
 */
public record Target(String profile, Profile settings, Map<String, String> origins, TokenCommand tokenCommand) {
  public Target(String profile, Profile settings, Map<String, String> origins) {
    this(profile, settings, origins, null);
  }

  public String url() {
    return settings.url();
  }

  /** The access token; runs {@code token_command} on first use when the token comes from there. */
  public String token() {
    if (settings.token() != null || tokenCommand == null) {
      return settings.token();
    }
    return tokenCommand.token();
  }

  public String accountId() {
    return settings.accountId();
  }

  public String platformToken() {
    return settings.platformToken();
  }
}
