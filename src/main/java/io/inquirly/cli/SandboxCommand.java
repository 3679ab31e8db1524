package io.inquirly.cli;

import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inquirly sandbox}: runs the in-memory server in the foreground. Stdout gets shell {@code export}
 * lines (so {@code eval "$(inquirly sandbox &)"}-style set-ups and scripts can read them), stderr a human
 * summary.
 */
@Command(
    name = "sandbox",
    description = {
      "Run an in-memory Inquirly server for demos, scripts and tests.",
      "It answers like the real server (same envelopes, errors, paging and validation) and prints ready-made",
      "credentials as shell export lines on stdout. Switches simulate latency, proxy failures (503),",
      "rate limiting (429 'Retry later') and dropped connections. --production turns on a production server's",
      "throttles: 3000 requests per minute per client, 100 contact searches per minute per account, 100 report",
      "requests per minute per user and 1000 per account, in fixed one-minute windows, 429 without Retry-After."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  inquirly sandbox",
      "  inquirly sandbox --port 3000 --latency 200",
      "  inquirly sandbox --fail-rate 0.1 --rate-limit 300/min --drop-rate 0.02",
      "  inquirly sandbox --production --latency 20",
      "  inquirly sandbox > sandbox.env &  sleep 2; . ./sandbox.env; inquirly contacts list"
    })
public final class SandboxCommand implements Callable<Integer> {
  private static final Pattern RATE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:/\\s*min)?\\s*", Pattern.CASE_INSENSITIVE);

  private final Io io;

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: 0 = a free port).")
  int port;

  @Option(names = "--latency", paramLabel = "MS", description = "Delay every answer by MS milliseconds.")
  long latencyMillis;

  @Option(
      names = "--fail-rate",
      paramLabel = "F",
      description = "Probability 0..1 of answering 503 with an HTML page, like a proxy.")
  double failRate;

  @Option(
      names = "--rate-limit",
      paramLabel = "N/min",
      description = "Allow N requests per fixed minute, then answer 429 'Retry later' (default: unlimited).")
  String rateLimit;

  @Option(
      names = "--drop-rate",
      paramLabel = "F",
      description = "Probability 0..1 of closing the connection without any answer.")
  double dropRate;

  @Option(names = "--empty", description = "Start without the demo contacts and conversations.")
  boolean empty;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      description = "community or enterprise: whether the Enterprise-only routes (SLA policies, custom roles, "
          + "capacity policies, audit logs) exist (default: enterprise, community with --empty).")
  String edition;

  @Option(
      names = "--seed-contacts",
      paramLabel = "N",
      description = "Also add N generated contacts and N/20 planted duplicates of them, for 'contacts duplicates' "
          + "and 'contacts dedupe' (docs/hygiene.md says which kinds).")
  int seedContacts;

  @Option(
      names = "--production",
      description = "A production server's rate limits (Rack::Attack defaults); --rate-limit changes the per-client one.")
  boolean production;

  public SandboxCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    SandboxOptions options = options();
    if (edition != null && !edition.equals("community") && !edition.equals("enterprise")) {
      throw invalid("--edition must be community or enterprise, got '" + edition + "'");
    }
    Sandbox sandbox;
    try {
      sandbox = Sandbox.start(options);
      if (edition != null) {
        sandbox.enterprise(edition.equals("enterprise"));
      }
      sandbox.recordRequests(false); // only tests read them; kept, they would grow with every request
      if (seedContacts > 0) {
        sandbox.seedContacts(seedContacts);
      }
    } catch (IOException e) {
      io.err().println("inquirly sandbox: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              sandbox.close();
              stopped.countDown();
            },
            "inquirly-sandbox-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      announce(sandbox, options);
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      sandbox.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting: the hook is running or has run
      }
    }
    return 0;
  }

  /** Validates the option values into sandbox options (one-line ParameterException otherwise). */
  SandboxOptions options() {
    if (port < 0 || port > 65535) {
      throw invalid("--port must be between 0 and 65535, got " + port);
    }
    if (latencyMillis < 0) {
      throw invalid("--latency must be 0 or more milliseconds, got " + latencyMillis);
    }
    checkProbability("--fail-rate", failRate);
    checkProbability("--drop-rate", dropRate);
    return new SandboxOptions(port, latencyMillis, failRate, parseRate(rateLimit), dropRate, !empty, production);
  }

  private int parseRate(String value) {
    if (value == null) {
      return 0;
    }
    Matcher m = RATE.matcher(value);
    if (!m.matches()) {
      throw invalid("--rate-limit must look like N or N/min (e.g. 300/min), got '" + value + "'");
    }
    return Integer.parseInt(m.group(1));
  }

  private void checkProbability(String option, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw invalid(option + " must be a probability between 0 and 1, got " + value);
    }
  }

  private ParameterException invalid(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void announce(Sandbox sandbox, SandboxOptions options) {
    PrintStream out = io.out();
    out.println("export INQUIRLY_URL=" + sandbox.url());
    out.println("export INQUIRLY_TOKEN=" + sandbox.adminToken());
    out.println("export INQUIRLY_ACCOUNT_ID=" + sandbox.accountId());
    out.println("export INQUIRLY_PLATFORM_TOKEN=" + sandbox.platformToken());
    out.println("export INQUIRLY_INBOX_IDENTIFIER=" + sandbox.apiInboxIdentifier());
    out.flush();

    PrintStream err = io.err();
    err.println("Inquirly sandbox listening on " + sandbox.url() + " (account " + sandbox.accountId() + ", \"Acme Support\")");
    err.println("  admin token:  " + sandbox.adminToken() + "  (Admin Ada, admin@acme.test)");
    err.println("  agent token:  " + sandbox.agentToken() + "  (Agent Alan, agent@acme.test)");
    err.println("  bot token:    " + sandbox.botToken());
    err.println("  API inbox:    id 1, inbox_identifier " + sandbox.apiInboxIdentifier());
    err.println("  HMAC inbox:   id 2, inbox_identifier " + sandbox.hmacInboxIdentifier() + ", hmac_token "
        + sandbox.hmacInboxToken() + " (identity validation required)");
    err.println("  platform app: INQUIRLY_PLATFORM_TOKEN; it created account " + sandbox.accountId()
        + ", users 1-2 and agent bot 2");
    err.println(
        String.format(
            Locale.ROOT,
            "  switches:     latency %d ms, fail rate %s, rate limit %s, drop rate %s",
            options.latencyMillis(),
            options.failRate(),
            (options.clientLimit() == 0 ? "off" : options.clientLimit() + "/min per client")
                + (options.production() ? " (production: also " + SandboxOptions.PRODUCTION_SEARCH_LIMIT
                    + " contact searches/min per account, " + SandboxOptions.PRODUCTION_REPORTS_USER_LIMIT
                    + " report requests/min per user, " + SandboxOptions.PRODUCTION_REPORTS_ACCOUNT_LIMIT
                    + " per account)" : ""),
            options.dropRate()));
    err.println("Press Ctrl-C to stop.");
    err.flush();
  }
}
