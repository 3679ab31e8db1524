package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiException;
import io.inquirly.http.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code public survey show}: fetches the CSAT survey page (HTML, not JSON) and reports where it is, its
 * status and its title.
 */
final class SurveyPage implements Handler {
  private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Override
  public JsonNode run(Call call) {
    Invoker invoker = call.invoker();
    String path = invoker.expand(call.operation().path(), Map.of("conversation_uuid",
        call.value("conversation_uuid")));
    ApiResponse response = invoker.client().send(Invoker.build("GET", path, List.of(), (JsonNode) null,
        invoker.token(call.operation())));
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("url", invoker.client().base() + path);
    o.put("status", response.status());
    String type = response.header("content-type");
    o.put("content_type", type);
    Matcher m = TITLE.matcher(response.text());
    if (m.find()) {
      o.put("title", m.group(1).strip().replaceAll("\\s+", " "));
    } else {
      o.putNull("title");
    }
    if (type == null || !type.toLowerCase(Locale.ROOT).contains("html")) {
      throw new ApiException(io.inquirly.http.Failure.SERVER, response.status(),
          "the survey route answered " + type + ", not an HTML page", "the server may run with "
              + "CW_API_ONLY_SERVER=true, which removes the survey pages", null);
    }
    return o;
  }
}
