package io.inquirly.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void parsesCaseInsensitively() {
    assertThat(Format.parse("table")).isEqualTo(Format.TABLE);
    assertThat(Format.parse("JSON")).isEqualTo(Format.JSON);
    assertThat(Format.parse("JsonL")).isEqualTo(Format.JSONL);
    assertThat(Format.parse(" yaml ")).isEqualTo(Format.YAML);
    assertThat(Format.parse("csv")).isEqualTo(Format.CSV);
    assertThat(Format.parse("ids")).isEqualTo(Format.IDS);
  }

  @Test
  void unknownFormatNamesTheValidValues() {
    assertThatThrownBy(() -> Format.parse("xml"))
        .isInstanceOf(OutputException.class)
        .hasMessage("unknown output format 'xml'; use one of: table, wide, json, jsonl, yaml, csv, ids");
  }

  @Test
  void nullIsUnknown() {
    assertThatThrownBy(() -> Format.parse(null))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("use one of: table, wide, json");
  }

  @Test
  void optionsNormalise() {
    OutputOptions o = new OutputOptions(null, java.util.List.of(" id ", "", " "), "  ", false, false, -3);
    assertThat(o.format()).isEqualTo(Format.TABLE);
    assertThat(o.columns()).containsExactly("id");
    assertThat(o.jq()).isNull();
    assertThat(o.width()).isZero();
    assertThat(new OutputOptions(Format.CSV, java.util.List.of(" "), null, false, false, 0).columns())
        .isNull();
  }
}
