package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.Json;
import io.inquirly.http.Multipart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Handler of {@code messages create}: a JSON body, or multipart/form-data when files are attached. */
final class MessageAttachments implements Handler {
  /** JSON normally; multipart/form-data with attachments[] file parts when --attach is given. */
  @Override
  public JsonNode run(Call call) {
    List<String> files = call.list("attach");
    ApiRequest json = call.request();
    if (files.isEmpty()) {
      if (call.value("content") == null && json.body() != null && tree(json.body()).path("content").isMissingNode()) {
        throw new InvalidInput("nothing to send", "give --content TEXT and/or --attach FILE");
      }
      return call.invoker().send(json);
    }
    Multipart form = new Multipart();
    JsonNode body = json.body() == null ? Json.object() : tree(json.body());
    body.fields().forEachRemaining(e -> addField(form, e.getKey(), e.getValue()));
    for (String file : files) {
      Path path = Path.of(file);
      try {
        form.file("attachments[]", path.getFileName().toString(), Files.readAllBytes(path));
      } catch (NoSuchFileException e) {
        throw new InvalidInput("cannot read --attach '" + file + "': no such file", "check the path");
      } catch (IOException e) {
        throw new InvalidInput("cannot read --attach '" + file + "': " + e.getMessage(), "check the path");
      }
    }
    return call.invoker().send(Invoker.build(json.method(), json.path(), json.query(), form.bytes(),
        form.contentType(), json.token()));
  }

  private static JsonNode tree(byte[] bytes) {
    try {
      return Json.parse(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("the request body built from the options is not JSON", e);
    }
  }

  /** Rails-style form names: objects as name[key], arrays as name[]. */
  private static void addField(Multipart form, String name, JsonNode value) {
    if (value.isObject()) {
      value.fields().forEachRemaining(e -> addField(form, name + "[" + e.getKey() + "]", e.getValue()));
    } else if (value.isArray()) {
      value.forEach(v -> addField(form, name + "[]", v));
    } else if (!value.isNull()) {
      form.text(name, value.asText());
    }
  }
}
