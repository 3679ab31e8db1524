package io.inquirly.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Method + path template ({@code /api/v1/accounts/{account_id}/contacts/{id}}) → handler. When several
 * templates match, the one with more literal segments wins ({@code contacts/search} beats
 * {@code contacts/{id}}).
 */
final class Router {

  /** Who may call a route, checked before the handler runs (see {@link Auth}). */
  enum Guard {
    /** Application API: user token; bots are refused; {account_id} membership checked when present. */
    APPLICATION,
    /** Application API endpoint on Chatwoot's BOT_ACCESSIBLE_ENDPOINTS list. */
    APPLICATION_BOTS_ALLOWED,
    /** Platform API: platform app token only. */
    PLATFORM,
    /** Public (client) API: no token. */
    PUBLIC
  }

  @FunctionalInterface
  interface Handler {
    Response handle(Call call);
  }

  record Route(String method, String template, Guard guard, Handler handler, String[] segments, int literals) {}

  record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  Router add(String method, String template, Guard guard, Handler handler) {
    String[] segments = split(template);
    int literals = 0;
    for (String s : segments) {
      if (!isParam(s)) {
        literals++;
      }
    }
    routes.add(new Route(method, template, guard, handler, segments, literals));
    return this;
  }

  Router app(String method, String template, Handler handler) {
    return add(method, template, Guard.APPLICATION, handler);
  }

  List<Route> routes() {
    return Collections.unmodifiableList(routes);
  }

  /** The best route for this method and path, or null (unknown route or method → 404). */
  Match match(String method, String path) {
    String[] parts = split(path);
    Match best = null;
    for (Route route : routes) {
      if (!route.method().equals(method) || route.segments().length != parts.length) {
        continue;
      }
      Map<String, String> params = bind(route.segments(), parts);
      if (params != null && (best == null || route.literals() > best.route().literals())) {
        best = new Match(route, params);
      }
    }
    return best;
  }

  private static Map<String, String> bind(String[] template, String[] parts) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (isParam(t)) {
        if (parts[i].isEmpty()) {
          return null;
        }
        params.put(t.substring(1, t.length() - 1), URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
      } else if (!t.equals(parts[i])) {
        return null;
      }
    }
    return params;
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  /** Segments of a path without the leading slash; a trailing slash is ignored like Rails does. */
  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    // Rails treats a ".json" format suffix as the same route.
    if (p.endsWith(".json")) {
      p = p.substring(0, p.length() - 5);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
