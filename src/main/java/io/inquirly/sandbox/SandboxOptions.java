package io.inquirly.sandbox;

/**
 * Start-up switches of a {@link Sandbox}.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free port
 * @param latencyMillis delay added before every answer
 * @param failRate probability (0..1) of answering 503 with a proxy-style HTML page
 * @param rateLimitPerMinute requests allowed per client per fixed window (one minute unless overridden); 0 =
 *     unlimited, or {@link #PRODUCTION_LIMIT} with {@code production}
 * @param dropRate probability (0..1) of closing the connection without any response
 * @param demoData start with demo records (contacts 1-3 and more) that documented examples use
 * @param production Rack::Attack's production throttles besides the per-client one: contact searches per
 *     account, report requests per user and per account (chatwoot-4.10/config/initializers/rack_attack.rb)
 */
public record SandboxOptions(
    int port, long latencyMillis, double failRate, int rateLimitPerMinute, double dropRate, boolean demoData,
    boolean production) {

  /** Rack::Attack's req/ip default (RACK_ATTACK_LIMIT). */
  public static final int PRODUCTION_LIMIT = 3000;
  /** RATE_LIMIT_CONTACT_SEARCH, per account. */
  public static final int PRODUCTION_SEARCH_LIMIT = 100;
  /** RATE_LIMIT_REPORTS_API_USER_LEVEL and RATE_LIMIT_REPORTS_API_ACCOUNT_LEVEL. */
  public static final int PRODUCTION_REPORTS_USER_LIMIT = 100;
  public static final int PRODUCTION_REPORTS_ACCOUNT_LIMIT = 1000;

  /** Without the production throttles. */
  public SandboxOptions(
      int port, long latencyMillis, double failRate, int rateLimitPerMinute, double dropRate, boolean demoData) {
    this(port, latencyMillis, failRate, rateLimitPerMinute, dropRate, demoData, false);
  }

  /** The per-client limit in force: the given one, or production's default. */
  public int clientLimit() {
    return rateLimitPerMinute == 0 && production ? PRODUCTION_LIMIT : rateLimitPerMinute;
  }

  public SandboxOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (latencyMillis < 0) {
      throw new IllegalArgumentException("latency must not be negative: " + latencyMillis);
    }
    checkProbability("failRate", failRate);
    checkProbability("dropRate", dropRate);
    if (rateLimitPerMinute < 0) {
      throw new IllegalArgumentException("rate limit must not be negative: " + rateLimitPerMinute);
    }
  }

  /** Free port, no latency, no failures, no rate limit, no dropped connections, no demo records. */
  public static SandboxOptions defaults() {
    return new SandboxOptions(0, 0, 0, 0, 0, false);
  }

  /** As {@link #defaults()}, with the demo records documented examples run against. */
  public static SandboxOptions demo() {
    return new SandboxOptions(0, 0, 0, 0, 0, true);
  }

  private static void checkProbability(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1: " + value);
    }
  }
}
