package io.inquirly.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiContractTest {

  private static final String A = "/api/v1/accounts/1";
  private static final Map<String, List<String>> AUTH = Map.of("api_access_token", List.of("tok"));
  private static final String JSON = "application/json";
  private static OpenApiContract contract;

  @BeforeAll
  static void loadSpec() {
    contract = OpenApiContract.load();
    assumeTrue(contract.available(), "OpenAPI spec not found (" + contract.source() + "); not on CI, skipping");
  }

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> get(String path, String query) {
    return contract.violations("GET", path, query, null, null, AUTH);
  }

  private static List<String> send(String method, String path, String body) {
    return contract.violations(method, path, null, JSON, body == null ? null : json(body), AUTH);
  }

  // ------------------------------------------------------------ good requests pass

  @Test
  void validContactsRequestsPass() {
    assertThat(send("POST", A + "/contacts",
        "{\"inbox_id\":1,\"name\":\"Alice\",\"email\":\"a@x.io\",\"custom_attributes\":{\"k\":1}}")).isEmpty();
    assertThat(send("PUT", A + "/contacts/42", "{\"name\":\"Bob\",\"blocked\":true}")).isEmpty();
    assertThat(contract.violations("POST", A + "/contacts/filter", "page=2", JSON, json(
        "{\"payload\":[{\"attribute_key\":\"email\",\"filter_operator\":\"contains\",\"values\":[\"@acme\"],"
            + "\"query_operator\":\"AND\"},{\"attribute_key\":\"name\",\"filter_operator\":\"equal_to\","
            + "\"values\":[\"x\"],\"query_operator\":\"OR\"}]}"), AUTH)).isEmpty();
    assertThat(get(A + "/contacts", "page=2&sort=-name&labels[]=vip&labels[]=b2b&include_contact_inboxes=false"))
        .isEmpty();
    assertThat(get(A + "/contacts/search", "q=alice%40acme&page=1")).isEmpty();
    assertThat(get(A + "/contacts/42", null)).isEmpty();
    assertThat(contract.violations("DELETE", A + "/contacts/42", null, null, null, AUTH)).isEmpty();
  }

  @Test
  void literalSegmentBeatsTemplate() {
    // if contacts/search were matched as contacts/{id}, id=search would be a non-integer id
    assertThat(get(A + "/contacts/search", "q=x")).isEmpty();
    // no GET on the literal: like the Rails router, it falls back to contacts/{id}, where id=filter is wrong
    assertThat(get(A + "/contacts/filter", null)).singleElement().asString()
        .contains("path parameter id=filter");
  }

  @Test
  void hyphenatedAuthHeaderIsTheSameKey() {
    assertThat(contract.violations("GET", A + "/contacts", null, null, null,
        Map.of("api-access-token", List.of("tok")))).isEmpty();
  }

  @Test
  void openApi31NullableTypeArraysAreUnderstood() {
    assertThat(send("PATCH", A, "{\"auto_resolve_after\":null,\"auto_resolve_message\":null}")).isEmpty();
    assertThat(send("PATCH", A, "{\"auto_resolve_after\":\"soon\"}")).singleElement().asString()
        .contains("PATCH " + A).contains("/auto_resolve_after");
  }

  @Test
  void publicApiNeedsNoAuth() {
    assertThat(contract.violations("POST", "/public/api/v1/inboxes/abcXYZ/contacts", null, JSON,
        json("{\"identifier\":\"u-1\",\"identifier_hash\":\"00ff\",\"name\":\"A\"}"), Map.of())).isEmpty();
  }

  // ------------------------------------------------------------ bad requests are caught

  @Test
  void unknownPathIsCaught() {
    assertThat(get("/api/v1/accounts/1/nonsense", null))
        .containsExactly("no operation in the spec for GET /api/v1/accounts/1/nonsense");
  }

  @Test
  void wrongMethodIsCaught() {
    assertThat(contract.violations("DELETE", A + "/contacts", null, null, null, AUTH)).singleElement()
        .asString().startsWith("no operation in the spec for DELETE " + A + "/contacts").contains("GET, POST");
  }

  @Test
  void nonIntegerPathIdIsCaught() {
    assertThat(get(A + "/contacts/abc", null)).singleElement().asString()
        .startsWith("GET " + A + "/contacts/abc: ").contains("path parameter id=abc");
    assertThat(get("/api/v1/accounts/one/contacts", null)).singleElement().asString()
        .contains("path parameter account_id=one");
  }

  @Test
  void missingAuthHeaderIsCaught() {
    assertThat(contract.violations("GET", A + "/contacts", null, null, null, Map.of())).singleElement()
        .asString().contains("missing auth header api_access_token");
    assertThat(contract.violations("GET", A + "/contacts", null, null, null,
        Map.of("authorization", List.of("Bearer x")))).hasSize(1);
  }

  @Test
  void bodyWithWrongTypeIsCaught() {
    assertThat(send("POST", A + "/contacts", "{\"inbox_id\":1,\"name\":5}")).singleElement().asString()
        .startsWith("POST " + A + "/contacts: body").contains("/name").contains("[type]");
    assertThat(send("POST", A + "/conversations/7/toggle_status", "{\"status\":\"closed\"}"))
        .singleElement().asString().contains("/status").contains("[enum]");
  }

  @Test
  void missingRequiredBodyIsCaught() {
    assertThat(send("POST", A + "/contacts", null)).singleElement().asString()
        .contains("missing required request body");
    assertThat(send("POST", A + "/conversations/7/labels", "{}")).singleElement().asString()
        .contains("/labels").contains("[required]");
  }

  @Test
  void badQueryParametersAreCaught() {
    assertThat(get(A + "/contacts", "page=two")).singleElement().asString().contains("page=two");
    assertThat(get(A + "/conversations", "status=closed")).singleElement().asString().contains("status=closed");
    assertThat(get("/api/v2/accounts/1/reports", "type=account")).singleElement().asString()
        .contains("required query parameter metric");
    assertThat(get("/api/v2/accounts/1/reports/inbox_label_matrix", "inbox_ids[]=1&inbox_ids[]=x"))
        .singleElement().asString().contains("inbox_ids=x");
    assertThat(get(A + "/contacts", "page[]=1")).singleElement().asString().contains("sent as an array");
  }

  @Test
  void badContentTypeAndJsonAreCaught() {
    assertThat(contract.violations("POST", A + "/contacts", null, "text/plain", json("name=x"), AUTH))
        .singleElement().asString().contains("Content-Type text/plain not allowed");
    assertThat(contract.violations("POST", A + "/contacts", null, null, json("{}"), AUTH))
        .singleElement().asString().contains("without Content-Type");
    assertThat(send("POST", A + "/contacts", "{\"inbox_id\":1,")).singleElement().asString()
        .contains("not valid JSON");
  }

  // ------------------------------------------------------------ known deviations (NOTES.md)

  @Test
  void knownDeviationsAreAcceptedWithTheirReason() {
    OpenApiContract.Result r = contract.check("POST", A + "/contacts", null, JSON,
        json("{\"name\":\"No Inbox\"}"), AUTH);
    assertThat(r.violations()).isEmpty();
    assertThat(r.acceptedDeviations()).singleElement().asString()
        .contains("/inbox_id").contains("NOTES §3");

    r = contract.check("GET", "/api/v2/accounts/1/reports/conversations", "type=agent&user_id=3", null, null, AUTH);
    assertThat(r.violations()).isEmpty();
    assertThat(r.acceptedDeviations()).singleElement().asString().contains("NOTES §7.15");
    // ...but only the documented value
    assertThat(get("/api/v2/accounts/1/reports/conversations", "type=inbox")).hasSize(1);

    r = contract.check("POST", A + "/contacts/import", null, "multipart/form-data; boundary=xyz",
        json("--xyz--"), AUTH);
    assertThat(r.violations()).isEmpty();
    assertThat(r.acceptedDeviations()).singleElement().asString().contains("NOTES §6");
    assertThat(contract.violations("POST", A + "/contacts/import", null, JSON, json("{}"), AUTH)).hasSize(1);
  }

  @Test
  void filterDeviationsAreNarrow() {
    String ok = "{\"payload\":[{\"attribute_key\":\"email\",\"filter_operator\":\"is_present\",\"values\":[],"
        + "\"query_operator\":\"and\"},{\"attribute_key\":\"name\",\"filter_operator\":\"contains\","
        + "\"values\":[\"a\"]}]}";
    OpenApiContract.Result r = contract.check("POST", A + "/contacts/filter", null, JSON, json(ok), AUTH);
    assertThat(r.violations()).isEmpty();
    // null is what the spec's own example shows but its schema rejects; the last item omits the key instead
    assertThat(send("POST", A + "/contacts/filter", ok.replace("[\"a\"]}", "[\"a\"],\"query_operator\":null}")))
        .hasSize(2).allMatch(v -> v.contains("/payload/1/query_operator"));
    assertThat(r.acceptedDeviations()).isNotEmpty().allMatch(s -> s.contains("NOTES §5"));
    String bad = "{\"payload\":[{\"attribute_key\":\"email\",\"filter_operator\":\"like\",\"values\":[\"a\"],"
        + "\"query_operator\":\"XOR\"}]}";
    assertThat(send("POST", A + "/contacts/filter", bad)).hasSize(2);
  }

  @Test
  void togglePriorityNoneIsRejectedAndNullAccepted() {
    String path = A + "/conversations/3/toggle_priority";
    assertThat(send("POST", path, "{\"priority\":\"none\"}")).singleElement().asString().contains("NOTES §7.7");
    assertThat(send("POST", path, "{\"priority\":null}")).isEmpty();
    assertThat(send("POST", path, "{\"priority\":\"high\"}")).isEmpty();
    assertThat(send("PATCH", A + "/conversations/3", "{\"priority\":\"none\"}")).hasSize(1);
    assertThat(send("PATCH", A + "/conversations/3", "{\"priority\":null}")).isEmpty();
  }

  @Test
  void everyOperationInOperationsTsvResolvesToItself() throws IOException {
    Path tsv = Path.of(contract.source()).resolveSibling("OPERATIONS.tsv");
    assumeTrue(Files.isRegularFile(tsv), "no OPERATIONS.tsv beside the spec");
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(tsv)) {
      String[] f = line.split("\t", -1);
      if (f.length < 6 || f[0].equals("need") || f[5].endsWith("/")) {
        continue; // header; the trailing-slash alias is ignored (NOTES §7.15)
      }
      String path = f[5].replaceAll("\\{[a-z_]*identifier\\}", "abc123")
          .replace("{conversation_uuid}", "5c0e7f0c-2a7b-4f3e-9d0a-1b2c3d4e5f60")
          .replaceAll("\\{[a-z_]+\\}", "7");
      for (String v : contract.violations(f[4], path, null, null, null, AUTH)) {
        if (v.contains("no operation") || v.contains("path parameter")) {
          problems.add(v);
        }
      }
      n++;
    }
    assertThat(n).isGreaterThan(100);
    assertThat(problems).isEmpty();
  }

  // ------------------------------------------------------------ loading

  @Test
  void missingSpecFailsOnCiAndIsUnavailableOtherwise(@TempDir Path temp) {
    // two levels down, so that the fallback ../shared/api/openapi.json is inside the temporary folder: next to the
    // temporary folder itself (/tmp/shared) a machine may hold anything
    Path dir = temp.resolve("work/project");
    Map<String, String> ci = Map.of("CI", "true", "INQUIRLY_OPENAPI", "nope/openapi.json");
    assertThatThrownBy(() -> OpenApiContract.load(ci, dir))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope/openapi.json");
    OpenApiContract off = OpenApiContract.load(Map.of("INQUIRLY_OPENAPI", "nope/openapi.json"), dir);
    assertThat(off.available()).isFalse();
    assertThat(off.violations("GET", "/anything", null, null, null, Map.of())).isEmpty();
    // fallback: ../shared/api/openapi.json relative to the working directory
    assertThatThrownBy(() -> OpenApiContract.load(Map.of("CI", "true"), dir))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("shared/api/openapi.json");
  }

  @Test
  void specPathPrecedence(@TempDir Path dir) {
    assertThat(OpenApiContract.specPath(Map.of("INQUIRLY_OPENAPI", "/a.json", "INQUIRLY_OPENAPI_DEFAULT", "/b.json"),
        dir)).isEqualTo(Path.of("/a.json"));
    assertThat(OpenApiContract.specPath(Map.of("INQUIRLY_OPENAPI_DEFAULT", "/b.json"), dir))
        .isEqualTo(Path.of("/b.json"));
    assertThat(OpenApiContract.specPath(Map.of(), dir.resolve("proj")))
        .isEqualTo(dir.resolve("shared/api/openapi.json"));
    Path real = Path.of(contract.source());
    assertThat(OpenApiContract.load(Map.of("CI", "true", "INQUIRLY_OPENAPI", real.toString()), dir).available())
        .isTrue();
  }
}
