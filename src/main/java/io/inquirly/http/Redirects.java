package io.inquirly.http;

import java.net.URI;
import java.util.Locale;

/**
 * Which redirects the client follows: only those that stay on the configured server's origin (scheme, host,
 * port), at most {@link #MAX_HOPS} of them. The JDK's own following ({@code Redirect.NORMAL}) copies every header,
 * the token included, to whatever host a {@code Location} names; a redirect elsewhere is refused instead, so the
 * token goes to the configured server and nowhere else. A file fetch ({@link ApiClient#fetch}) is the one
 * exception: its redirect to another origin (Active Storage to S3) is followed with the token left out.
 */
final class Redirects {
  static final int MAX_HOPS = 5;

  private Redirects() {}

  /** A redirected request: where it goes, and the request to send there. */
  record Hop(URI uri, ApiRequest request) {}

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * The next request to send after {@code response}, or null when it is not a redirect.
   *
   * @param leaveWithoutToken follow a redirect to another origin, without the token (file fetches)
   * @throws ApiException when the redirect leaves the origin (and may not), loops too long, or names no place
   */
  static Hop next(URI origin, URI from, ApiRequest request, ApiResponse response, int hops, Redactor redactor,
      boolean leaveWithoutToken) {
    int status = response.status();
    if (!isRedirect(status)) {
      return null;
    }
    String location = response.header("location");
    if (location == null || location.isBlank()) {
      return null;
    }
    URI to;
    try {
      to = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw refused(status, request, "to an invalid address", redactor);
    }
    boolean elsewhere = !sameOrigin(origin, to);
    if (elsewhere && !leaveWithoutToken) {
      throw new ApiException(Failure.SERVER, status,
          status + " from " + request.method() + " " + redactor.redact(request.target()) + " redirects to another "
              + "server (" + redactor.redact(originOf(to)) + "): not followed, so the token stays with "
              + originOf(origin),
          "point --server (INQUIRLY_URL) at the address the server redirects to, if you trust it", null);
    }
    if (hops >= MAX_HOPS) {
      throw refused(status, request, "more than " + MAX_HOPS + " times", redactor);
    }
    boolean toGet = status == 303 || (status == 301 || status == 302)
        && !request.method().equals("GET") && !request.method().equals("HEAD");
    String target = (to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath())
        + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    ApiRequest again = new ApiRequest(toGet ? "GET" : request.method(), target, java.util.List.of(),
        toGet ? null : request.body(), toGet ? null : request.contentType(), elsewhere ? null : request.token());
    return new Hop(to, again);
  }

  private static ApiException refused(int status, ApiRequest request, String why, Redactor redactor) {
    return new ApiException(Failure.SERVER, status, status + " from " + request.method() + " "
        + redactor.redact(request.target()) + " redirects " + why + ": not followed",
        "point --server (INQUIRLY_URL) at the server's final address", null);
  }

  /** Same scheme, host and port (default ports made explicit). */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && b.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && b.getHost() != null
        && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
        && port(a) == port(b);
  }

  static int port(URI u) {
    if (u.getPort() != -1) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /** scheme://host[:port] of an address. */
  static String originOf(URI u) {
    return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
  }
}
