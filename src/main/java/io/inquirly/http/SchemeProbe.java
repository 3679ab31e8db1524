package io.inquirly.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;

/**
 * After a request to the server failed without an answer: does the server speak the other scheme? An https URL
 * to a plain-HTTP port waits for a TLS answer that never comes (a timeout that says nothing useful), and an http
 * URL to a TLS port gets bytes that are not HTTP. One short look at the port tells which; it runs on that failure
 * path only, never before a request.
 */
final class SchemeProbe {
  private static final int TIMEOUT_MILLIS = 2000;

  private SchemeProbe() {}

  /** "http" or "https" when the server's port speaks the other scheme than {@code base}'s; null otherwise. */
  static String otherScheme(URI base) {
    String host = base.getHost();
    boolean tls = "https".equalsIgnoreCase(base.getScheme());
    int port = base.getPort() != -1 ? base.getPort() : tls ? 443 : 80;
    if (host == null) {
      return null;
    }
    try {
      return tls ? (speaksPlainHttp(host, port) ? "http" : null) : (speaksTls(host, port) ? "https" : null);
    } catch (IOException | RuntimeException e) {
      return null; // no clearer answer than the failure itself
    }
  }

  private static boolean speaksPlainHttp(String host, int port) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      s.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = s.getOutputStream();
      out.write(("HEAD / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] start = in.readNBytes(5);
      return new String(start, StandardCharsets.US_ASCII).equals("HTTP/");
    }
  }

  private static boolean speaksTls(String host, int port) throws IOException {
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      plain.setSoTimeout(TIMEOUT_MILLIS);
      SSLContext context = SSLContext.getDefault();
      try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
        tls.startHandshake();
        return true;
      } catch (SSLHandshakeException e) {
        // a server that answered the handshake (with a certificate we do not trust, say) speaks TLS
        return e.getMessage() == null || !e.getMessage().contains("Unsupported or unrecognized SSL message");
      } catch (SSLException e) {
        return false;
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      return false;
    }
  }
}
