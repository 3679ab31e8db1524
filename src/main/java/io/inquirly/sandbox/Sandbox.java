package io.inquirly.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory Inquirly server on 127.0.0.1 that answers like the real one (NOTES.md): same envelopes,
 * error bodies, page sizes and validation. Every instance is independent; many can run in one JVM.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
 *   // GET sandbox.url() + "/api/v1/profile" with header api_access_token: sandbox.adminToken()
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
  /** Threads serving requests: enough for 50 concurrent clients even with latency switched on. */
  private static final int THREADS = 64;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Dispatcher dispatcher;
  private final Store store;
  private final Seed seed;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Sandbox(HttpServer server, ExecutorService executor, Dispatcher dispatcher, Store store, Seed seed) {
    this.server = server;
    this.executor = executor;
    this.dispatcher = dispatcher;
    this.store = store;
    this.seed = seed;
  }

  /** Starts a sandbox whose rate limit (if any) counts in fixed one-minute windows. */
  public static Sandbox start(SandboxOptions options) throws IOException {
    return start(options, Duration.ofMinutes(1));
  }

  /**
   * Starts a sandbox whose rate limit counts {@code options.rateLimitPerMinute()} requests per
   * {@code rateWindow} instead of per minute (tests use a short window).
   */
  public static Sandbox start(SandboxOptions options, Duration rateWindow) throws IOException {
    Store store = new Store();
    Seed seed = Seed.plant(store, options.demoData());
    Router router = Routes.all();
    Dispatcher dispatcher = new Dispatcher(store, router, new Faults(options, rateWindow));

    // The JDK server writes the headers and the body separately; without TCP_NODELAY, Nagle + delayed ACK
    // add ~40 ms to every answer. The property is read once, when the first HttpServer of the JVM starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, options.port()), 256);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads(server));
    server.createContext("/", dispatcher);
    server.setExecutor(executor);
    server.start();
    return new Sandbox(server, executor, dispatcher, store, seed);
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The pre-created account ("Acme Support"). */
  public long accountId() {
    return seed.accountId();
  }

  /** Access token of the account's administrator (Admin Ada, admin@acme.test). */
  public String adminToken() {
    return seed.adminToken();
  }

  /** Access token of the account's agent (Agent Alan, agent@acme.test), member of the API inbox. */
  public String agentToken() {
    return seed.agentToken();
  }

  /** Access token of the account's agent bot. */
  public String botToken() {
    return seed.botToken();
  }

  /** Access token of the platform app (it created the account and both users). */
  public String platformToken() {
    return seed.platformToken();
  }

  /** Public identifier of the pre-created API inbox (id 1), for the public API. */
  public String apiInboxIdentifier() {
    return seed.apiInboxIdentifier();
  }

  /** Public identifier of the second API inbox (id 2), which enforces identity validation (hmac_mandatory). */
  public String hmacInboxIdentifier() {
    return seed.hmacInboxIdentifier();
  }

  /** HMAC token of the identity-validating inbox: identifier_hash = HMAC-SHA256(identifier, this token), hex. */
  public String hmacInboxToken() {
    return seed.hmacInboxToken();
  }

  /** Every request answered (or dropped) so far, in arrival order; a snapshot. */
  public List<RecordedRequest> requests() {
    return dispatcher.requests();
  }

  public void clearRequests() {
    dispatcher.clearRequests();
  }

  /**
   * Whether requests are kept for {@link #requests()} (on from the start). Each one holds its headers and body
   * for the sandbox's lifetime: 'inquirly sandbox', where nobody can read them, switches recording off so that
   * a long session (a 100k-row import) does not grow its memory without bound.
   */
  public void recordRequests(boolean on) {
    dispatcher.recordRequests(on);
  }

  /**
   * How {@code bulk_actions}' background jobs behave: each runs before the {@code afterRequests}-th later request
   * (1: the next one), leaves the {@code unchanged} ids as they are, or, {@code refused}, the endpoint is absent
   * (404). Counted in requests so that tests never depend on time.
   */
  public void bulkActionJobs(int afterRequests, java.util.Set<Long> unchanged, boolean refused) {
    synchronized (store.lock()) {
      BulkActionJobs.of(store).settings(new BulkActionJobs.Settings(afterRequests, Set.copyOf(unchanged), refused));
    }
  }

  /**
   * Which edition the sandbox acts as: an Enterprise server serves the Enterprise-only routes (SLA policies,
   * custom roles, capacity policies, audit logs); a Community server answers them as it has no controller for
   * them. Demo sandboxes start as Enterprise, empty ones as Community.
   */
  public void enterprise(boolean on) {
    synchronized (store.lock()) {
      store.enterprise = on;
    }
  }

  /**
   * Adds {@code n} generated contacts and {@code n / 20} planted duplicates of them (see {@link SeedDuplicates}
   * for which and how); returns the first generated contact's id.
   */
  public long seedContacts(int n) {
    return withStore(s -> {
      Store.Account account = s.accounts.get(seed.accountId());
      return SeedDuplicates.plant(s, account, account.inboxes.values().iterator().next(), n);
    });
  }

  /** Test hook of this package: reads or changes the state under the store lock. */
  <T> T withStore(java.util.function.Function<Store, T> action) {
    synchronized (store.lock()) {
      return action.apply(store);
    }
  }

  /** Stops at once: open connections are closed, worker threads interrupted. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads(HttpServer server) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, "inquirly-sandbox-" + server.getAddress().getPort() + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
