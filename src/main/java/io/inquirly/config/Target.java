package io.inquirly.config;

import java.util.Map;

/**
 * The resolved connection for one run: flags over environment over profile over defaults.
 *
 * @param profile the profile name in effect
 * @param settings the resolved settings (same fields as a profile); any may be null
 * @param origins where each non-null setting came from, by file key ("flag --token", "env INQUIRLY_TOKEN", ...)
 */
public record Target(String profile, Profile settings, Map<String, String> origins) {
  public String url() {
    return settings.url();
  }

  public String token() {
    return settings.token();
  }

  public String accountId() {
    return settings.accountId();
  }

  public String platformToken() {
    return settings.platformToken();
  }
}
