package io.inquirly.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartTest {
  @Test
  void textAndFilePartsWithClosingDelimiter() {
    Multipart m = new Multipart("B0UND");
    m.text("content", "héllo").file("attachments[]", "a \"q\".png", "PNG".getBytes(StandardCharsets.UTF_8));
    assertThat(m.contentType()).isEqualTo("multipart/form-data; boundary=B0UND");
    assertThat(new String(m.bytes(), StandardCharsets.UTF_8)).isEqualTo(
        "--B0UND\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nhéllo\r\n"
            + "--B0UND\r\nContent-Disposition: form-data; name=\"attachments[]\"; filename=\"a %22q%22.png\"\r\n"
            + "Content-Type: image/png\r\n\r\nPNG\r\n--B0UND--\r\n");
  }

  @Test
  void contentTypeFromTheExtension() {
    assertThat(Multipart.contentTypeOf("report.PDF")).isEqualTo("application/pdf");
    assertThat(Multipart.contentTypeOf("photo.jpeg")).isEqualTo("image/jpeg");
    assertThat(Multipart.contentTypeOf("README")).isEqualTo("application/octet-stream");
  }

  @Test
  void randomBoundariesDiffer() {
    assertThat(new Multipart().boundary()).isNotEqualTo(new Multipart().boundary()).startsWith("inquirly-");
  }
}
