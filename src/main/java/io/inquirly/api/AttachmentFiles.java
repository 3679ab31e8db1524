package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiClient;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.ApiResponse;
import io.inquirly.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Handler of {@code conversations attachments}: every page of the list (100 a page, newest first) as one list,
 * and with {@code --download DIR} each attachment's file saved there as {@code MESSAGEID-FILENAME}. Files are
 * fetched through the run's client ({@link ApiClient#fetch}: its retries and pacing); the token goes with a file on
 * the configured server and never to another host: a file stored elsewhere (S3, a CDN), or redirected there, is
 * fetched without it.
 */
final class AttachmentFiles implements Handler {
  /** ATTACHMENT_RESULTS_PER_PAGE of chatwoot-4.10 conversations_controller.rb. */
  static final int PAGE_SIZE = 100;

  @Override
  public JsonNode run(Call call) {
    ApiRequest first = call.request();
    ObjectNode all = Json.object();
    ArrayNode payload = all.putArray("payload");
    JsonNode meta = null;
    for (int page = 1; ; page++) {
      JsonNode body = call.invoker().send(page == 1 ? first : first.withQuery("page", String.valueOf(page)));
      meta = body.path("meta");
      JsonNode records = body.path("payload");
      records.forEach(payload::add);
      long total = meta.path("total_count").asLong(-1);
      if (records.size() < PAGE_SIZE || total >= 0 && payload.size() >= total) {
        break;
      }
    }
    all.set("meta", meta);
    Object dir = call.value("download");
    if (dir != null) {
      download(call, Path.of(dir.toString()), payload);
    }
    return all;
  }

  private static void download(Call call, Path dir, ArrayNode records) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InvalidInput("cannot create --download directory '" + dir + "': " + e.getMessage(),
          "give a directory you can write to");
    }
    ApiClient client = call.invoker().client();
    URI base = client.base();
    String token = call.invoker().token(call.operation());
    Set<String> names = new HashSet<>();
    for (JsonNode r : records) {
      String dataUrl = r.path("data_url").asText("");
      if (dataUrl.isEmpty()) {
        continue;
      }
      URI url = base.resolve(dataUrl);
      ApiResponse answer = client.fetch(url, token);
      Path file = dir.resolve(name(r, url, names));
      try {
        Path part = Files.createTempFile(dir, ".download-", ".part");
        Files.write(part, answer.body());
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new InvalidInput("cannot write " + file + ": " + e.getMessage(), "check the --download directory");
      }
      ((ObjectNode) r).put("saved_as", file.toString());
    }
  }

  /** MESSAGEID-FILENAME from the URL's last segment, made safe for a file name and unique in this run. */
  static String name(JsonNode record, URI url, Set<String> taken) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    String last = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    String safe = last.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^\\.+", "_").strip();
    if (safe.isEmpty()) {
      safe = "attachment" + (record.hasNonNull("extension") ? "." + record.get("extension").asText() : "");
    }
    String name = record.path("message_id").asText("0") + "-" + safe;
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      int dot = name.lastIndexOf('.');
      candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
    return candidate;
  }
}
