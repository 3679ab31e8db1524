package io.inquirly.output;

import static io.inquirly.output.Fixtures.ANN;
import static io.inquirly.output.Fixtures.BOB;
import static io.inquirly.output.Fixtures.json;
import static io.inquirly.output.Fixtures.list;
import static io.inquirly.output.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JqTest {
  private static OutputOptions jq(Format format, String expression) {
    return new OutputOptions(format, null, expression, false, false, 0);
  }

  @Test
  void listIsFilteredAsOneArrayAndStringsPrintRaw() {
    assertThat(list(jq(Format.JSON, ".[].name"), null, ANN, BOB)).isEqualTo("Ann\nBob\n");
  }

  @Test
  void nonStringResultsAreCompactJsonOnePerLine() {
    assertThat(list(jq(Format.JSON, ".[] | {id, plan: .custom_attributes.plan}"), null, ANN, BOB))
        .isEqualTo("{\"id\":1,\"plan\":\"pro\"}\n{\"id\":22,\"plan\":null}\n");
    assertThat(list(jq(Format.JSON, "(map(.id) | add), length, .[0].blocked"), null, ANN, BOB))
        .isEqualTo("23\n2\nfalse\n");
  }

  @Test
  void jqWinsOverTheOutputFormat() {
    for (Format f : Format.values()) {
      assertThat(list(jq(f, "[.[].id]"), List.of("name"), ANN, BOB)).isEqualTo("[1,22]\n");
    }
  }

  @Test
  void emptyListIsAnEmptyArray() {
    assertThat(list(jq(Format.TABLE, "length"), null)).isEqualTo("0\n");
    assertThat(list(jq(Format.TABLE, ".[]"), null)).isEmpty();
  }

  @Test
  void builtinsOfJq16AreAvailable() {
    assertThat(list(jq(Format.JSON, "sort_by(-.id) | map(.name) | join(\",\")"), null, ANN, BOB))
        .isEqualTo("Bob,Ann\n");
    assertThat(list(jq(Format.JSON, "[.[].id] | @csv"), null, ANN, BOB)).isEqualTo("1,22\n");
    assertThat(list(jq(Format.JSON, ".[] | select(.blocked) | .email"), null, ANN, BOB))
        .isEqualTo("bob@example.com\n");
  }

  @Test
  void singleIsFilteredAsTheObject() {
    assertThat(single(jq(Format.TABLE, ".custom_attributes"), null, ANN))
        .isEqualTo("{\"plan\":\"pro\",\"seats\":3}\n");
    assertThat(single(jq(Format.YAML, ".tags[]"), null, ANN)).isEqualTo("vip\nbeta\n");
  }

  @Test
  void rawBodyIsFiltered() {
    String out =
        Fixtures.render(
            jq(Format.TABLE, ".payload[0].id"), o -> o.raw(json("{'payload':[{'id':9}]}")));
    assertThat(out).isEqualTo("9\n");
    assertThat(Fixtures.render(jq(Format.TABLE, "."), o -> o.raw(null))).isEqualTo("null\n");
  }

  @Test
  void syntaxErrorFailsAtConstructionInOneLine() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new Output(jq(Format.JSON, ".foo |"), out))
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "invalid --jq expression '.foo |': unexpected end of expression at line 1, column 6;"
                + " see https://jqlang.github.io/jq/manual/");
    assertThatThrownBy(() -> new Output(jq(Format.JSON, ")"), out))
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "invalid --jq expression ')': Unexpected ')' at line 1, column 1;"
                + " see https://jqlang.github.io/jq/manual/");
    assertThatThrownBy(() -> new Output(jq(Format.JSON, "map(.id"), out))
        .hasMessageStartingWith("invalid --jq expression 'map(.id': unexpected end of expression")
        .hasMessageNotContaining("\n");
  }

  @Test
  void runtimeErrorIsAnOutputException() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    RecordSink sink = new Output(jq(Format.JSON, ".[] | .name + 1"), out).list(null);
    sink.add(ANN);
    assertThatThrownBy(sink::close)
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "--jq expression '.[] | .name + 1' failed: string (\"Ann\") and number (1) cannot be"
                + " added; check it against the JSON shape shown by -o json (or --raw)");
    assertThatThrownBy(() -> single(jq(Format.JSON, "nosuch"), null, ANN))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("failed: Function nosuch/0 does not exist;");
  }

  @Test
  void outputsCanRunInParallel() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    list(
                        jq(Format.JSON, "map(.id) | add"),
                        null,
                        json("{'id':" + n + "}"),
                        json("{'id':1000}"))));
      }
      for (int i = 0; i < 16; i++) {
        assertThat(results.get(i).get()).isEqualTo((1000 + i) + "\n");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
