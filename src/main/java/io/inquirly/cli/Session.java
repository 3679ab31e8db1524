package io.inquirly.cli;

import io.inquirly.api.Credentials;
import io.inquirly.api.Invoker;
import io.inquirly.config.ConfigException;
import io.inquirly.config.ConfigFile;
import io.inquirly.config.Profile;
import io.inquirly.config.Resolver;
import io.inquirly.config.Target;
import io.inquirly.http.ApiClient;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.HttpSettings;
import io.inquirly.http.HttpTuning;
import io.inquirly.output.Format;
import io.inquirly.output.Output;
import io.inquirly.output.OutputOptions;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything one run needs, created on first use: resolved target, HTTP client, invoker, output. Closing
 * it releases the HTTP client so the JVM exits at once.
 */
public final class Session implements AutoCloseable {
  private final Io io;
  private final GlobalOptions options;
  private final HttpTuning tuning;
  private boolean longJob;
  private Target target;
  /** Every secret value of this run, including a token_command's token once it ran (the redactor reads it live). */
  private final List<String> secrets = new java.util.concurrent.CopyOnWriteArrayList<>();
  private ApiClient client;
  private Output output;

  public Session(Io io, GlobalOptions options) {
    this(io, options, HttpTuning.DEFAULT);
  }

  public Session(Io io, GlobalOptions options, HttpTuning tuning) {
    this.io = io;
    this.options = options;
    this.tuning = tuning;
  }

  public HttpTuning tuning() {
    return tuning;
  }

  /**
   * Marks the run as a long job (import, export, --all, a batch, apply): it waits out the server's rate limits
   * for as long as its windows require, unless --max-wait says otherwise. A single command gives up after
   * {@link HttpSettings#SINGLE_COMMAND_MAX_WAIT}.
   */
  public void longJob() {
    longJob = true;
    if (client != null) {
      client.maxWait(maxWait());
    }
  }

  private Duration maxWait() {
    if (options.maxWait() != null) {
      return MaxWait.parse(options.maxWait());
    }
    return longJob ? null : HttpSettings.SINGLE_COMMAND_MAX_WAIT;
  }

  public Io io() {
    return io;
  }

  public GlobalOptions options() {
    return options;
  }

  public ConfigFile configFile() {
    return new ConfigFile(ConfigFile.defaultPath(io.env()));
  }

  /** Flags, environment and profile, resolved once. */
  public Target target() {
    return target(false);
  }

  /** As {@link #target()}; {@code newProfileAllowed} lets 'auth login --profile NEW' name a profile to create. */
  public Target target(boolean newProfileAllowed) {
    if (target == null) {
      ConfigFile file = configFile();
      if (file.exists() && file.tooOpen()) {
        warn("config file " + file.path() + " is readable by others and holds tokens; run: chmod 600 " + file.path());
      }
      Profile flags = Profile.empty()
          .withUrl(options.url())
          .withToken(options.token())
          .withAccountId(options.account())
          .withPlatformToken(options.platformToken());
      target = new Resolver(io.env(), file).resolve(flags, options.profile(), newProfileAllowed);
      for (String key : Profile.KEYS) {
        String v = Resolver.setting(target.settings(), key);
        if (Profile.secret(key) && v != null) {
          secrets.add(v);
        }
      }
      if (target.tokenCommand() != null) {
        target.tokenCommand().onToken(secrets::add);
      }
    }
    return target;
  }

  /** The secret values of the settings resolved so far (none when resolution has not happened or failed). */
  public List<String> knownSecrets() {
    return List.copyOf(secrets);
  }

  /** Text quoted from a server or a file, fit for a one-line message: secrets masked, control characters escaped. */
  public String safe(String text) {
    return Terminal.escape(new io.inquirly.http.Redactor(knownSecrets()).redact(text));
  }

  public URI baseUrl() {
    String url = target().url();
    if (url == null) {
      throw new ConfigException("no server URL",
          "pass --server, set INQUIRLY_URL, or run 'inquirly auth login --server URL'");
    }
    return parseUrl(url);
  }

  /** A server URL as given by a person: http(s), with a host. */
  public static URI parseUrl(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("invalid server URL '" + url + "'", "write it like https://support.example.com");
    }
    if (uri.getScheme() == null || uri.getHost() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw new ConfigException("invalid server URL '" + url + "'", "write it like https://support.example.com");
    }
    return uri;
  }

  /**
   * A URL copied from the API's docs ({@code https://host/api/v1}, even {@code .../api/v1/accounts/1}) made
   * every path /api/v1/api/v1/... and its 404 advised checking the id: the server's root is used, with a
   * warning.
   */
  URI apiRoot(URI base) {
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    int at = path.indexOf("/api/v1");
    if (at < 0 || !(path.length() == at + 7 || path.charAt(at + 7) == '/')) {
      return base;
    }
    URI root = base.resolve(path.substring(0, at) + "/");
    String shown = root.toString().replaceAll("/$", "");
    warn("the server URL " + base + " points into the API; using its root " + shown
        + " (give the server's root URL: inquirly adds /api/v1 itself)");
    return URI.create(shown);
  }

  /** The HTTP client for this run (created once). */
  public ApiClient client() {
    if (client == null) {
      URI base = apiRoot(baseUrl());
      if (options.insecure()) {
        warn("--insecure: TLS certificates are not verified; anyone on the network can read your token");
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
      }
      if (base.getScheme().equals("http") && !loopback(base.getHost())
          && (target().settings().token() != null || target().tokenCommand() != null
              || target().platformToken() != null)) {
        warn("sending a token over plain http to " + base.getHost() + "; use https");
      }
      target();
      client = new ApiClient(base, httpSettings(), secrets);
    }
    return client;
  }

  HttpSettings httpSettings() {
    HttpSettings d = HttpSettings.defaults(io.err());
    Duration timeout = options.timeoutSeconds() == null ? d.requestTimeout()
        : Duration.ofMillis((long) (options.timeoutSeconds() * 1000));
    if (timeout.isNegative() || timeout.isZero()) {
      throw CliException.usage("--timeout must be more than 0 seconds", null);
    }
    int retries = options.maxRetries() == null ? d.maxRetries() : options.maxRetries();
    if (retries < 0) {
      throw CliException.usage("--max-retries must be 0 or more", null);
    }
    Duration connect = timeout.compareTo(d.connectTimeout()) < 0 ? timeout : d.connectTimeout();
    return new HttpSettings(connect, timeout, retries, tuning.retryBase(), Rates.perSecond(options.rate()),
        options.verbose(), io.err(), options.insecure(), options.cacert(), maxWait(), tuning.rateWindow());
  }

  private static boolean loopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?") && InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** An invoker for the account API; {@code dryRun} receives writes instead of sending them, when non-null. */
  public Invoker invoker(Consumer<ApiRequest> dryRun) {
    Target t = target();
    Map<String, String> defaults = new HashMap<>();
    putIfSet(defaults, "inbox_identifier", t.settings().inboxIdentifier());
    putIfSet(defaults, "contact_identifier", t.settings().contactIdentifier());
    // not a placeholder: the public API's contact commands read it to compute identifier_hash
    putIfSet(defaults, "hmac_token", t.settings().hmacToken());
    return new Invoker(client(), new Credentials(t.accountId(), (java.util.function.Supplier<String>) t::token, t.platformToken(),
        defaults), dryRun);
  }

  private static void putIfSet(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** The output for this run; built first so a bad -o or --jq fails before any request. */
  public Output output() {
    if (output == null) {
      Format format = options.output() == null ? Format.TABLE : Format.parse(options.output());
      // TERM=dumb: a terminal that shows escape sequences as text
      boolean color = io.stdoutTty() && !options.noColor() && io.getenv("NO_COLOR") == null
          && !"dumb".equals(io.getenv("TERM"));
      int width = format == Format.TABLE && io.stdoutTty() ? TerminalWidth.of(io) : 0;
      output = new Output(new OutputOptions(format, options.columns(), options.jq(), io.stdoutTty(), color, width),
          io.out(), this::warn);
    }
    return output;
  }

  /**
   * Asks "What? [y/N]" on a terminal; without one, refuses unless the command was given --yes (the caller
   * checks that). Throws when not confirmed, so nothing is changed.
   */
  public void confirm(String what, String hint) {
    if (!io.stdinTty()) {
      throw CliException.usage("refusing to " + what + " without --yes (stdin is not a terminal)", hint);
    }
    io.err().print(Character.toUpperCase(what.charAt(0)) + what.substring(1) + "? [y/N] ");
    io.err().flush();
    String answer = readLine();
    if (answer == null || !answer.toLowerCase(java.util.Locale.ROOT).matches("y|yes")) {
      throw new CliException(ExitCode.FAILURE, "not confirmed: nothing was changed", null);
    }
  }

  /** One line from stdin, stripped; null at the end of input. */
  public String readLine() {
    try {
      String line = new java.io.BufferedReader(new java.io.InputStreamReader(io.in(),
          java.nio.charset.StandardCharsets.UTF_8)).readLine();
      return line == null ? null : line.strip();
    } catch (java.io.IOException e) {
      return null;
    }
  }

  public void warn(String message) {
    io.err().println("warning: " + Terminal.escape(message));
  }

  /** A status line for people (stderr), e.g. "Deleted contact 42". */
  public void status(String message) {
    io.err().println(Terminal.escape(message)); // may quote names from the server
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }
}
