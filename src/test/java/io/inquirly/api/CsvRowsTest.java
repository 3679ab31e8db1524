package io.inquirly.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV reports' rows as records: header, preamble, indentation, footer. */
class CsvRowsTest {
  @Test
  void headerFirstFooterLeftOut() {
    assertThat(CsvRows.records(CsvRows.parse("\uFEFFA,B\n1,\"x, \"\"y\"\"\"\nReporting period\n")).toString())
        .isEqualTo("[{\"A\":\"1\",\"B\":\"x, \\\"y\\\"\"}]");
  }

  @Test
  void aPreambleEndsAtTheBlankLine() {
    assertThat(CsvRows.records(CsvRows.parse("Timezone,(GMT+00:00)\n\nStart of the hour,2026-12-01\n00:00,3\n"))
        .toString()).isEqualTo("[{\"Start of the hour\":\"00:00\",\"2026-12-01\":\"3\"}]");
  }

  @Test
  void aBlankLineAfterAWideHeaderIsNoPreambleAndIndentationIsDropped() {
    assertThat(CsvRows.records(CsvRows.parse("A,B,C\n\n  \n  1,2,3\r\n")).toString())
        .isEqualTo("[{\"A\":\"1\",\"B\":\"2\",\"C\":\"3\"}]");
  }
}
