package io.inquirly.output;

import static io.inquirly.output.Fixtures.ANN;
import static io.inquirly.output.Fixtures.BOB;
import static io.inquirly.output.Fixtures.json;
import static io.inquirly.output.Fixtures.list;
import static io.inquirly.output.Fixtures.piped;
import static io.inquirly.output.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatsTest {
  private static final List<String> COLS = List.of("id", "name");

  @Test
  void jsonEmptyListIsEmptyArray() {
    assertThat(list(piped(Format.JSON), COLS)).isEqualTo("[]\n");
  }

  @Test
  void jsonOneRecord() {
    assertThat(list(piped(Format.JSON), COLS, json("{'id':1,'tags':['a'],'o':{},'e':[]}")))
        .isEqualTo(
            """
            [
              {
                "id": 1,
                "tags": [
                  "a"
                ],
                "o": {},
                "e": []
              }
            ]
            """);
  }

  @Test
  void jsonManyRecordsIsOneArrayAndIgnoresColumns() {
    assertThat(
            list(
                new OutputOptions(Format.JSON, List.of("id"), null, true, true, 80),
                COLS,
                json("{'id':1}"),
                json("{'id':2,'x':null}"),
                json("{'id':3}")))
        .isEqualTo(
            """
            [
              {
                "id": 1
              },
              {
                "id": 2,
                "x": null
              },
              {
                "id": 3
              }
            ]
            """);
  }

  @Test
  void jsonListIsStreamedRecordByRecord() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    RecordSink sink = new Output(piped(Format.JSON), out).list(COLS);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    sink.add(json("{'id':1}"));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[\n  {\n    \"id\": 1\n  }");
    sink.add(json("{'id':2}"));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("[\n  {\n    \"id\": 1\n  },\n  {\n    \"id\": 2\n  }");
    assertThat(sink.count()).isEqualTo(2);
    sink.close();
    sink.close(); // idempotent
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("[\n  {\n    \"id\": 1\n  },\n  {\n    \"id\": 2\n  }\n]\n");
  }

  @Test
  void jsonSingleIsPrettyObject() {
    assertThat(single(piped(Format.JSON), COLS, json("{'id':1,'a':{'b':[1,2]},'s':'é'}")))
        .isEqualTo(
            """
            {
              "id": 1,
              "a": {
                "b": [
                  1,
                  2
                ]
              },
              "s": "é"
            }
            """);
  }

  @Test
  void rawIsPrettyJsonWhateverTheFormat() {
    String out =
        Fixtures.render(
            piped(Format.CSV), o -> o.raw(json("{'payload':[{'id':1}],'meta':{'count':1}}")));
    assertThat(out)
        .isEqualTo(
            """
            {
              "payload": [
                {
                  "id": 1
                }
              ],
              "meta": {
                "count": 1
              }
            }
            """);
    assertThat(Fixtures.render(piped(Format.JSON), o -> o.raw(null))).isEmpty();
  }

  @Test
  void jsonlOneCompactRecordPerLine() {
    assertThat(list(piped(Format.JSONL), COLS, ANN, BOB))
        .isEqualTo(
            "{\"id\":1,\"name\":\"Ann\",\"email\":\"ann@example.com\",\"blocked\":false,"
                + "\"phone\":null,\"created_at\":1700000000,"
                + "\"custom_attributes\":{\"plan\":\"pro\",\"seats\":3},\"tags\":[\"vip\",\"beta\"],"
                + "\"contact_inboxes\":[{\"source_id\":\"s-1\",\"inbox\":{\"id\":7}}]}\n"
                + "{\"id\":22,\"name\":\"Bob\",\"email\":\"bob@example.com\",\"blocked\":true,"
                + "\"created_at\":1600000000,\"custom_attributes\":{},\"tags\":[],"
                + "\"contact_inboxes\":[]}\n");
    assertThat(list(piped(Format.JSONL), COLS)).isEmpty();
    assertThat(single(piped(Format.JSONL), COLS, json("{'id':1, 'a':[1]}")))
        .isEqualTo("{\"id\":1,\"a\":[1]}\n");
  }

  @Test
  void idsFallBackToDisplayIdThenSourceIdThenNothing() {
    assertThat(
            list(
                piped(Format.IDS),
                COLS,
                json("{'id':5,'display_id':9}"),
                json("{'id':null,'display_id':9}"),
                json("{'source_id':'abc'}"),
                json("{'name':'no id'}"),
                json("{'id':'uuid-1'}")))
        .isEqualTo("5\n9\nabc\nuuid-1\n");
    assertThat(list(piped(Format.IDS), COLS)).isEmpty();
    assertThat(single(piped(Format.IDS), COLS, ANN)).isEqualTo("1\n");
    assertThat(single(piped(Format.IDS), COLS, json("{'name':'x'}"))).isEmpty();
  }

  @Test
  void yamlListIsASequenceWithoutDocumentMarker() {
    assertThat(list(piped(Format.YAML), COLS, ANN, BOB))
        .isEqualTo(
            """
            - id: 1
              name: Ann
              email: ann@example.com
              blocked: false
              phone: null
              created_at: 1700000000
              custom_attributes:
                plan: pro
                seats: 3
              tags:
              - vip
              - beta
              contact_inboxes:
              - source_id: s-1
                inbox:
                  id: 7
            - id: 22
              name: Bob
              email: bob@example.com
              blocked: true
              created_at: 1600000000
              custom_attributes: {}
              tags: []
              contact_inboxes: []
            """);
  }

  @Test
  void yamlQuotesOnlyWhatWouldChangeMeaning() {
    assertThat(
            single(
                piped(Format.YAML),
                COLS,
                json("{'a':'123','b':'true','c':'x: y','d':'plain text','e':'l1\\nl2','f':'null','g':'no'}")))
        .isEqualTo(
            """
            a: "123"
            b: "true"
            c: "x: y"
            d: plain text
            e: |-
              l1
              l2
            f: "null"
            g: "no"
            """);
  }

  @Test
  void yamlMultiLineStringsStayValidInsideTheSequence() {
    assertThat(list(piped(Format.YAML), COLS, json("{'e':'l1\\nl2','k':1}")))
        .isEqualTo(
            """
            - e: |-
                l1
                l2
              k: 1
            """);
  }

  @Test
  void yamlEmptyListAndSingle() {
    assertThat(list(piped(Format.YAML), COLS)).isEqualTo("[]\n");
    assertThat(single(piped(Format.YAML), COLS, json("{'id':1,'tags':['a']}")))
        .isEqualTo("id: 1\ntags:\n- a\n");
  }
}
