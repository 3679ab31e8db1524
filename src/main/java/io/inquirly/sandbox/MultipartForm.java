package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed {@code multipart/form-data} body (RFC 7578): text fields as Rails params, files aside. */
final class MultipartForm {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  /** One uploaded file. */
  record FilePart(String name, String fileName, String contentType, byte[] data) {}

  final ObjectNode fields = Json.object();
  final List<FilePart> files = new ArrayList<>();

  static boolean is(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /** Parses the body; a missing boundary or malformed body → 400 like Rack. */
  static MultipartForm parse(String contentType, byte[] body) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw ApiError.error(400, "Error occurred while parsing request parameters");
    }
    byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    MultipartForm form = new MultipartForm();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw ApiError.error(400, "Error occurred while parsing request parameters");
    }
    while (true) {
      int start = pos + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // closing delimiter
      }
      start += 2; // CRLF after the delimiter
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      int next = indexOf(body, delimiter, start);
      if (headerEnd < 0 || next < 0 || headerEnd > next) {
        throw ApiError.error(400, "Error occurred while parsing request parameters");
      }
      String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
      byte[] data = Arrays.copyOfRange(body, headerEnd + 4, next - 2); // minus the CRLF before the delimiter
      form.add(headers, data);
      pos = next;
    }
    return form;
  }

  private void add(String headers, byte[] data) {
    String disposition = null;
    String type = "application/octet-stream";
    for (String line : headers.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        disposition = line;
      } else if (lower.startsWith("content-type:")) {
        type = line.substring(line.indexOf(':') + 1).strip();
      }
    }
    if (disposition == null) {
      return;
    }
    Matcher n = NAME.matcher(disposition);
    if (!n.find()) {
      return;
    }
    String name = n.group(1);
    Matcher f = FILENAME.matcher(disposition);
    if (f.find()) {
      files.add(new FilePart(name, f.group(1), type, data));
      return;
    }
    String value = new String(data, StandardCharsets.UTF_8);
    if (name.endsWith("[]")) {
      String root = name.substring(0, name.length() - 2);
      JsonNode existing = fields.get(root);
      ArrayNode array = existing instanceof ArrayNode a ? a : fields.putArray(root);
      array.add(value);
    } else {
      fields.put(name, value);
    }
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
