package io.inquirly.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One named set of connection settings in the config file.
 *
 * @param url the server's base URL
 * @param token a user (or agent bot) access token
 * @param accountId the account commands act on
 * @param platformToken a platform app token
 * @param inboxIdentifier public API: the inbox identifier
 * @param contactIdentifier public API: the contact identifier (source_id)
 * @param hmacToken public API: the inbox's HMAC token, to compute identifier_hash
 * @param tokenCommand a shell command whose standard output is the access token, run when a token is needed and
 *     none is set (tokens kept in pass, 1Password, Vault or the keyring)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
public record Profile(
    @JsonProperty("url") String url,
    @JsonProperty("token") String token,
    @JsonProperty("account_id") String accountId,
    @JsonProperty("platform_token") String platformToken,
    @JsonProperty("inbox_identifier") String inboxIdentifier,
    @JsonProperty("contact_identifier") String contactIdentifier,
    @JsonProperty("hmac_token") String hmacToken,
    @JsonProperty("token_command") String tokenCommand) {

  public static Profile empty() {
    return new Profile(null, null, null, null, null, null, null, null);
  }

  public Profile withUrl(String v) {
    return new Profile(v, token, accountId, platformToken, inboxIdentifier, contactIdentifier, hmacToken, tokenCommand);
  }

  public Profile withToken(String v) {
    return new Profile(url, v, accountId, platformToken, inboxIdentifier, contactIdentifier, hmacToken, tokenCommand);
  }

  public Profile withAccountId(String v) {
    return new Profile(url, token, v, platformToken, inboxIdentifier, contactIdentifier, hmacToken, tokenCommand);
  }

  public Profile withPlatformToken(String v) {
    return new Profile(url, token, accountId, v, inboxIdentifier, contactIdentifier, hmacToken, tokenCommand);
  }

  /** Sets one setting by its file key; unknown keys are an error naming the valid ones. */
  public Profile with(String key, String v) {
    return switch (key) {
      case "url" -> withUrl(v);
      case "token" -> withToken(v);
      case "account_id" -> withAccountId(v);
      case "platform_token" -> withPlatformToken(v);
      case "inbox_identifier" -> new Profile(url, token, accountId, platformToken, v, contactIdentifier, hmacToken,
          tokenCommand);
      case "contact_identifier" -> new Profile(url, token, accountId, platformToken, inboxIdentifier, v, hmacToken,
          tokenCommand);
      case "hmac_token" -> new Profile(url, token, accountId, platformToken, inboxIdentifier, contactIdentifier, v,
          tokenCommand);
      case "token_command" -> new Profile(url, token, accountId, platformToken, inboxIdentifier, contactIdentifier,
          hmacToken, v);
      default -> throw new ConfigException("unknown setting '" + key + "'",
          "settings are " + String.join(", ", KEYS));
    };
  }

  public static final java.util.List<String> KEYS = java.util.List.of("url", "token", "account_id", "platform_token",
      "inbox_identifier", "contact_identifier", "hmac_token", "token_command");

  /** Keys whose values are secrets and are masked whenever shown. */
  public static boolean secret(String key) {
    return io.inquirly.http.Redactor.secretField(key);
  }
}
