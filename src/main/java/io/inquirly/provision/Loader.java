package io.inquirly.provision;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads resource files: YAML (several documents, or a list) or JSON, keeping the line and column of every key so
 * that errors point into the file. Strings are interpolated: {@code ${VAR}}, {@code ${VAR:-default}} from the
 * environment, {@code ${file:path}} from a file (relative to the resource file), {@code $${} for a literal
 * {@code ${}. Fields are checked against the kind and typed.
 */
public final class Loader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern VAR = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");

  private final Function<String, String> env;
  private final InputStream stdin;

  /**
   * @param env environment lookup (null for unset)
   * @param stdin where {@code -} reads from
   */
  public Loader(Function<String, String> env, InputStream stdin) {
    this.env = env;
    this.stdin = stdin;
  }

  /** Every resource of these files, directories ({@code *.yaml, *.yml, *.json}, sorted) or {@code -}. */
  public List<Resource> load(List<String> sources) {
    List<Resource> out = new ArrayList<>();
    for (String s : sources) {
      if (s.equals("-")) {
        try {
          out.addAll(parse("<stdin>", new String(stdin.readAllBytes(), StandardCharsets.UTF_8), Path.of(".")));
        } catch (IOException e) {
          throw new BadFile(null, "cannot read stdin: " + e.getMessage());
        }
        continue;
      }
      Path path = Path.of(s);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          for (Path f : files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)")).sorted().toList()) {
            out.addAll(file(f));
          }
        } catch (IOException e) {
          throw new BadFile(null, "cannot read directory " + s + ": " + e.getMessage());
        }
      } else {
        out.addAll(file(path));
      }
    }
    checkDuplicates(out);
    return out;
  }

  private List<Resource> file(Path f) {
    try {
      Path dir = f.toAbsolutePath().getParent();
      return parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), dir == null ? Path.of(".") : dir);
    } catch (NoSuchFileException e) {
      throw new BadFile(null, "no such file: " + f, "give -f FILE, a directory of .yaml files, or - for stdin");
    } catch (IOException e) {
      throw new BadFile(null, "cannot read " + f + ": " + e.getMessage());
    }
  }

  /** The resources of one file's text. */
  public List<Resource> parse(String name, String text, Path dir) {
    String trimmed = text.stripLeading();
    boolean json = trimmed.startsWith("{") || trimmed.startsWith("[") && name.endsWith(".json");
    JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
    List<Resource> out = new ArrayList<>();
    try (JsonParser p = factory.createParser(text)) {
      Reader reader = new Reader(p, name, dir);
      while (p.nextToken() != null) {
        Loc docAt = reader.loc(p.currentTokenLocation());
        if (p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(reader.resource());
          }
        } else if (p.currentToken() == JsonToken.START_OBJECT) {
          out.add(reader.resource());
        } else if (p.currentToken() != JsonToken.VALUE_NULL) {
          throw new BadFile(docAt, "expected a resource (kind: ..., fields) or a list of them");
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage();
      msg = msg == null ? "unreadable" : msg.strip().lines().findFirst().orElse(msg);
      throw new BadFile(l == null ? new Loc(name, 0, 0) : new Loc(name, l.getLineNr(), l.getColumnNr()),
          "not valid " + (json ? "JSON" : "YAML") + ": " + msg, "check the indentation and quoting there");
    } catch (IOException e) {
      throw new BadFile(new Loc(name, 0, 0), "cannot read: " + e.getMessage());
    }
    checkDuplicates(out);
    return out;
  }

  private static void checkDuplicates(List<Resource> all) {
    Map<String, Resource> seen = new HashMap<>();
    for (Resource r : all) {
      Resource before = seen.putIfAbsent(r.kind().name() + "\u0000" + r.key(), r);
      if (before != null) {
        throw new BadFile(r.at(), r.title() + " is declared twice (first at " + before.at() + ")");
      }
    }
  }

  /** Builds one resource's tree from the parser, with locations and interpolation. */
  private final class Reader {
    private final JsonParser p;
    private final String name;
    private final Path dir;
    private Map<String, Loc> locs;

    Reader(JsonParser p, String name, Path dir) {
      this.p = p;
      this.name = name;
      this.dir = dir;
    }

    Loc loc(JsonLocation l) {
      return new Loc(name, l.getLineNr(), l.getColumnNr());
    }

    Resource resource() throws IOException {
      Loc at = loc(p.currentTokenLocation());
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new BadFile(at, "expected a resource (kind: ..., fields), got " + p.getText());
      }
      locs = new LinkedHashMap<>();
      ObjectNode o = (ObjectNode) node("");
      return typed(o, at, locs);
    }

    private JsonNode node(String path) throws IOException {
      JsonToken t = p.currentToken();
      // the streaming parser hands an alias over as a string holding the anchor's name: never apply that
      if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
        throw new BadFile(loc(p.currentTokenLocation()), "YAML aliases (*" + p.getText() + ") are not supported",
            "write the value out, or share it through an environment variable (${VAR})");
      }
      switch (t) {
        case START_OBJECT -> {
          ObjectNode o = NODES.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Loc l = loc(p.currentTokenLocation());
            String sub = path.isEmpty() ? key : path + "." + key;
            if (o.has(key)) {
              throw new BadFile(l, "duplicate key '" + key + "'");
            }
            locs.put(sub, l);
            p.nextToken();
            o.set(key, node(sub));
          }
          return o;
        }
        case START_ARRAY -> {
          ArrayNode a = NODES.arrayNode();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            String sub = path + "[" + i++ + "]";
            locs.put(sub, loc(p.currentTokenLocation()));
            a.add(node(sub));
          }
          return a;
        }
        case VALUE_STRING -> {
          return NODES.textNode(interpolate(p.getText(), loc(p.currentTokenLocation())));
        }
        case VALUE_NUMBER_INT -> {
          return NODES.numberNode(p.getBigIntegerValue().longValueExact());
        }
        case VALUE_NUMBER_FLOAT -> {
          return NODES.numberNode(p.getDecimalValue());
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
        }
        case VALUE_NULL -> {
          return NODES.nullNode();
        }
        default -> throw new BadFile(loc(p.currentTokenLocation()), "unexpected " + t);
      }
    }

    private String interpolate(String text, Loc at) {
      if (!text.contains("${")) {
        return text;
      }
      Matcher m = VAR.matcher(text);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String inner = m.group(1);
        String value;
        if (inner == null) {
          value = "${";
        } else if (inner.startsWith("file:")) {
          Path f = dir.resolve(inner.substring(5).strip());
          try {
            value = Files.readString(f, StandardCharsets.UTF_8).stripTrailing();
          } catch (IOException e) {
            throw new BadFile(at, "cannot read ${" + inner + "}: no such file " + f, "the path is relative to "
                + "the resource file");
          }
        } else {
          int dflt = inner.indexOf(":-");
          String var = dflt < 0 ? inner : inner.substring(0, dflt);
          if (!var.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new BadFile(at, "invalid variable '${" + inner + "}'", "write ${NAME} or ${NAME:-default}");
          }
          String v = env.apply(var);
          if (v == null || v.isEmpty()) {
            if (dflt < 0) {
              throw new BadFile(at, "environment variable " + var + " is not set",
                  "set it, or give a default: ${" + var + ":-value}");
            }
            v = inner.substring(dflt + 2);
          }
          value = v;
        }
        m.appendReplacement(sb, Matcher.quoteReplacement(value));
      }
      m.appendTail(sb);
      return sb.toString();
    }
  }

  /** Checks kind and keys, types the values, and makes the resource. */
  static Resource typed(ObjectNode o, Loc at, Map<String, Loc> locs) {
    JsonNode kindNode = o.remove("kind");
    if (kindNode == null || !kindNode.isTextual()) {
      throw new BadFile(at, "missing kind", "start the document with kind: one of " + String.join(", ",
          Kinds.names()));
    }
    Kind kind = Kinds.find(kindNode.asText());
    if (kind == null) {
      throw new BadFile(locs.getOrDefault("kind", at), "unknown kind '" + kindNode.asText() + "'",
          "use one of " + String.join(", ", Kinds.names()));
    }
    ObjectNode spec = NODES.objectNode();
    var it = o.properties().iterator();
    while (it.hasNext()) {
      var e = it.next();
      String f = e.getKey();
      Kind.Type type = kind.fields().get(f);
      Loc l = locs.getOrDefault(f, at);
      if (type == null) {
        throw new BadFile(l, "unknown key '" + f + "' for " + kind.name(), "keys of " + kind.name() + ": "
            + String.join(", ", kind.fields().keySet()));
      }
      spec.set(f, coerce(kind, f, type, e.getValue(), l));
    }
    kind.key(spec); // fills key defaults (a category's locale)
    for (String k : kind.keyFields()) {
      if (!spec.hasNonNull(k) || spec.get(k).asText().isEmpty()) {
        throw new BadFile(at, kind.name() + " needs " + k, "its natural key: " + String.join(" + ", kind.keyFields()));
      }
    }
    String key = kind.key(spec);
    Resource r = new Resource(kind, key, spec, at, Map.copyOf(locs));
    kind.checkChoices(r);
    kind.validate(r);
    return r;
  }

  private static JsonNode coerce(Kind kind, String f, Kind.Type type, JsonNode v, Loc at) {
    if (v.isNull()) {
      return v;
    }
    String what = kind.name() + " " + f;
    switch (type) {
      case STRING -> {
        if (v.isContainerNode()) {
          throw new BadFile(at, what + " must be text, got " + (v.isArray() ? "a list" : "an object"));
        }
        return NODES.textNode(v.asText());
      }
      case BOOLEAN -> {
        if (v.isBoolean()) {
          return v;
        }
        if (v.isTextual() && v.asText().matches("true|false")) {
          return NODES.booleanNode(Boolean.parseBoolean(v.asText()));
        }
        throw new BadFile(at, what + " must be true or false, got " + v);
      }
      case INTEGER -> {
        if (v.isIntegralNumber()) {
          return v;
        }
        if (v.isTextual() && v.asText().matches("-?\\d{1,18}")) {
          return NODES.numberNode(Long.parseLong(v.asText()));
        }
        throw new BadFile(at, what + " must be a whole number, got " + v);
      }
      case LIST -> {
        if (!v.isArray()) {
          throw new BadFile(at, what + " must be a list, e.g. [a, b]");
        }
        ArrayNode a = NODES.arrayNode();
        for (JsonNode item : v) {
          if (item.isContainerNode() || item.isNull()) {
            throw new BadFile(at, what + " must be a list of names");
          }
          a.add(item.asText());
        }
        return a;
      }
      case OBJECT -> {
        if (!v.isObject()) {
          throw new BadFile(at, what + " must be a map of keys to values");
        }
        return v;
      }
      default -> {
        return v;
      }
    }
  }
}
