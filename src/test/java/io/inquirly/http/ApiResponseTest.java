package io.inquirly.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiResponseTest {
  private static ApiResponse body(String text) {
    return new ApiResponse(200, Map.of(), text.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
  }

  @Test
  void emptyMeansNoBodyOrOnlyWhiteSpaceAsStringIsBlankSaysIt() {
    assertThat(body("").isEmpty()).isTrue();
    assertThat(body(" \r\n\t").isEmpty()).isTrue();
    assertThat(body("\u2003\n").isEmpty()).isTrue(); // non-ASCII white space
    assertThat(body("\n{\"a\":1}").isEmpty()).isFalse();
    assertThat(body(" é").isEmpty()).isFalse();
    assertThat(body("Retry later\n").isEmpty()).isFalse();
  }
}
