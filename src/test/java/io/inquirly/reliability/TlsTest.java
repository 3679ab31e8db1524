package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TLS is verified by default; --cacert adds a CA; --insecure works but warns on every call. */
class TlsTest {
  private static HttpsServer server;
  private static Path cert;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("tls");
    Path store = dir.resolve("server.p12");
    cert = dir.resolve("server.pem");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    run(keytool, "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
        "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2");
    run(keytool, "-exportcert", "-rfc", "-keystore", store.toString(), "-storepass", "changeit", "-alias", "server",
        "-file", cert.toString());
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx));
    server.createContext("/api/v1/accounts/1/inboxes", ex -> {
      byte[] body = "{\"payload\":[{\"id\":7,\"name\":\"Secure\"}]}".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static Result inboxes(String... more) {
    Map<String, String> env = SandboxServer.Cli.env("https://127.0.0.1:" + server.getAddress().getPort(), "tls-test-token");
    String[] args = new String[more.length + 4];
    args[0] = "inboxes";
    args[1] = "list";
    args[2] = "-o";
    args[3] = "ids";
    System.arraycopy(more, 0, args, 4, more.length);
    return SandboxServer.Cli.run(env, "", args);
  }

  @Test
  void anUntrustedCertificateIsRefused() {
    Result r = inboxes("--max-retries", "0");
    assertThat(r.code()).isEqualTo(8);
    assertThat(r.err()).endsWith("failed: the server's TLS certificate is not trusted; trust its CA with --cacert "
        + "FILE (PEM); --insecure skips the check (unsafe)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void cacertTrustsIt() {
    Result r = inboxes("--cacert", cert.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("7\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void insecureWorksAndWarns() {
    Result r = inboxes("--insecure");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("7\n");
    assertThat(r.err()).isEqualTo("warning: --insecure: TLS certificates are not verified; anyone on the network can "
        + "read your token\n");
  }

  @Test
  void anHttpUrlToATlsPortSaysTheServerSpeaksHttps() {
    int port = server.getAddress().getPort();
    Result r = SandboxServer.Cli.run(SandboxServer.Cli.env("http://127.0.0.1:" + port, "tls-test-token"), "",
        "inboxes", "list", "--max-retries", "0", "--timeout", "2");
    assertThat(r.code()).isEqualTo(8);
    assertThat(r.err()).isEqualTo("error: GET http://127.0.0.1:" + port + "/api/v1/accounts/1/inboxes failed: this "
        + "server speaks https, not http; use https://127.0.0.1:" + port + " as --server (INQUIRLY_URL)\n");
  }

  @Test
  void anHttpsUrlToAPlainHttpPortSaysTheServerSpeaksHttp() throws Exception {
    try (io.inquirly.sandbox.Sandbox plain = io.inquirly.sandbox.Sandbox.start(
        io.inquirly.sandbox.SandboxOptions.defaults())) {
      int port = plain.url().getPort();
      // without the probe this was "timed out; raise --timeout" (a TLS client waits for an answer that never comes)
      Result r = SandboxServer.Cli.run(SandboxServer.Cli.env("https://127.0.0.1:" + port, plain.adminToken()), "",
          "inboxes", "list", "--max-retries", "0", "--timeout", "1");
      assertThat(r.code()).isEqualTo(8);
      assertThat(r.err()).isEqualTo("error: GET https://127.0.0.1:" + port + "/api/v1/accounts/1/inboxes failed: "
          + "this server speaks http, not https; use http://127.0.0.1:" + port + " as --server (INQUIRLY_URL)\n");
    }
  }

  @Test
  void aMissingCacertFileIsAClearError() {
    Result r = inboxes("--cacert", "/no/such/ca.pem");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: cannot set up TLS with --cacert /no/such/ca.pem: ");
  }
}
