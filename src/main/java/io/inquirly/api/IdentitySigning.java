package io.inquirly.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identity validation of the public API: when an inbox enforces it (hmac_mandatory), contact requests carry
 * {@code identifier_hash} = HMAC-SHA256(identifier, the inbox's hmac_token) in hex. This handler computes it
 * from {@code --hmac-token} (or {@code hmac_token} of the profile) when an identifier is given without a hash,
 * then sends the operation's request.
 */
public final class IdentitySigning implements Handler {
  static final String HMAC_TOKEN = "hmac_token";

  @Override
  public com.fasterxml.jackson.databind.JsonNode run(Call call) {
    return signed(call).send();
  }

  /** HMAC-SHA256 of the identifier with the inbox's HMAC token, lower-case hex (what the server compares). */
  public static String identifierHash(String hmacToken, String identifier) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hmacToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The call with identifier_hash filled in when an identifier and an HMAC token are known and no hash was given. */
  static Call signed(Call call) {
    Object identifier = call.value("identifier");
    if (identifier == null || call.value("identifier_hash") != null) {
      return call;
    }
    Object token = call.value(HMAC_TOKEN);
    if (token == null) {
      token = call.invoker().credentials().pathDefaults().get(HMAC_TOKEN);
    }
    if (token == null || String.valueOf(token).isBlank()) {
      return call;
    }
    return call.with("identifier_hash", identifierHash(String.valueOf(token), String.valueOf(identifier)));
  }
}
