package io.inquirly.http;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the client talks HTTP for one run.
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for a whole response
 * @param maxRetries retries after the first attempt (429 always; 502/503/504 and I/O errors when idempotent)
 * @param retryBase first backoff delay; doubles each retry, with jitter, capped at {@link #MAX_BACKOFF}
 * @param ratePerSecond client-side pacing of requests (0 = none)
 * @param verbose log each request and response (secrets masked) to {@code log}
 * @param log where the verbose log and warnings go (stderr)
 * @param insecure skip TLS verification
 * @param caCert an extra trusted CA (PEM), or null
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Duration retryBase,
    double ratePerSecond,
    boolean verbose,
    PrintStream log,
    boolean insecure,
    Path caCert) {

  public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  public static HttpSettings defaults(PrintStream log) {
    return new HttpSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ofMillis(500), 0, false, log, false,
        null);
  }
}
