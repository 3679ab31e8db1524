package io.inquirly.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates recorded HTTP requests against the official OpenAPI 3.1 description
 * ({@code shared/api/openapi.json}), minus the known spec errors in {@link KnownSpecDeviations}.
 *
 * <p>Why not an OpenAPI request-validator library: Atlassian's swagger-request-validator 2.44.1 was tried
 * on this spec and does not handle 3.1 (it passes {@code "name": 5} for a string property, a non-integer
 * integer path id and {@code type: ["integer","null"]} with a string value, and fails plain string query
 * parameters with "Unable to parse JSON"). So operation matching, parameters and auth are checked here,
 * and JSON bodies are validated with networknt json-schema-validator using its OpenAPI 3.1 dialect
 * (JSON Schema 2020-12 plus the OAS vocabulary: {@code example}, {@code discriminator}, …); {@code $ref}s
 * resolve inside the spec document.
 *
 * <p>What is checked, per request:
 * <ul>
 *   <li>an operation with that method and path template exists; literal segments beat templates
 *       ({@code contacts/search} is not {@code contacts/{id}}); a trailing slash is ignored;
 *   <li>path parameters have the declared type (integer ids must be integers), query parameters the
 *       declared type/enum ({@code name[]=v} Rails style counts as the array {@code name}), required query
 *       and header parameters are present; undeclared query parameters are allowed (servers ignore them);
 *   <li>auth: when the operation's security uses an apiKey header, {@code api_access_token} or its
 *       hyphenated spelling {@code api-access-token} is present (NOTES §1: same Rack key);
 *   <li>body: a required body is present; its media type is one the operation declares; JSON bodies are
 *       validated against the schema. Multipart and form-encoded bodies are <em>not</em> schema-validated
 *       (only their media type is checked). A body sent to an operation that declares none is ignored.
 * </ul>
 *
 * <p>Load once per JVM with {@link #load()}; validation is thread-safe and allocation-light.
 */
public final class OpenApiContract {

  static final String ENV_SPEC = "INQUIRLY_OPENAPI";
  static final String ENV_SPEC_DEFAULT = "INQUIRLY_OPENAPI_DEFAULT";
  static final String FALLBACK_RELATIVE = "../shared/api/openapi.json";
  private static final String SPEC_IRI = "https://spec.inquirly.invalid/openapi.json";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Map<Path, OpenApiContract> CACHE = new ConcurrentHashMap<>();
  private static volatile OpenApiContract defaultInstance;

  /** The outcome of one request: real violations, and the known spec deviations that were accepted. */
  public record Result(List<String> violations, List<String> acceptedDeviations) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  private record Param(String name, String in, boolean required, JsonNode schema) {}

  private static final class Operation {
    final String method;
    final String template;
    final String[] segments;
    final boolean[] literal;
    final Map<String, Param> pathParams = new LinkedHashMap<>();
    final Map<String, Param> queryParams = new LinkedHashMap<>();
    final List<Param> requiredHeaders = new ArrayList<>();
    final List<String> authHeaders = new ArrayList<>(); // empty: no auth needed
    final Map<String, JsonSchema> content = new LinkedHashMap<>(); // media type -> schema (null: none)
    boolean bodyRequired;
    String extraReason; // non-null for a route absent from the spec

    Operation(String method, String template) {
      this.method = method;
      this.template = template;
      this.segments = split(template);
      this.literal = new boolean[segments.length];
      for (int i = 0; i < segments.length; i++) {
        literal[i] = !(segments[i].startsWith("{") && segments[i].endsWith("}"));
      }
    }

    boolean matchesPath(String[] req) {
      if (req.length != segments.length) {
        return false;
      }
      for (int i = 0; i < req.length; i++) {
        if (literal[i] ? !segments[i].equals(req[i]) : req[i].isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /** Positive when this is more specific (a literal where the other has a template, leftmost first). */
    int compareSpecificity(Operation other) {
      for (int i = 0; i < literal.length; i++) {
        if (literal[i] != other.literal[i]) {
          return literal[i] ? 1 : -1;
        }
      }
      return 0;
    }
  }

  private final boolean available;
  private final String source;
  private final List<Operation> operations;

  private OpenApiContract(boolean available, String source, List<Operation> operations) {
    this.available = available;
    this.source = source;
    this.operations = operations;
  }

  /**
   * Loads (once per JVM, cached) the spec named by env {@code INQUIRLY_OPENAPI}, else
   * {@code INQUIRLY_OPENAPI_DEFAULT} (surefire sets it), else {@code ../shared/api/openapi.json} relative
   * to the working directory. If the file is missing: with env {@code CI=true} this throws
   * {@link IllegalStateException}; otherwise it returns an instance whose {@link #available()} is false
   * and which reports no violations.
   */
  public static OpenApiContract load() {
    OpenApiContract c = defaultInstance;
    if (c == null) {
      c = load(System.getenv(), Path.of("").toAbsolutePath());
      defaultInstance = c;
    }
    return c;
  }

  /** Factory behind {@link #load()}, with the environment and working directory passed in (for tests). */
  static OpenApiContract load(Map<String, String> env, Path workingDir) {
    Path spec = specPath(env, workingDir);
    if (!Files.isRegularFile(spec)) {
      if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").trim())) {
        throw new IllegalStateException("OpenAPI spec for the contract test not found at " + spec
            + " (set " + ENV_SPEC + " to shared/api/openapi.json); CI=true, so this is an error");
      }
      return new OpenApiContract(false, spec.toString(), List.of());
    }
    return CACHE.computeIfAbsent(spec, OpenApiContract::fromFile);
  }

  static Path specPath(Map<String, String> env, Path workingDir) {
    for (String key : List.of(ENV_SPEC, ENV_SPEC_DEFAULT)) {
      String v = env.get(key);
      if (v != null && !v.isBlank()) {
        return workingDir.resolve(v.trim()).toAbsolutePath().normalize();
      }
    }
    return workingDir.resolve(FALLBACK_RELATIVE).toAbsolutePath().normalize();
  }

  /** Whether a spec was loaded; when false every request passes. */
  public boolean available() {
    return available;
  }

  /** The spec file this instance was loaded from (or looked for). */
  public String source() {
    return source;
  }

  /**
   * Violations of one request against the spec, each a one-line human message naming method+path;
   * empty when valid (known spec deviations are accepted, see {@link #check}).
   *
   * @param headers request headers with lower-case names
   */
  public List<String> violations(String method, String path, String rawQuery, String contentType,
      byte[] body, Map<String, List<String>> headers) {
    return check(method, path, rawQuery, contentType, body, headers).violations();
  }

  /** Like {@link #violations} but also lists the known spec deviations accepted, each with its reason. */
  public Result check(String method, String path, String rawQuery, String contentType, byte[] body,
      Map<String, List<String>> headers) {
    if (!available) {
      return new Result(List.of(), List.of());
    }
    String m = method.toUpperCase(Locale.ROOT);
    String p = path;
    int q = p.indexOf('?');
    if (q >= 0) {
      if (rawQuery == null) {
        rawQuery = p.substring(q + 1);
      }
      p = p.substring(0, q);
    }
    String prefix = m + " " + p + ": ";
    String[] reqSegs = split(p);
    Operation op = null;
    Set<String> otherMethods = new TreeSet<>();
    for (Operation o : operations) {
      if (!o.matchesPath(reqSegs)) {
        continue;
      }
      if (!o.method.equals(m)) {
        otherMethods.add(o.method);
      } else if (op == null || o.compareSpecificity(op) > 0) {
        op = o;
      }
    }
    if (op == null) {
      String msg = "no operation in the spec for " + m + " " + p
          + (otherMethods.isEmpty() ? "" : " (that path has " + String.join(", ", otherMethods) + ")");
      return new Result(List.of(msg), List.of());
    }

    List<Violation> found = new ArrayList<>();
    checkPath(op, reqSegs, found);
    checkQuery(op, rawQuery, found);
    Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
    checkHeaders(op, hdrs, found);
    checkBody(op, contentType, body, found);

    List<String> violations = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    if (op.extraReason != null) {
      accepted.add(m + " " + op.template + ": not in the spec — accepted: " + op.extraReason);
    }
    for (Violation v : found) {
      String reason = v.kind() == Violation.Kind.STRICTER_THAN_SPEC ? null
          : KnownSpecDeviations.tolerated(m, op.template, v);
      if (reason == null) {
        violations.add(prefix + v.message());
      } else {
        accepted.add(m + " " + op.template + ": " + v.message() + " — accepted: " + reason);
      }
    }
    return new Result(List.copyOf(violations), List.copyOf(accepted));
  }

  // ---------------------------------------------------------------- checks

  private static void checkPath(Operation op, String[] reqSegs, List<Violation> out) {
    for (int i = 0; i < reqSegs.length; i++) {
      if (op.literal[i]) {
        continue;
      }
      String name = op.segments[i].substring(1, op.segments[i].length() - 1);
      Param prm = op.pathParams.get(name);
      String value = decode(reqSegs[i], false);
      if (prm != null) {
        String err = scalarError(prm.schema(), value);
        if (err != null) {
          out.add(new Violation(Violation.Kind.PATH_PARAM, name, value,
              "path parameter " + name + "=" + value + ": " + err));
        }
      }
    }
  }

  private static void checkQuery(Operation op, String rawQuery, List<Violation> out) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Set<String> bracketed = new LinkedHashSet<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
        if (!op.queryParams.containsKey(name) && name.endsWith("[]")) {
          name = name.substring(0, name.length() - 2);
          bracketed.add(name);
        }
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    for (Param prm : op.queryParams.values()) {
      List<String> vs = values.get(prm.name());
      if (vs == null) {
        if (prm.required()) {
          out.add(new Violation(Violation.Kind.QUERY_MISSING, prm.name(), null,
              "required query parameter " + prm.name() + " is missing"));
        }
        continue;
      }
      JsonNode schema = prm.schema();
      boolean isArray = hasType(schema, "array");
      if (!isArray && bracketed.contains(prm.name())) {
        out.add(new Violation(Violation.Kind.QUERY_PARAM, prm.name(), vs.get(0),
            "query parameter " + prm.name() + "[] sent as an array, the spec declares a single "
                + typeText(schema)));
        continue;
      }
      JsonNode itemSchema = isArray ? schema.path("items") : schema;
      for (String v : vs) {
        String err = scalarError(itemSchema, v);
        if (err != null) {
          out.add(new Violation(Violation.Kind.QUERY_PARAM, prm.name(), v,
              "query parameter " + prm.name() + "=" + v + ": " + err));
        }
      }
    }
  }

  private static void checkHeaders(Operation op, Map<String, List<String>> headers, List<Violation> out) {
    for (Param h : op.requiredHeaders) {
      if (!present(headers, h.name().toLowerCase(Locale.ROOT))) {
        out.add(new Violation(Violation.Kind.HEADER_MISSING, h.name(), null,
            "required header " + h.name() + " is missing"));
      }
    }
    if (op.authHeaders.isEmpty()) {
      return;
    }
    for (String name : op.authHeaders) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (present(headers, lower) || present(headers, lower.replace('_', '-'))) {
        return;
      }
    }
    String name = op.authHeaders.get(0);
    out.add(new Violation(Violation.Kind.AUTH, name, null, "missing auth header " + name
        + " (or " + name.replace('_', '-') + "); the operation requires an API key"));
  }

  private static boolean present(Map<String, List<String>> headers, String name) {
    List<String> v = headers.get(name);
    return v != null && v.stream().anyMatch(s -> s != null && !s.isBlank());
  }

  private static void checkBody(Operation op, String contentType, byte[] body, List<Violation> out) {
    if (op.content.isEmpty()) {
      return; // no body declared: a body would be ignored by the server
    }
    boolean hasBody = body != null && body.length > 0;
    String declared = String.join(", ", op.content.keySet());
    if (!hasBody) {
      if (op.bodyRequired) {
        out.add(new Violation(Violation.Kind.BODY_MISSING, "", null,
            "missing required request body (" + declared + ")"));
      }
      return;
    }
    String media = contentType == null ? null
        : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (media == null || media.isEmpty()) {
      out.add(new Violation(Violation.Kind.CONTENT_TYPE, "", null,
          "request body without Content-Type (spec: " + declared + ")"));
      return;
    }
    if (!op.content.containsKey(media)) {
      out.add(new Violation(Violation.Kind.CONTENT_TYPE, media, media,
          "Content-Type " + media + " not allowed (spec: " + declared + ")"));
    }
    boolean json = media.equals("application/json") || media.endsWith("+json");
    if (!json) {
      return; // multipart / form-encoded bodies: media type only, no schema validation
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException e) {
      out.add(new Violation(Violation.Kind.BODY_PARSE, "", null,
          "body is not valid JSON: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())));
      return;
    }
    JsonSchema schema = op.content.get(media);
    if (schema != null) {
      for (ValidationMessage vm : schema.validate(node)) {
        String pointer = vm.getInstanceLocation().toString();
        if ("required".equals(vm.getType()) && vm.getProperty() != null) {
          pointer = pointer + "/" + vm.getProperty();
        }
        String keyword = vm.getType();
        out.add(new Violation(Violation.Kind.BODY_SCHEMA, keyword + " " + pointer,
            vm.getInstanceNode(), "body " + (pointer.isEmpty() ? "/" : pointer) + ": " + errorText(vm)
                + " [" + keyword + "]"));
      }
    }
    out.addAll(KnownSpecDeviations.stricterThanSpec(op.method, op.template, node));
  }

  private static String errorText(ValidationMessage vm) {
    String e = vm.getError();
    return e != null && !e.isBlank() ? e.trim() : vm.getMessage();
  }

  // ---------------------------------------------------------------- scalar typing

  private static boolean hasType(JsonNode schema, String type) {
    JsonNode t = schema.path("type");
    if (t.isTextual()) {
      return t.textValue().equals(type);
    }
    if (t.isArray()) {
      for (JsonNode e : t) {
        if (type.equals(e.asText())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String typeText(JsonNode schema) {
    JsonNode t = schema.path("type");
    return t.isMissingNode() ? "value" : t.isTextual() ? t.textValue() : t.toString();
  }

  /** Why a raw (already decoded) parameter value does not fit a scalar schema, or null if it does. */
  private static String scalarError(JsonNode schema, String v) {
    JsonNode t = schema.path("type");
    if (!t.isMissingNode()) {
      boolean ok = false;
      Iterator<JsonNode> types = t.isArray() ? t.elements() : List.of(t).iterator();
      while (types.hasNext() && !ok) {
        ok = switch (types.next().asText()) {
          case "integer" -> INTEGER.matcher(v).matches();
          case "number" -> NUMBER.matcher(v).matches();
          case "boolean" -> v.equals("true") || v.equals("false");
          case "null" -> v.isEmpty();
          default -> true; // string, object, array: any text
        };
      }
      if (!ok) {
        return "expected " + typeText(schema);
      }
    }
    JsonNode en = schema.get("enum");
    if (en != null && en.isArray()) {
      for (JsonNode e : en) {
        if (e.asText().equals(v)) {
          return null;
        }
      }
      return "not one of " + en;
    }
    return null;
  }

  // ---------------------------------------------------------------- loading

  private static OpenApiContract fromFile(Path spec) {
    try {
      String text = Files.readString(spec, StandardCharsets.UTF_8);
      return fromJson(text, spec.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenAPI spec " + spec, e);
    }
  }

  static OpenApiContract fromJson(String text, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("OpenAPI spec " + source + " is not valid JSON", e);
    }
    if (!root.path("openapi").asText().startsWith("3.1")) {
      throw new IllegalStateException("expected an OpenAPI 3.1 document in " + source
          + ", got openapi=" + root.path("openapi").asText());
    }
    JsonMetaSchema dialect = OpenApi31.getInstance();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri())
            .schemaLoaders(l -> l.schemas(Map.of(SPEC_IRI, text))));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER).build();

    List<Operation> ops = new ArrayList<>();
    JsonNode rootSecurity = root.path("security");
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> pe = paths.next();
      String template = pe.getKey();
      if (KnownSpecDeviations.IGNORED_SPEC_PATHS.containsKey(template)) {
        continue;
      }
      JsonNode item = pe.getValue();
      Iterator<Map.Entry<String, JsonNode>> methods = item.fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> me = methods.next();
        if (!METHODS.contains(me.getKey())) {
          continue;
        }
        JsonNode node = me.getValue();
        Operation op = new Operation(me.getKey().toUpperCase(Locale.ROOT), template);
        for (JsonNode params : List.of(item.path("parameters"), node.path("parameters"))) {
          for (JsonNode raw : params) {
            JsonNode prm = deref(root, raw);
            Param p = new Param(prm.path("name").asText(), prm.path("in").asText(),
                prm.path("required").asBoolean(false), deref(root, prm.path("schema")));
            switch (p.in()) {
              case "path" -> op.pathParams.put(p.name(), p);
              case "query" -> op.queryParams.put(p.name(), p);
              case "header" -> {
                if (p.required()) {
                  op.requiredHeaders.add(p);
                }
              }
              default -> { }
            }
          }
        }
        op.authHeaders.addAll(authHeaders(root, node.has("security") ? node.path("security") : rootSecurity));
        JsonNode rb = deref(root, node.path("requestBody"));
        if (!rb.isMissingNode()) {
          op.bodyRequired = rb.path("required").asBoolean(false);
          String rbPointer = node.path("requestBody").has("$ref")
              ? node.path("requestBody").path("$ref").asText().substring(1)
              : "/paths/" + escape(template) + "/" + me.getKey() + "/requestBody";
          Iterator<Map.Entry<String, JsonNode>> content = rb.path("content").fields();
          while (content.hasNext()) {
            Map.Entry<String, JsonNode> ce = content.next();
            String media = ce.getKey().toLowerCase(Locale.ROOT);
            JsonSchema schema = null;
            JsonNode s = ce.getValue().path("schema");
            if (!s.isMissingNode() && (media.equals("application/json") || media.endsWith("+json"))) {
              String pointer = s.size() == 1 && s.has("$ref") && s.path("$ref").asText().startsWith("#/")
                  ? s.path("$ref").asText().substring(1)
                  : rbPointer + "/content/" + escape(ce.getKey()) + "/schema";
              schema = factory.getSchema(SchemaLocation.of(SPEC_IRI + "#" + pointer), config);
              schema.initializeValidators();
            }
            op.content.put(media, schema);
          }
        }
        ops.add(op);
      }
    }
    for (KnownSpecDeviations.ExtraOperation x : KnownSpecDeviations.EXTRA_OPERATIONS) {
      Operation op = new Operation(x.method(), x.template());
      for (int i = 0; i < op.segments.length; i++) {
        if (!op.literal[i]) {
          String name = op.segments[i].substring(1, op.segments[i].length() - 1);
          JsonNode schema = MAPPER.createObjectNode().put("type", name.endsWith("identifier") || name.endsWith("slug") ? "string" : "integer");
          op.pathParams.put(name, new Param(name, "path", true, schema));
        }
      }
      if (!x.template().startsWith("/public/")) {
        op.authHeaders.add("api_access_token"); // the public client API takes no token
      }
      for (String ct : x.contentTypes()) {
        op.content.put(ct, null);
      }
      op.extraReason = x.reason();
      ops.add(op);
    }
    return new OpenApiContract(true, source, List.copyOf(ops));
  }

  private static List<String> authHeaders(JsonNode root, JsonNode security) {
    List<String> names = new ArrayList<>();
    if (!security.isArray() || security.isEmpty()) {
      return names;
    }
    for (JsonNode requirement : security) {
      if (requirement.isEmpty()) {
        return List.of(); // an empty alternative: auth is optional
      }
      boolean headerKey = false;
      Iterator<String> schemes = requirement.fieldNames();
      while (schemes.hasNext()) {
        JsonNode scheme = root.path("components").path("securitySchemes").path(schemes.next());
        if ("apiKey".equals(scheme.path("type").asText()) && "header".equals(scheme.path("in").asText())) {
          headerKey = true;
          if (!names.contains(scheme.path("name").asText())) {
            names.add(scheme.path("name").asText());
          }
        }
      }
      if (!headerKey) {
        return List.of(); // an alternative we cannot see in headers (e.g. cookie): do not insist
      }
    }
    return names;
  }

  private static JsonNode deref(JsonNode root, JsonNode node) {
    int guard = 0;
    while (node.has("$ref") && guard++ < 20) {
      String ref = node.path("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("external $ref not supported: " + ref);
      }
      node = root.at(ref.substring(1));
    }
    return node;
  }

  private static String escape(String pointerToken) {
    return pointerToken.replace("~", "~0").replace("/", "~1");
  }

  private static String[] split(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }

  private static String decode(String s, boolean plusIsSpace) {
    String t = plusIsSpace ? s : s.replace("+", "%2B");
    try {
      return URLDecoder.decode(t, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  @Override
  public String toString() {
    return "OpenApiContract[" + (available ? operations.size() + " operations from " : "unavailable: ") + source + "]";
  }
}
