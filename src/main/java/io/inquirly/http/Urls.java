package io.inquirly.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for path segments and query parts. */
public final class Urls {
  private Urls() {}

  /** Encodes a query name or value; keeps {@code []} readable as Rails expects them. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%5B", "[")
        .replace("%5D", "]");
  }

  /** Encodes one path segment (no '/' allowed through). */
  public static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
