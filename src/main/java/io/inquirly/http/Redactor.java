package io.inquirly.http;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks secrets in anything we log: known token values, and the values of secret-looking JSON keys. */
public final class Redactor {
  private static final Pattern SECRET_JSON_FIELD = Pattern.compile(
      "(\"(?:[a-z_]*access_token|[a-z_]*token|password|secret|hmac_token|identifier_hash|api_key)\"\\s*:\\s*\")"
          + "([^\"]*)(\")",
      Pattern.CASE_INSENSITIVE);
  public static final String MASK = "****";

  private final List<String> secrets;

  public Redactor(Collection<String> secrets) {
    this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
  }

  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    Matcher m = SECRET_JSON_FIELD.matcher(out);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + (r.group(2).isEmpty() ? "" : MASK) + r.group(3)));
  }

  /** A token shown to a person: the last four characters only. */
  public static String mask(String token) {
    if (token == null || token.isEmpty()) {
      return "(none)";
    }
    return token.length() <= 8 ? MASK : MASK + token.substring(token.length() - 4);
  }
}
