package io.inquirly.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's three error shapes, and how each status is classified. */
class ApiExceptionTest {
  private static ApiException decode(int status, String contentType, String body) {
    return ApiException.fromResponse("POST", "/x", new ApiResponse(status,
        Map.of("content-type", List.of(contentType)), body.getBytes(StandardCharsets.UTF_8), Duration.ZERO));
  }

  @Test
  void errorString() {
    ApiException e = decode(404, "application/json", "{\"error\":\"Resource could not be found\"}");
    assertThat(e.getMessage()).isEqualTo("404 Not Found from POST /x: Resource could not be found");
    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
  }

  @Test
  void errorsArrayOfStringsAndOfObjects() {
    assertThat(decode(401, "application/json",
        "{\"errors\":[\"You need to sign in or sign up before continuing.\"]}").getMessage())
        .isEqualTo("401 Unauthorized from POST /x: You need to sign in or sign up before continuing.");
    assertThat(decode(400, "application/json",
        "{\"description\":\"bad\",\"errors\":[{\"field\":\"email\",\"message\":\"is invalid\",\"code\":\"x\"}]}")
        .getMessage()).isEqualTo("400 Bad Request from POST /x: email: is invalid");
  }

  @Test
  void messageWithAttributes() {
    ApiException e = decode(422, "application/json",
        "{\"message\":\"Email has already been taken, Phone number should be in e164 format\","
            + "\"attributes\":[\"email\",\"phone_number\"]}");
    assertThat(e.getMessage()).isEqualTo("422 Unprocessable Entity from POST /x: Email has already been taken, "
        + "Phone number should be in e164 format (email, phone_number)");
    assertThat(e.failure()).isEqualTo(Failure.INVALID);
  }

  @Test
  void plainTextAndEmptyBodies() {
    assertThat(decode(429, "text/plain", "Retry later\n").getMessage())
        .isEqualTo("429 Too Many Requests from POST /x: Retry later");
    assertThat(decode(429, "text/plain", "").getMessage()).isEqualTo("429 Too Many Requests from POST /x");
    assertThat(decode(418, "text/plain", "").getMessage()).isEqualTo("418 from POST /x");
  }

  @Test
  void classification() {
    assertThat(ApiException.classify(401, "Invalid Access Token")).isEqualTo(Failure.AUTHENTICATION);
    assertThat(ApiException.classify(401, "You are not authorized to do this action")).isEqualTo(Failure.PERMISSION);
    assertThat(ApiException.classify(401, "Non permissible resource")).isEqualTo(Failure.PERMISSION);
    assertThat(ApiException.classify(401, "You are not authorized to access this account"))
        .isEqualTo(Failure.PERMISSION);
    assertThat(ApiException.classify(402, "Account limit exceeded")).isEqualTo(Failure.PERMISSION);
    assertThat(ApiException.classify(502, null)).isEqualTo(Failure.SERVER);
    assertThat(ApiException.classify(409, null)).isEqualTo(Failure.INVALID);
  }

  @Test
  void redactorMasksKnownSecretsAndSecretLookingFields() {
    Redactor r = new Redactor(List.of("supersecrettoken"));
    assertThat(r.redact("Bearer supersecrettoken and {\"access_token\":\"abc\",\"hmac_token\":\"\",\"name\":\"x\"}"))
        .isEqualTo("Bearer **** and {\"access_token\":\"****\",\"hmac_token\":\"\",\"name\":\"x\"}");
    assertThat(Redactor.mask("abcdefghijkl")).isEqualTo("****ijkl");
    assertThat(Redactor.mask("short")).isEqualTo("****");
  }
}
