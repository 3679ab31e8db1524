package io.inquirly.http;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the client talks HTTP for one run.
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for a whole response
 * @param maxRetries retries of a request that failed without an answer or with 502/503/504, when it is safe to
 *     send again (429s are waited out within {@code maxWait} instead)
 * @param retryBase first backoff delay; doubles each retry, with jitter, capped at {@link #MAX_BACKOFF}
 * @param ratePerSecond client-side pacing of requests (0 = none)
 * @param verbose log each request and response (secrets masked) to {@code log}
 * @param log where the verbose log and warnings go (stderr)
 * @param insecure skip TLS verification
 * @param caCert an extra trusted CA (PEM), or null
 * @param maxWait how long the run may pause for the server's rate limits in all, or null for as long as its
 *     windows require
 * @param rateWindow the length of the server's rate-limit windows (Rack::Attack's period: one minute)
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
    Path caCert,
    Duration maxWait,
    Duration rateWindow) {

  public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  /** The pause budget of a single command; long jobs (imports, exports, --all, batches, apply) have none. */
  public static final Duration SINGLE_COMMAND_MAX_WAIT = Duration.ofMinutes(3);
  public static final Duration RACK_ATTACK_WINDOW = Duration.ofMinutes(1);

  public static HttpSettings defaults(PrintStream log) {
    return new HttpSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ofMillis(500), 0, false, log, false,
        null, SINGLE_COMMAND_MAX_WAIT, RACK_ATTACK_WINDOW);
  }
}
