package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiClient;
import io.inquirly.http.ApiException;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.Failure;
import io.inquirly.http.Json;
import io.inquirly.http.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an operation and its values into requests, sends them, and takes records out of the answers. */
public final class Invoker {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ApiClient client;
  private final Credentials credentials;
  private final Consumer<ApiRequest> dryRun;

  /**
   * @param dryRun when non-null, writes (anything but GET) are handed to it instead of being sent
   */
  public Invoker(ApiClient client, Credentials credentials, Consumer<ApiRequest> dryRun) {
    this.client = client;
    this.credentials = credentials;
    this.dryRun = dryRun;
  }

  public boolean dryRun() {
    return dryRun != null;
  }

  public ApiClient client() {
    return client;
  }

  public Credentials credentials() {
    return credentials;
  }

  /** Builds the request an operation sends: path filled, query from query params, body from --data and flags. */
  public ApiRequest request(Operation op, Map<String, Object> values, JsonNode data) {
    if (op.prepare() != null) {
      values = op.prepare().apply(new java.util.HashMap<>(values));
    }
    String path = expand(op.path(), values);
    List<Map.Entry<String, String>> query = new ArrayList<>();
    ObjectNode body = null;
    if (data != null && !data.isMissingNode()) {
      if (!data.isObject()) {
        throw new InvalidInput("--data must be a JSON object, got " + kind(data), "wrap the fields in {...}");
      }
      body = data.deepCopy();
    }
    for (Param p : op.params()) {
      Object v = values.get(p.name());
      if (v == null) {
        continue;
      }
      switch (p.in()) {
        case QUERY -> addQuery(query, p, v);
        case BODY -> {
          if (body == null) {
            body = NODES.objectNode();
          }
          put(body, p.name(), toJson(p, v));
        }
        case PATH, LOCAL -> { }
      }
    }
    for (Computed c : op.computed()) {
      Object v = c.value().apply(values);
      if (v == null) {
        continue;
      }
      if (body == null) {
        body = NODES.objectNode();
      }
      if (c.field() == null) {
        ObjectNode target = body;
        ((JsonNode) v).properties().forEach(e -> put(target, e.getKey(), e.getValue()));
      } else if (!c.fallback() || at(body, c.field()).isMissingNode()) {
        put(body, c.field(), v instanceof JsonNode n ? n : scalar(v));
      }
    }
    if (body == null && op.hasBody() && !op.method().equals("DELETE")) {
      body = NODES.objectNode();
    }
    ApiRequest request = build(op.method(), path, query, body, token(op));
    if (op.availability() != null) {
      request = request.explaining(e -> op.availability().explain(op, e)); // a server without the route says so
    }
    return op.reads() ? request.repeatable(true) : request; // a POST that only reads (a filter) may be sent again
  }

  /**
   * Runs an operation as every caller does (a command, a workflow): its handler when it has one, else its own
   * request from {@link #request}. Values are the option values by parameter name; {@code data} is the body
   * given whole (--data, or a workflow's resource), which flags and computed fields add to.
   */
  public JsonNode call(Operation op, Map<String, Object> values, JsonNode data) {
    if (op.handler() != null) {
      return op.handler().run(new Call(op, values, data, this));
    }
    return send(request(op, values, data));
  }

  /**
   * The one place a request is put together, for operations, their handlers' related requests, workflows
   * and the raw {@code inquirly api} command: a filled path, query, a body with its content type, the token.
   */
  public static ApiRequest build(String method, String path, List<Map.Entry<String, String>> query, byte[] body,
      String contentType, String token) {
    return new ApiRequest(method, path, query, body, body == null ? null : contentType, token);
  }

  /** A request with a JSON body (or none). */
  public static ApiRequest build(String method, String path, List<Map.Entry<String, String>> query, JsonNode body,
      String token) {
    return build(method, path, query, body == null ? null : Json.bytes(body), "application/json", token);
  }

  /** Sends a request and returns its JSON answer (MissingNode for an empty body). */
  public JsonNode send(ApiRequest request) {
    if (dryRun != null && !request.method().equals("GET")) {
      dryRun.accept(request);
      return MissingNode.getInstance();
    }
    try {
      return client.send(request).json();
    } catch (ApiException e) {
      throw request.explained(e);
    }
  }

  /** The credential an operation is signed with; fails with a hint when it is not configured. */
  public String token(Operation op) {
    return token(op.auth(), op.commandLine());
  }

  /** The credential of this kind, for {@code what} (named in the error when it is not configured). */
  public String token(Auth auth, String what) {
    return switch (auth) {
      case USER -> {
        if (credentials.userToken() == null) {
          throw new MissingCredential("no access token for " + what,
              "run 'inquirly auth login', or set INQUIRLY_TOKEN or --token");
        }
        yield credentials.userToken();
      }
      case PLATFORM -> {
        if (credentials.platformToken() == null) {
          throw new MissingCredential("no platform app token for " + what,
              "set INQUIRLY_PLATFORM_TOKEN, --platform-token or platform_token in the profile");
        }
        yield credentials.platformToken();
      }
      case NONE -> null;
    };
  }

  /** Fills {placeholders} of a path template from the values, the account and the path defaults. */
  public String expand(String template, Map<String, Object> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      Object v = values.get(name);
      String text;
      if (v != null) {
        text = String.valueOf(v);
      } else if (name.equals("account_id")) {
        if (credentials.accountId() == null) {
          throw new InvalidInput("no account id", "pass --account ID, set INQUIRLY_ACCOUNT_ID, or pick one with "
              + "'inquirly auth login'; 'inquirly accounts list' shows yours");
        }
        text = credentials.accountId();
      } else if (credentials.pathDefaults().containsKey(name)) {
        text = credentials.pathDefaults().get(name);
      } else {
        throw new InvalidInput("missing " + name, "give it as an argument or option");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(Urls.segment(text)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Outcome of walking a paged list. */
  public record Walk(long records, Long total, boolean more) {}

  /**
   * Fetches one page ({@code all} false) or every page from {@code startPage} on, handing each page's
   * records to {@code sink}, stopping after {@code limit} records when limit > 0.
   */
  public Walk walk(Operation op, ApiRequest first, int startPage, boolean all, long limit,
      Consumer<List<JsonNode>> sink) {
    if (op.paging() == Operation.Paging.CURSOR) {
      return walkCursor(op, first, all, limit, sink);
    }
    long seen = 0;
    long fetched = 0;
    int fullPage = -1;
    int page = startPage;
    while (true) {
      ApiRequest request = op.paging() == Operation.Paging.PAGES ? first.withQuery("page", String.valueOf(page))
          : first;
      JsonNode body = send(request);
      List<JsonNode> records = records(op, body);
      int size = records.size();
      fetched += size;
      if (fullPage < 0) {
        fullPage = size;
      }
      if (limit > 0 && seen + size > limit) {
        records = records.subList(0, (int) (limit - seen));
      }
      seen += records.size();
      if (!records.isEmpty()) {
        sink.accept(records);
      }
      Long total = total(meta(op, body), request);
      boolean more = op.paging() == Operation.Paging.PAGES
          && hasMore(body, size, fullPage, (long) (startPage - 1) * fullPage + fetched, total);
      if (!all && startPage > 1 && total != null) {
        more = surelyMore(total, startPage, size);
      }
      if (!all || !more || (limit > 0 && seen >= limit)) {
        return new Walk(seen, total, more);
      }
      page++;
    }
  }

  /**
   * Cursor paging by record id (messages): each page is ascending. Without {@code after}, walks back with
   * {@code before=<smallest id seen>}; with {@code after} alone, forward with {@code after=<largest id seen>};
   * until an empty page (or {@code limit} records). The pages are then handed over oldest first, as one
   * ascending list; a limit keeps the newest records when walking back, the oldest when walking forward.
   */
  private Walk walkCursor(Operation op, ApiRequest first, boolean all, long limit, Consumer<List<JsonNode>> sink) {
    boolean hasBefore = first.query().stream().anyMatch(e -> e.getKey().equals("before"));
    boolean hasAfter = first.query().stream().anyMatch(e -> e.getKey().equals("after"));
    boolean forward = hasAfter && !hasBefore;
    boolean walk = all && !(hasAfter && hasBefore);
    java.util.LinkedList<List<JsonNode>> pages = new java.util.LinkedList<>();
    java.util.Set<Long> seenIds = new java.util.HashSet<>();
    long count = 0;
    ApiRequest request = first;
    while (true) {
      List<JsonNode> records = new ArrayList<>();
      for (JsonNode r : records(op, send(request))) {
        if (!r.path("id").canConvertToLong() || seenIds.add(r.path("id").asLong())) {
          records.add(r); // a server that repeats a record at the edge does not duplicate it
        }
      }
      if (records.isEmpty()) {
        break;
      }
      if (forward) {
        pages.addLast(records);
      } else {
        pages.addFirst(records);
      }
      count += records.size();
      if (!walk || (limit > 0 && count >= limit)) {
        break;
      }
      java.util.LongSummaryStatistics ids = records.stream().filter(r -> r.path("id").canConvertToLong())
          .mapToLong(r -> r.path("id").asLong()).summaryStatistics();
      if (ids.getCount() == 0) {
        break;
      }
      request = forward ? request.withQuery("after", String.valueOf(ids.getMax()))
          : request.withQuery("before", String.valueOf(ids.getMin()));
    }
    List<JsonNode> ascending = new ArrayList<>();
    pages.forEach(ascending::addAll);
    if (limit > 0 && ascending.size() > limit) {
      ascending = forward ? ascending.subList(0, (int) limit)
          : ascending.subList(ascending.size() - (int) limit, ascending.size());
    }
    if (!ascending.isEmpty()) {
      sink.accept(ascending);
    }
    return new Walk(ascending.size(), null, false);
  }

  /**
   * Page {@code page} (not the first) held {@code size} of {@code total} records, and the page size is not known
   * (a server setting). It is surely not the last page when it cannot be: when no page size P > size has
   * (page - 1) * P + size == total. Only a sure next page is announced.
   */
  private static boolean surelyMore(long total, int page, int size) {
    if (size == 0 || total <= (long) page * size) {
      return false;
    }
    long before = total - size;
    return before % (page - 1) != 0 || before / (page - 1) <= size;
  }

  /** Whether the server has more: has_more when given, else the total, else whether the page was full. */
  private static boolean hasMore(JsonNode body, int size, int fullPage, long fetchedThrough, Long total) {
    if (size == 0) {
      return false;
    }
    JsonNode hasMore = body.path("meta").path("has_more");
    if (hasMore.isBoolean()) {
      return hasMore.asBoolean();
    }
    if (total != null) {
      return fetchedThrough < total;
    }
    return size >= fullPage;
  }

  /** The envelope's meta: next to the records ({@code data.meta} beside {@code data.payload}), else at the top. */
  private static JsonNode meta(Operation op, JsonNode body) {
    String records = op.records() == null ? "" : op.records();
    int dot = records.lastIndexOf('.');
    if (dot > 0) {
      JsonNode beside = at(body, records.substring(0, dot) + ".meta");
      if (beside.isObject()) {
        return beside;
      }
    }
    return body.path("meta");
  }

  /**
   * The number of records the list has in all, from its meta; for conversations the count of the assignee
   * type asked for (chatwoot-4.10/app/finders/conversation_finder.rb counts mine, assigned, unassigned and all).
   */
  private static Long total(JsonNode meta, ApiRequest request) {
    if (meta.path("has_more").isBoolean()) {
      return null; // newer search: count is the page size, not the total
    }
    String assignee = request.query().stream().filter(e -> e.getKey().equals("assignee_type"))
        .map(java.util.Map.Entry::getValue).findFirst().orElse("all");
    String perAssignee = switch (assignee) {
      case "me" -> "mine_count";
      case "assigned" -> "assigned_count";
      case "unassigned" -> "unassigned_count";
      default -> "all_count";
    };
    for (String key : new String[] {"count", perAssignee, "total_entries"}) {
      JsonNode n = meta.path(key);
      if (n.canConvertToLong()) {
        return n.asLong();
      }
      if (n.isTextual() && n.asText().matches("\\d+")) {
        return Long.parseLong(n.asText());
      }
    }
    return null;
  }

  /** The records of a list answer, tolerating a bare array where an envelope was expected. */
  public static List<JsonNode> records(Operation op, JsonNode body) {
    JsonNode node = at(body, op.records());
    if (node.isMissingNode() && body.isArray()) {
      node = body;
    }
    if (body.isMissingNode() || body.isNull()) {
      throw unexpected(op, body.isNull() ? "null instead of a list" : "an empty body instead of a list");
    }
    if (node.isMissingNode() || node.isNull()) {
      throw unexpected(op, "no list at '" + op.records() + "'");
    }
    if (!node.isArray()) {
      throw unexpected(op, "'" + op.records() + "' is " + kind(node) + ", not a list");
    }
    List<JsonNode> out = new ArrayList<>(node.size());
    node.forEach(out::add);
    return out;
  }

  /** The single record of an answer (the whole body when the path is absent). */
  public static JsonNode record(Operation op, JsonNode body) {
    if (!body.isContainerNode()) {
      throw unexpected(op, body.isMissingNode() ? "an empty body instead of " + article(op.noun())
          : kind(body) + " instead of " + article(op.noun()));
    }
    JsonNode node = at(body, op.records());
    if (node.isMissingNode()) {
      return body;
    }
    return node;
  }

  /** Fails (exit 7) when an operation that answers records got an empty body. */
  public static void requireBody(Operation op, JsonNode body) {
    if (op.result() != Operation.Result.NONE && (body.isMissingNode() || body.isNull())) {
      throw unexpected(op, (body.isNull() ? "null" : "an empty body") + " instead of "
          + (op.result() == Operation.Result.LIST ? "a list" : article(op.noun())));
    }
  }

  private static String article(String noun) {
    return (noun.matches("[aeiou].*") ? "an " : "a ") + noun;
  }

  private static ApiException unexpected(Operation op, String what) {
    return new ApiException(Failure.SERVER, 200, "unexpected answer to " + op.commandLine() + ": " + what,
        "the server may be a different version; use --raw to see the body", null);
  }

  /** The node at a dotted path ({@code payload.contact}); the node itself for an empty path. */
  public static JsonNode at(JsonNode node, String dotted) {
    if (dotted == null || dotted.isEmpty()) {
      return node;
    }
    JsonNode cur = node;
    for (String part : dotted.split("\\.")) {
      cur = part.matches("\\d+") && cur.isArray() ? cur.path(Integer.parseInt(part)) : cur.path(part);
      if (cur.isMissingNode()) {
        return MissingNode.getInstance();
      }
    }
    return cur;
  }

  /** Sets a dotted field, creating nested objects. */
  public static void put(ObjectNode root, String dotted, JsonNode value) {
    String[] parts = dotted.split("\\.");
    ObjectNode cur = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = cur.get(parts[i]);
      if (!(next instanceof ObjectNode)) {
        next = cur.putObject(parts[i]);
      }
      cur = (ObjectNode) next;
    }
    JsonNode existing = cur.get(parts[parts.length - 1]);
    if (existing instanceof ObjectNode e && value instanceof ObjectNode v) {
      e.setAll(v); // flags add to the same object given in --data
    } else {
      cur.set(parts[parts.length - 1], value);
    }
  }

  private static void addQuery(List<Map.Entry<String, String>> query, Param p, Object v) {
    if (v instanceof List<?> list) {
      String name = p.name().endsWith("[]") ? p.name() : p.name() + "[]";
      for (Object item : list) {
        query.add(Map.entry(name, String.valueOf(item)));
      }
    } else {
      query.add(Map.entry(p.name(), String.valueOf(v)));
    }
  }

  /** A value as JSON, by the parameter's type. */
  static JsonNode toJson(Param p, Object v) {
    if (v instanceof JsonNode n) {
      return n;
    }
    if (v instanceof Map<?, ?> map) {
      ObjectNode o = NODES.objectNode();
      map.forEach((k, val) -> o.set(String.valueOf(k), val instanceof JsonNode n ? n : NODES.textNode(String.valueOf(val))));
      return o;
    }
    if (v instanceof List<?> list) {
      ArrayNode a = NODES.arrayNode();
      for (Object item : list) {
        a.add(item instanceof JsonNode n ? n : scalar(item));
      }
      return a;
    }
    return scalar(v);
  }

  private static JsonNode scalar(Object v) {
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return NODES.textNode(String.valueOf(v));
  }

  static String kind(JsonNode n) {
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
