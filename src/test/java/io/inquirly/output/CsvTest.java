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

class CsvTest {
  private static OutputOptions csv(List<String> columns) {
    return new OutputOptions(Format.CSV, columns, null, true, true, 40);
  }

  @Test
  void headerThenOneRowPerRecordWithNestedPathsAndArrays() {
    List<String> cols =
        List.of(
            "id",
            "name",
            "custom_attributes.plan",
            "tags",
            "contact_inboxes.0.source_id",
            "contact_inboxes",
            "created_at");
    assertThat(list(csv(cols), List.of("id"), ANN, BOB))
        .isEqualTo(
            "id,name,custom_attributes.plan,tags,contact_inboxes.0.source_id,contact_inboxes,created_at\r\n"
                + "1,Ann,pro,vip;beta,s-1,\"[{\"\"source_id\"\":\"\"s-1\"\",\"\"inbox\"\":{\"\"id\"\":7}}]\",1700000000\r\n"
                + "22,Bob,,,,,1600000000\r\n");
  }

  @Test
  void quotesOnlyCommasQuotesAndLineBreaksAndEndsRecordsWithCrLf() {
    List<String> cols = List.of("a", "b", "c", "d", "e", "f");
    assertThat(
            list(
                csv(cols),
                null,
                json(
                    "{'a':'Smith, John','b':'say \\\"hi\\\"','c':'l1\\nl2','d':'x\\ry',"
                        + "'e':' pad ','f':'plain é'}")))
        .isEqualTo("a,b,c,d,e,f\r\n\"Smith, John\",\"say \"\"hi\"\"\",\"l1\nl2\",\"x\ry\", pad ,plain é\r\n");
  }

  @Test
  void objectsAreCompactJsonAndNullsEmpty() {
    assertThat(list(csv(List.of("o", "n", "b")), null, json("{'o':{'k':'v'},'n':null,'b':false}")))
        .isEqualTo("o,n,b\r\n\"{\"\"k\"\":\"\"v\"\"}\",,false\r\n");
  }

  @Test
  void defaultColumnsApplyWithoutColumnsOption() {
    assertThat(list(piped(Format.CSV), List.of("id", "email"), ANN, BOB))
        .isEqualTo("id,email\r\n1,ann@example.com\r\n22,bob@example.com\r\n");
  }

  @Test
  void emptyListPrintsTheHeaderWhenColumnsAreKnown() {
    assertThat(list(piped(Format.CSV), List.of("id", "name"))).isEqualTo("id,name\r\n");
    assertThat(list(piped(Format.CSV), null)).isEmpty();
  }

  @Test
  void withoutColumnsTheFirstRecordsFieldsAreUsed() {
    assertThat(list(piped(Format.CSV), null, json("{'id':1,'n':'a'}"), json("{'n':'b','id':2}")))
        .isEqualTo("id,n\r\n1,a\r\n2,b\r\n");
  }

  @Test
  void isStreamed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    RecordSink sink = new Output(piped(Format.CSV), out).list(List.of("id"));
    sink.add(json("{'id':1}"));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("id\r\n1\r\n");
    sink.close();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("id\r\n1\r\n");
  }

  @Test
  void singleIsHeaderAndOneRow() {
    assertThat(single(piped(Format.CSV), List.of("id", "name"), ANN)).isEqualTo("id,name\r\n1,Ann\r\n");
    assertThat(single(csv(List.of("custom_attributes.seats")), List.of("id"), ANN))
        .isEqualTo("custom_attributes.seats\r\n3\r\n");
  }
}
