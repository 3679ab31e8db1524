package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.InvalidInput;
import io.inquirly.api.Invoker;
import io.inquirly.http.ApiClient;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.ApiResponse;
import io.inquirly.http.Json;
import io.inquirly.output.Output;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Any endpoint, with the same auth, retries, errors and output as every other command. */
@Command(name = "api", description = {"Send a request to any API endpoint.",
    "",
    "{account_id} in PATH is filled from --account, INQUIRLY_ACCOUNT_ID or the profile. Fields (-f, -F) go to the "
        + "query string for GET and DELETE and to a JSON body otherwise; dotted keys nest (-f profile.name=Ada), "
        + "keys ending in [] build arrays (-f labels[]=vip). The token is the user token, the platform token for "
        + "/platform/ paths, and none for /public/ paths.",
    "",
    "PATH may also be an absolute URL on the configured server. The token goes to no other server: a URL on "
        + "another one is refused unless --allow-other-host says to send it there."},
    footer = {"%nExamples:",
        "  inquirly api /api/v1/accounts/{account_id}/inboxes -o table",
        "  inquirly api POST /api/v1/accounts/{account_id}/labels -f title=urgent -F show_on_sidebar=true",
        "  inquirly api GET /api/v1/accounts/{account_id}/contacts --paginate --jq '.payload[].email'",
        "  inquirly api PATCH /api/v1/accounts/{account_id}/contacts/1 --input contact.json",
        "  inquirly api /api/v1/accounts/{account_id}/labels --data '{\"title\":\"vip\"}'     # POST: a body is given"})
final class ApiCommand implements Executable {
  @Parameters(arity = "1..2", paramLabel = "[METHOD] PATH", description = "GET, POST, PUT, PATCH or DELETE (default: "
      + "GET, or POST when a body is given), then the path, e.g. /api/v1/accounts/{account_id}/contacts")
  List<String> words = new ArrayList<>();

  private String method;
  private String path;

  @Option(names = "--data", paramLabel = "JSON", description = "the request body as JSON, @FILE or @- (stdin), as "
      + "every write takes it; fields (-f, -F) are set over it")
  String data;

  @Option(names = {"-f", "--raw-field"}, paramLabel = "KEY=VALUE", description = "a string field (repeatable)")
  List<String> rawFields = new ArrayList<>();

  @Option(names = {"-F", "--field"}, paramLabel = "KEY=VALUE",
      description = "a typed field: numbers, true, false, null and JSON are sent as such, @FILE reads a file (repeatable)")
  List<String> typedFields = new ArrayList<>();

  @Option(names = "--input", paramLabel = "FILE|-", description = "the request body from a file, or - for stdin")
  String input;

  @Option(names = "--paginate", description = "fetch page after page (page=1, 2, ...) until a page is empty; "
      + "prints each page")
  boolean paginate;

  @Option(names = {"-i", "--include"}, description = "print the status line and headers before the body")
  boolean include;

  @Option(names = "--allow-other-host", description = "allow an absolute URL on another server than --server: the "
      + "request goes there with your token")
  boolean allowOtherHost;

  @Option(names = "--show-secrets", description = "show tokens in the answer instead of masking them")
  boolean showSecrets;

  @Override
  public int execute(Session session) {
    boolean bodyGiven = data != null || input != null || !rawFields.isEmpty() || !typedFields.isEmpty();
    // as gh api: the method may be left out
    method = words.size() == 2 ? words.get(0) : bodyGiven ? "POST" : "GET";
    path = words.get(words.size() - 1);
    String verb = method.toUpperCase(Locale.ROOT);
    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD").contains(verb)) {
      throw CliException.usage("unknown method '" + method + "'", "use GET, POST, PUT, PATCH or DELETE");
    }
    URI other = null;
    if (path.startsWith("http://") || path.startsWith("https://")) {
      URI absolute = absolute(path);
      URI server = session.client().base();
      if (session.client().onServer(absolute)) {
        path = relative(path, server);
      } else if (allowOtherHost) {
        other = URI.create(absolute.getScheme() + "://" + absolute.getRawAuthority());
        path = relative(path, other);
      } else {
        throw CliException.usage(origin(absolute) + " is not the configured server (" + origin(server)
            + "), and the token goes only to that one",
            "give a path (/api/v1/...), or pass --allow-other-host to send this request, token included, to "
                + origin(absolute));
      }
    }
    if (!path.startsWith("/")) {
      throw CliException.usage("the path must start with /, got '" + path + "'",
          "e.g. /api/v1/accounts/{account_id}/contacts");
    }
    Output output = session.output();
    Invoker invoker = session.invoker(null);
    String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String filled = invoker.expand(bare, Map.of());
    ObjectNode fields = fields(session);
    boolean fieldsInQuery = verb.equals("GET") || verb.equals("DELETE") || verb.equals("HEAD");
    List<Map.Entry<String, String>> params = new ArrayList<>(parseQuery(query));
    byte[] body = null;
    if (input != null) {
      body = readInput(session);
    }
    if (data != null) {
      if (input != null) {
        throw CliException.usage("give the body either with --input or with --data, not both", null);
      }
      JsonNode given = Values.data("--data", data, session.io().in());
      if (!given.isObject() && fields.size() > 0) {
        throw CliException.usage("--data must be a JSON object to set fields over it", "wrap it in {...}");
      }
      if (given.isObject()) {
        ObjectNode merged = ((ObjectNode) given).deepCopy();
        merged.setAll(fields); // flags win over --data, as in every command
        fields = merged;
      } else {
        body = Json.bytes(given);
      }
    }
    if (fieldsInQuery) {
      if (data != null) {
        throw CliException.usage("a " + verb + " request has no body: --data goes with POST, PUT or PATCH",
            "use -f KEY=VALUE for query parameters");
      }
      flatten("", fields, params);
    } else if (fields.size() > 0) {
      if (body != null) {
        throw CliException.usage("give the body either with --input or with fields, not both", null);
      }
      body = Json.bytes(fields);
    }
    String token = token(session, filled);
    ApiRequest request = Invoker.build(verb, filled, params, body, "application/json", token);
    if (other == null) {
      return send(session, output, session.client(), request);
    }
    List<String> secrets = new ArrayList<>();
    secrets.add(session.target().token());
    secrets.add(session.target().platformToken());
    try (ApiClient client = new ApiClient(other, session.httpSettings(), secrets)) {
      return send(session, output, client, request);
    }
  }

  private int send(Session session, Output output, ApiClient client, ApiRequest request) {
    int page = 1;
    while (true) {
      ApiRequest current = paginate ? request.withQuery("page", String.valueOf(page)) : request;
      ApiResponse response = client.send(current);
      if (include) {
        session.io().out().println("HTTP " + response.status());
        response.headers().forEach((k, v) -> {
          if (k != null && !k.equals(":status")) {
            session.io().out().println(k + ": " + (showSecrets ? String.join(", ", v)
                : client.redactor().redact(String.join(", ", v))));
          }
        });
        session.io().out().println();
      }
      JsonNode json;
      try {
        json = response.isEmpty() ? null : Json.parse(response.body());
      } catch (IOException e) {
        session.io().out().print(showSecrets ? response.text() : client.redactor().redact(response.text()));
        return ExitCode.OK;
      }
      if (json != null) {
        JsonNode shown = showSecrets ? json : Secrets.mask(json, session.knownSecrets());
        if (tabular(session)) {
          records(session, output, shown);
        } else {
          output.raw(shown);
        }
      }
      if (!paginate || json == null || emptyPage(json)) {
        return ExitCode.OK;
      }
      page++;
    }
  }

  /** -o table, csv, yaml, jsonl or ids asked for (the default, and -o json, print the server's JSON as it is). */
  private static boolean tabular(Session session) {
    String format = session.options().output();
    return format != null && !format.equalsIgnoreCase("json");
  }

  /**
   * The answer as records, as other commands print them: a list when the answer is an array or holds one
   * (payload, data.payload, data), else one record.
   */
  private static void records(Session session, Output output, JsonNode body) {
    JsonNode list = body.isArray() ? body
        : body.path("payload").isArray() ? body.path("payload")
        : body.path("data").path("payload").isArray() ? body.path("data").path("payload")
        : body.path("data").isArray() ? body.path("data") : null;
    if (list == null) {
      output.single(body.path("payload").isObject() ? body.path("payload") : body, null);
      return;
    }
    try (io.inquirly.output.RecordSink sink = output.list(null)) {
      list.forEach(sink::add);
    }
  }

  /** An absolute URL split by hand: its path may hold {account_id}, which URI parsing refuses. */
  private static final java.util.regex.Pattern ABSOLUTE =
      java.util.regex.Pattern.compile("(https?)://([^/?#]+)([^#]*)", java.util.regex.Pattern.CASE_INSENSITIVE);

  private static URI absolute(String url) {
    java.util.regex.Matcher m = ABSOLUTE.matcher(url);
    try {
      if (m.matches()) {
        URI u = new URI(m.group(1) + "://" + m.group(2) + "/");
        if (u.getHost() != null) {
          return u;
        }
      }
    } catch (URISyntaxException e) {
      // below
    }
    throw CliException.usage("invalid URL '" + url + "'", "give a path like /api/v1/profile, or a full http(s) URL");
  }

  /** The path and query of an absolute URL, less the server's own base path. */
  private static String relative(String url, URI server) {
    java.util.regex.Matcher m = ABSOLUTE.matcher(url);
    m.matches();
    String p = m.group(3).isEmpty() ? "/" : m.group(3);
    String prefix = server.getRawPath() == null ? "" : server.getRawPath();
    if (!prefix.isEmpty() && !prefix.equals("/") && p.startsWith(prefix + "/")) {
      p = p.substring(prefix.length());
    }
    return p;
  }

  /** scheme://host:port with the default port made explicit. */
  private static String origin(URI u) {
    int port = u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** The token a path needs: platform token for /platform/, none for the public API, else the user's. */
  private static String token(Session session, String path) {
    if (path.startsWith("/public/") || path.startsWith("/survey/")) {
      return null;
    }
    if (path.startsWith("/platform/")) {
      String t = session.target().platformToken();
      if (t == null) {
        throw new CliException(ExitCode.AUTH, "no platform app token for " + path,
            "set INQUIRLY_PLATFORM_TOKEN, --platform-token or platform_token in the profile");
      }
      return t;
    }
    String t = session.target().token();
    if (t == null) {
      throw new CliException(ExitCode.AUTH, "no access token for " + path,
          "run 'inquirly auth login', or set INQUIRLY_TOKEN or --token");
    }
    return t;
  }

  /** A page with no records at the usual places (payload, data.payload, a bare array). */
  static boolean emptyPage(JsonNode body) {
    for (JsonNode list : new JsonNode[] {body, body.path("payload"), body.path("data").path("payload")}) {
      if (list.isArray()) {
        return list.isEmpty();
      }
    }
    return true;
  }

  private byte[] readInput(Session session) {
    try {
      return input.equals("-") ? session.io().in().readAllBytes() : Files.readAllBytes(Path.of(input));
    } catch (NoSuchFileException e) {
      throw CliException.usage("--input: no such file " + input, null);
    } catch (IOException e) {
      throw CliException.usage("--input: cannot read " + input + ": " + e.getMessage(), null);
    }
  }

  private ObjectNode fields(Session session) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (String f : rawFields) {
      int eq = f.indexOf('=');
      if (eq <= 0) {
        throw CliException.usage("-f expects KEY=VALUE, got '" + f + "'", null);
      }
      set(root, f.substring(0, eq), JsonNodeFactory.instance.textNode(f.substring(eq + 1)));
    }
    for (String f : typedFields) {
      int eq = f.indexOf('=');
      if (eq <= 0) {
        throw CliException.usage("-F expects KEY=VALUE, got '" + f + "'", null);
      }
      set(root, f.substring(0, eq), typed(f.substring(eq + 1)));
    }
    return root;
  }

  /** gh-style typing: true/false/null, numbers, JSON objects and arrays, @file contents; else a string. */
  static JsonNode typed(String v) {
    if (v.startsWith("@")) {
      try {
        return JsonNodeFactory.instance.textNode(Files.readString(Path.of(v.substring(1)), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new InvalidInput("-F: cannot read " + v.substring(1), "give @PATH to a readable file");
      }
    }
    if (v.equals("true") || v.equals("false") || v.equals("null") || v.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")
        || v.startsWith("{") || v.startsWith("[")) {
      return Values.parseJson("-F", v, "'" + v + "'");
    }
    return JsonNodeFactory.instance.textNode(v);
  }

  /** Sets a dotted key; a key ending in [] appends to an array. */
  private static void set(ObjectNode root, String key, JsonNode value) {
    boolean array = key.endsWith("[]");
    String k = array ? key.substring(0, key.length() - 2) : key;
    if (array) {
      JsonNode existing = Invoker.at(root, k);
      ArrayNode list = existing.isArray() ? (ArrayNode) existing : JsonNodeFactory.instance.arrayNode();
      list.add(value);
      Invoker.put(root, k, list);
    } else {
      Invoker.put(root, k, value);
    }
  }

  /** Fields as query parameters: nested keys as a[b], arrays as a[]. */
  private static void flatten(String prefix, JsonNode node, List<Map.Entry<String, String>> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e ->
          flatten(prefix.isEmpty() ? e.getKey() : prefix + "[" + e.getKey() + "]", e.getValue(), out));
    } else if (node.isArray()) {
      node.forEach(item -> flatten(prefix + "[]", item, out));
    } else {
      out.add(Map.entry(prefix, Json.text(node)));
    }
  }

  private static List<Map.Entry<String, String>> parseQuery(String query) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (query.isEmpty()) {
      return out;
    }
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      String k = java.net.URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : java.net.URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
      out.add(Map.entry(k, v));
    }
    return out;
  }
}
