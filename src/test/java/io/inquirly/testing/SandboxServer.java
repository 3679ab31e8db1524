package io.inquirly.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inquirly.Main;
import io.inquirly.cli.Io;
import io.inquirly.http.HttpTuning;
import io.inquirly.contract.OpenApiContract;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox for one test class, and the CLI run in-process against it. After the class, every request the
 * sandbox received is validated against the OpenAPI contract (except runs marked {@link #runOffContract}).
 *
 * <pre>{@code @RegisterExtension static final SandboxServer server = new SandboxServer();}</pre>
 */
public final class SandboxServer implements BeforeAllCallback, AfterAllCallback {
  public static final ObjectMapper JSON = new ObjectMapper();

  private final SandboxOptions options;
  private final Duration rateWindow;
  private Sandbox sandbox;
  private Path home;
  private final List<int[]> offContract = new ArrayList<>();
  /** Everything the CLI printed in this class's runs, checked for leaked tokens after the class. */
  private final List<String> printed = java.util.Collections.synchronizedList(new ArrayList<>());

  public SandboxServer() {
    this(SandboxOptions.defaults(), Duration.ofMinutes(1));
  }

  public SandboxServer(SandboxOptions options, Duration rateWindow) {
    this.options = options;
    this.rateWindow = rateWindow;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    sandbox = Sandbox.start(options, rateWindow);
    home = Files.createTempDirectory("inquirly-test-home");
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      validateContract();
      assertNoTokenLeaked();
    } finally {
      sandbox.close();
      try (var files = Files.walk(home)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void validateContract() {
    List<RecordedRequest> requests = sandbox.requests();
    List<RecordedRequest> checked = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      if (!excused(i)) {
        checked.add(requests.get(i));
      }
    }
    assertThat(contractViolations(checked)).as("requests that break the OpenAPI contract").isEmpty();
  }

  private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * What these requests break of the OpenAPI contract. Without the spec (only off CI: on CI loading fails), nothing
   * is checked, and the run says so loudly once rather than passing as if it had been: OpenApiContractTest shows as
   * skipped too.
   */
  public static List<String> contractViolations(List<RecordedRequest> requests) {
    OpenApiContract contract = OpenApiContract.load();
    if (!contract.available()) {
      if (WARNED.compareAndSet(false, true)) {
        System.err.println("\n*** WARNING: the OpenAPI contract was NOT checked: no spec at " + contract.source()
            + " (set INQUIRLY_OPENAPI to shared/api/openapi.json; on CI this is an error) ***\n");
      }
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    for (RecordedRequest r : requests) {
      problems.addAll(contract.violations(r.method(), r.path(), r.rawQuery(), r.contentType(), r.body(), r.headers()));
    }
    return problems;
  }

  /** No output of any run (stdout or stderr) contains a sandbox token, except runs that asked to reveal them. */
  private void assertNoTokenLeaked() {
    List<String> tokens = List.of(sandbox.adminToken(), sandbox.agentToken(), sandbox.botToken(),
        sandbox.platformToken());
    List<String> leaks = new ArrayList<>();
    synchronized (printed) {
      for (String text : printed) {
        for (String token : tokens) {
          if (text.contains(token)) {
            leaks.add(text.length() > 300 ? text.substring(0, 300) + "…" : text);
          }
        }
      }
    }
    assertThat(leaks).as("outputs that show a token").isEmpty();
  }

  private boolean excused(int index) {
    for (int[] range : offContract) {
      if (index >= range[0] && index < range[1]) {
        return true;
      }
    }
    return false;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /** The environment a user would have after {@code eval "$(inquirly sandbox)"}, with a private config file. */
  public Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("INQUIRLY_URL", sandbox.url().toString());
    env.put("INQUIRLY_TOKEN", sandbox.adminToken());
    env.put("INQUIRLY_ACCOUNT_ID", String.valueOf(sandbox.accountId()));
    env.put("INQUIRLY_PLATFORM_TOKEN", sandbox.platformToken());
    env.put("INQUIRLY_CONFIG", home.resolve("config.yaml").toString());
    env.put("HOME", home.toString());
    return env;
  }

  /** The client's timings for this sandbox: short backoffs, and the sandbox's own rate window. */
  public HttpTuning tuning() {
    return new HttpTuning(Duration.ofMillis(5), rateWindow);
  }

  public Path home() {
    return home;
  }

  public Result run(String... args) {
    return run(env(), "", args);
  }

  public Result run(Map<String, String> env, String stdin, String... args) {
    Result r = Cli.run(tuning(), env, stdin, args);
    printed.add(r.out());
    printed.add(r.err());
    return r;
  }

  /**
   * A run on a terminal {@code columns} wide: stdin, stdout and stderr are TTYs, COLUMNS is set, and {@code
   * extra} is added to the environment (e.g. TERM or NO_COLOR).
   */
  public Result runOnTerminal(int columns, Map<String, String> extra, String... args) {
    Map<String, String> env = new HashMap<>(env());
    env.put("COLUMNS", String.valueOf(columns));
    env.putAll(extra);
    Result r = Cli.run(tuning(), env, "", true, args);
    printed.add(r.out());
    printed.add(r.err());
    return r;
  }

  /** A run that is expected to print a token (e.g. --show-secrets): kept out of the leak check. */
  public Result runRevealingSecrets(String... args) {
    return Cli.run(tuning(), env(), "", args);
  }

  /** A run whose requests are deliberately outside the contract (bad input sent on purpose). */
  public Result runOffContract(String... args) {
    int before = sandbox.requests().size();
    Result r = run(args);
    offContract.add(new int[] {before, sandbox.requests().size()});
    return r;
  }

  public List<RecordedRequest> requests() {
    return sandbox.requests();
  }

  public RecordedRequest lastRequest() {
    List<RecordedRequest> all = sandbox.requests();
    assertThat(all).as("requests received").isNotEmpty();
    return all.get(all.size() - 1);
  }

  /** Requests received while running {@code body}. */
  public List<RecordedRequest> requestsDuring(Runnable body) {
    int before = sandbox.requests().size();
    body.run();
    List<RecordedRequest> all = sandbox.requests();
    return all.subList(before, all.size());
  }

  /** The outcome of one in-process run of the CLI. */
  public record Result(int code, String out, String err) {
    public JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("stdout is not JSON: " + out + "\nstderr: " + err, e);
      }
    }
  }

  /** Runs the CLI in-process without a sandbox. */
  public static final class Cli {
    private Cli() {}

    /** Short backoffs (tests against failing servers run fast) and Rack::Attack's one-minute windows. */
    public static final HttpTuning FAST = new HttpTuning(Duration.ofMillis(5), Duration.ofMinutes(1));

    public static Result run(Map<String, String> env, String stdin, String... args) {
      return run(FAST, env, stdin, args);
    }

    /**
     * The environment of a run against any server: its URL, a token, account 1 and no config file (a mutable map,
     * for tests that add to it).
     */
    public static Map<String, String> env(String url, String token) {
      Map<String, String> env = new HashMap<>();
      env.put("INQUIRLY_URL", url);
      env.put("INQUIRLY_TOKEN", token);
      env.put("INQUIRLY_ACCOUNT_ID", "1");
      env.put("INQUIRLY_CONFIG", "/nonexistent/config.yaml");
      return env;
    }

    /** As {@link #env(String, String)}, against a sandbox with its admin token. */
    public static Map<String, String> env(Sandbox sandbox) {
      return env(sandbox.url().toString(), sandbox.adminToken());
    }

    /** With the server's timings: a sandbox's rate window, a backoff. */
    public static Result run(HttpTuning tuning, Map<String, String> env, String stdin, String... args) {
      return run(tuning, env, stdin, false, args);
    }

    /** {@code tty}: stdin, stdout and stderr are terminals. */
    public static Result run(HttpTuning tuning, Map<String, String> env, String stdin, boolean tty, String... args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code;
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        Io io = Io.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, env);
        code = Main.run(args, tty ? io.withTty(true, true, true) : io, tuning);
      }
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
