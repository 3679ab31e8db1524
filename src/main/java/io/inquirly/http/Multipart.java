package io.inquirly.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578): text parts and file parts, built in memory. File parts get a
 * content type guessed from the file name's extension.
 */
public final class Multipart {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
      Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
      Map.entry("json", "application/json"), Map.entry("html", "text/html"), Map.entry("zip", "application/zip"),
      Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("wav", "audio/wav"),
      Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"),
      Map.entry("doc", "application/msword"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

  private final String boundary;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public Multipart() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    this.boundary = "inquirly-" + HexFormat.of().formatHex(b);
  }

  /** For tests: a fixed boundary. */
  public Multipart(String boundary) {
    this.boundary = boundary;
  }

  public String boundary() {
    return boundary;
  }

  /** The Content-Type header value, with the boundary. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public Multipart text(String name, String value) {
    head("form-data; name=\"" + quote(name) + "\"", null);
    write(value.getBytes(StandardCharsets.UTF_8));
    write("\r\n");
    return this;
  }

  public Multipart file(String name, String fileName, byte[] data) {
    return file(name, fileName, contentTypeOf(fileName), data);
  }

  public Multipart file(String name, String fileName, String contentType, byte[] data) {
    head("form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(fileName) + "\"", contentType);
    write(data);
    write("\r\n");
    return this;
  }

  /** The finished body (the closing delimiter added). */
  public byte[] bytes() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return copy.toByteArray();
  }

  /** The content type for a file name's extension; application/octet-stream when unknown. */
  public static String contentTypeOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private void head(String disposition, String contentType) {
    write("--" + boundary + "\r\n");
    write("Content-Disposition: " + disposition + "\r\n");
    if (contentType != null) {
      write("Content-Type: " + contentType + "\r\n");
    }
    write("\r\n");
  }

  /** Quotes and line breaks cannot appear in a quoted header value: percent-encode them (as browsers do). */
  private static String quote(String s) {
    return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private void write(String s) {
    write(s.getBytes(StandardCharsets.UTF_8));
  }

  private void write(byte[] b) {
    out.writeBytes(b);
  }
}
