package io.inquirly.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JSON for the client side: trees read and written with jackson-core's streaming parser and generator.
 * An ObjectMapper costs about 250 ms to create on a cold JVM, more than the rest of a command's start-up, so
 * the everyday path (parse an answer, print it) never makes one; {@link #mapper()} does, for the rare uses
 * that need data binding.
 */
public final class Json {
  private Json() {}

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final class Holder {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static final AtomicBoolean PARSER_PREPARED = new AtomicBoolean();

  /**
   * Gets the JSON parser ready on another thread while the caller does other work (a request is about to be
   * sent). Jackson's parser classes initialise BigDecimal, whose class initialiser computes 5^65536 since JDK
   * 25: ~20 ms of a one-request command, before the answer can be read. Earlier JDKs need no help.
   */
  public static void prepareParserInBackground() {
    if (Runtime.version().feature() < 25 || PARSER_PREPARED.getAndSet(true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try (JsonParser p = FACTORY.createParser(new byte[] {'0'})) {
        p.nextToken();
      } catch (IOException | RuntimeException e) {
        // only a head start: the first real parse does the same work
      }
    }, "inquirly-json-init");
    t.setDaemon(true);
    t.start();
  }

  /** A full ObjectMapper, created on first use (data binding, YAML conversions): not for the hot path. */
  public static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  public static JsonNodeFactory nodes() {
    return NODES;
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Parses one JSON document; trailing content is an error, as with ObjectMapper.readTree. */
  public static JsonNode parse(byte[] json) throws JsonProcessingException {
    try (JsonParser p = FACTORY.createParser(json)) {
      return parse(p);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(String json) throws JsonProcessingException {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode parse(JsonParser p) throws IOException {
    if (p.nextToken() == null) {
      return MissingNode.getInstance();
    }
    JsonNode node = read(p);
    if (p.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected content after the JSON value");
    }
    return node;
  }

  private static JsonNode read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String name = p.currentName();
          p.nextToken();
          o.set(name, read(p));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(read(p));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
    }
  }

  /** Compact JSON bytes (request bodies). */
  public static byte[] bytes(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Compact JSON text. */
  public static String compact(JsonNode node) {
    return text(node, false);
  }

  /**
   * A value as plain text: scalars as their text, objects and arrays as compact JSON. Use it instead of
   * {@code JsonNode.toString()}, which builds a whole ObjectMapper (hundreds of classes) on first use.
   */
  public static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : compact(node);
  }

  /** jq-style pretty JSON: 2-space indent, {@code "key": value}, empty {@code []} and {@code {}}. */
  public static String pretty(JsonNode node) {
    return text(node, true);
  }

  private static String text(JsonNode node, boolean pretty) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      }
      write(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> e = fields.next();
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode item : node) {
          write(g, item);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case NUMBER -> {
        if (node.isInt()) {
          g.writeNumber(node.intValue());
        } else if (node.isLong()) {
          g.writeNumber(node.longValue());
        } else if (node.isBigInteger()) {
          g.writeNumber(node.bigIntegerValue());
        } else if (node.isBigDecimal()) {
          g.writeNumber(node.decimalValue());
        } else if (node.isFloat()) {
          g.writeNumber(node.floatValue());
        } else {
          g.writeNumber(node.doubleValue());
        }
      }
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case MISSING, NULL -> g.writeNull();
      case BINARY -> g.writeBinary(node.binaryValue());
      default -> g.writeString(node.asText());
    }
  }

  static JsonNode parseResponse(ApiResponse response) {
    if (response.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return parse(response.body());
    } catch (JsonProcessingException e) {
      throw ApiException.unreadable(response, "its body is not JSON");
    }
  }
}
