package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.Json;
import io.inquirly.output.Format;
import java.io.IOException;

/** --dry-run: the requests a write would send, printed instead of sent (JSON lines with -o json/yaml/...). */
final class DryRun {
  private final Session session;
  private final boolean reveal;

  DryRun(Session session, boolean reveal) {
    this.session = session;
    this.reveal = reveal;
  }

  /** Prints one request: "METHOD URL" and the body, or one JSON object per request for machine formats. */
  void print(ApiRequest request) {
    String url = session.client().base() + request.target();
    JsonNode body = null;
    if (request.body() != null) {
      try {
        body = Json.parse(request.body());
      } catch (IOException e) {
        body = Json.nodes().textNode("(" + request.body().length + " bytes)");
      }
      body = reveal ? body : Secrets.mask(body, session.knownSecrets());
    }
    String format = session.options().output();
    if (format != null && machine(format)) {
      ObjectNode o = Json.object();
      o.put("method", request.method());
      o.put("url", url);
      o.set("body", body);
      session.io().out().println(Json.compact(o));
    } else {
      session.io().out().println(request.method() + " " + url);
      if (body != null) {
        session.io().out().println(Json.pretty(body));
      }
    }
  }

  /** A format read by programs (json, yaml, ...): requests are printed as one JSON object each. */
  static boolean machine(String format) {
    return Format.parse(format) != Format.TABLE && Format.parse(format) != Format.WIDE;
  }

  static int done(Session session) {
    session.status("Dry run: nothing was sent.");
    return ExitCode.OK;
  }
}
