package io.inquirly.http;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in anything shown: known token values, and the values of secret fields. {@link #secretField} is
 * the one list of secret field names: answers printed in any format, logged bodies (-v) and error messages all
 * use it.
 */
public final class Redactor {
  /**
   * Field names whose values are secrets, besides every name ending in {@code _token} (access_token,
   * pubsub_token, hmac_token, website_token, platform_token, ...).
   */
  public static final Set<String> SECRET_FIELDS = Set.of("token", "secret", "password", "api_key",
      "identifier_hash", "hmac_secret", "webhook_secret", "client_secret", "private_key");

  /** A JSON string field in text: "name": "value" (values with escaped quotes included). */
  private static final Pattern JSON_STRING_FIELD = Pattern.compile(
      "(\"([A-Za-z0-9_]+)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
  public static final String MASK = "****";

  /** Read at every use, so that a secret learnt later (a token_command's token) is masked from then on. */
  private final Collection<String> secrets;

  public Redactor(Collection<String> secrets) {
    this.secrets = secrets;
  }

  /** Whether a field of that name holds a secret: the one rule every output path uses. */
  public static boolean secretField(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET_FIELDS.contains(n) || n.endsWith("_token");
  }

  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        out = out.replace(secret, MASK);
      }
    }
    if (out.indexOf('"') < 0) {
      return out;
    }
    Matcher m = JSON_STRING_FIELD.matcher(out);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)
        + (secretField(r.group(2)) && !r.group(3).isEmpty() ? MASK : r.group(3)) + r.group(4)));
  }

  /** A secret field's value shown to a person: a token's last four characters, nothing of other secrets. */
  public static String maskField(String name, String value) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("token") || n.endsWith("_token") ? mask(value) : value.isEmpty() ? value : MASK;
  }

  /** A token shown to a person: the last four characters only. */
  public static String mask(String token) {
    if (token == null || token.isEmpty()) {
      return "(none)";
    }
    return token.length() <= 8 ? MASK : MASK + token.substring(token.length() - 4);
  }
}
