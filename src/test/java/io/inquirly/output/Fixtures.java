package io.inquirly.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Helpers shared by the output tests: parse JSON, render into a string. */
final class Fixtures {
  private Fixtures() {}

  static JsonNode json(String text) {
    try {
      return io.inquirly.http.Json.mapper().readTree(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OutputOptions piped(Format format) {
    return new OutputOptions(format, null, null, false, false, 0);
  }

  static OutputOptions tty(Format format) {
    return new OutputOptions(format, null, null, true, false, 0);
  }

  static String render(OutputOptions options, Consumer<Output> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    body.accept(new Output(options, out));
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Renders a list of records with the given default columns. */
  static String list(OutputOptions options, List<String> defaults, JsonNode... records) {
    return render(
        options,
        o -> {
          try (RecordSink sink = o.list(defaults)) {
            for (JsonNode r : records) {
              sink.add(r);
            }
          }
        });
  }

  static String single(OutputOptions options, List<String> defaults, JsonNode record) {
    return render(options, o -> o.single(record, defaults));
  }

  static final JsonNode ANN =
      json(
          "{'id':1,'name':'Ann','email':'ann@example.com','blocked':false,'phone':null,"
              + "'created_at':1700000000,'custom_attributes':{'plan':'pro','seats':3},"
              + "'tags':['vip','beta'],"
              + "'contact_inboxes':[{'source_id':'s-1','inbox':{'id':7}}]}");
  static final JsonNode BOB =
      json(
          "{'id':22,'name':'Bob','email':'bob@example.com','blocked':true,"
              + "'created_at':1600000000,'custom_attributes':{},'tags':[],"
              + "'contact_inboxes':[]}");
}
