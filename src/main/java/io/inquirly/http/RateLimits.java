package io.inquirly.http;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The server's rate limits as this process has learned them, shared by every thread of the run.
 *
 * <p>Production servers throttle with Rack::Attack (chatwoot-4.10/config/initializers/rack_attack.rb): 3000
 * requests a minute per client IP, 100 a minute per account on contacts/search, 100 a minute per user on the v2
 * reports, all in fixed windows aligned to the server's clock, answered with 429 "Retry later" and no
 * Retry-After. So on a 429 every thread pauses until the window has reset on the server's clock (read from its
 * Date headers), and from then on each window is used up to the number of requests it was seen to accept, then
 * one request at a time (a probe) until the next 429: later windows are used fully and at most one request per
 * window is answered 429. A search request counts in the global window and in the search one, as on the server.
 *
 * <p>Pauses come out of a time budget ({@code --max-wait}); a pause that would overrun it fails the run with
 * exit 6 at once instead of sleeping first. A Retry-After, when a server sends one, wins over the window.
 */
final class RateLimits {
  /** Retry-After values beyond this are taken as absent: no server means it, and waiting on it would hang. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

  /** The limits a request counts against. */
  enum Route {
    ALL("requests"),
    CONTACT_SEARCH("contact searches"),
    REPORTS("report requests");

    final String noun;

    Route(String noun) {
      this.noun = noun;
    }

    /** The specific limit of a path, or ALL (Rack::Attack matches these unanchored, on the path alone). */
    static Route of(String path) {
      int at = path.indexOf("/contacts/search");
      if (at > 0 && accountPath(path, "/api/v1/accounts/", at)) {
        return CONTACT_SEARCH;
      }
      at = path.indexOf("/reports");
      if (at > 0 && accountPath(path, "/api/v2/accounts/", at)) {
        return REPORTS;
      }
      return ALL;
    }

    /** Whether {@code path} has PREFIX followed by digits just before {@code end}. */
    private static boolean accountPath(String path, String prefix, int end) {
      int start = path.lastIndexOf(prefix, end);
      if (start < 0 || start + prefix.length() == end) {
        return false;
      }
      for (int i = start + prefix.length(); i < end; i++) {
        if (!Character.isDigit(path.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** One limit's state: the server window we are counting in and what it was seen to accept. */
  private static final class Window {
    final Route route;
    long id = Long.MIN_VALUE;
    int sent;
    int accepted;
    /** The most requests one window was seen to accept; 0 until the first 429 (no cap before that). */
    int learned;
    boolean probing;
    long pausedUntil;

    Window(Route route) {
      this.route = route;
    }
  }

  /** What a request was admitted under, handed back with its answer. */
  static final class Ticket {
    private final Window[] windows;
    private final long[] ids;
    private final boolean[] probes;
    final long sentMillis;

    private Ticket(Window[] windows, long[] ids, boolean[] probes, long sentMillis) {
      this.windows = windows;
      this.ids = ids;
      this.probes = probes;
      this.sentMillis = sentMillis;
    }
  }

  private final long windowMillis;
  private final long margin;
  private final ServerClock clock = new ServerClock();
  private final Window all = new Window(Route.ALL);
  private final Window search = new Window(Route.CONTACT_SEARCH);
  private final Window reports = new Window(Route.REPORTS);
  private long budgetMillis;
  private long spentMillis;
  private long pausedThrough;
  private int throttled;
  private boolean cancelled;
  private ApiException exhausted;
  private volatile Consumer<String> notices;

  /**
   * @param window the server's window length (one minute on Chatwoot)
   * @param maxWait the pause budget, or null for none (wait as long as the windows require)
   * @param notices where "rate limited ... resuming in" lines go
   */
  RateLimits(Duration window, Duration maxWait, Consumer<String> notices) {
    this.windowMillis = Math.max(1, window.toMillis());
    // resume a little after the reset: the limiter's clock and the one stamping Date may differ slightly
    this.margin = Math.max(20, windowMillis / 200);
    this.budgetMillis = maxWait == null ? -1 : maxWait.toMillis();
    this.notices = notices;
  }

  synchronized void maxWait(Duration maxWait) {
    budgetMillis = maxWait == null ? -1 : maxWait.toMillis();
  }

  void notices(Consumer<String> sink) {
    notices = sink;
  }

  /** 429 answers received so far. */
  synchronized int throttledCount() {
    return throttled;
  }

  /** Blocks until the request may be sent under every limit of its path; counts it there. */
  Ticket admit(String path) {
    Route route = Route.of(path);
    Window[] windows = route == Route.ALL ? new Window[] {all}
        : new Window[] {all, route == Route.CONTACT_SEARCH ? search : reports};
    long[] ids = new long[windows.length];
    boolean[] probes = new boolean[windows.length];
    synchronized (this) {
      // every limit is checked before any counts the request, so a request held back by one is not counted in another
      while (true) {
        check();
        long now = System.currentTimeMillis();
        long wait = 0;
        for (Window w : windows) {
          wait = Math.max(wait, waitFor(w, now));
        }
        if (wait > 0) {
          await(wait);
          continue;
        }
        for (int i = 0; i < windows.length; i++) {
          Window w = windows[i];
          if (w.learned > 0 && w.sent >= w.learned) {
            w.probing = true;
            probes[i] = true;
          }
          w.sent++;
          ids[i] = w.id;
        }
        return new Ticket(windows, ids, probes, now);
      }
    }
  }

  /** How long a request must wait under this limit now (0: it may go), rolling the window over when it ended. */
  private long waitFor(Window w, long now) {
    if (now < w.pausedUntil) {
      return w.pausedUntil - now;
    }
    long serverNow = clock.nowMillis(now);
    long id = Math.floorDiv(serverNow, windowMillis);
    if (id != w.id) {
      w.id = id;
      w.sent = 0;
      w.accepted = 0;
      w.probing = false;
    }
    if (w.learned > 0 && w.sent >= w.learned && w.probing) {
      // the window's known capacity is used: one probe at a time until it answers or the window ends
      return Math.max(1, (id + 1) * windowMillis - serverNow);
    }
    return 0;
  }

  /** Records an answer other than 429. */
  synchronized void answered(Ticket t, String date) {
    clock.observe(date, t.sentMillis, System.currentTimeMillis());
    for (int i = 0; i < t.windows.length; i++) {
      Window w = t.windows[i];
      if (w.id == t.ids[i]) {
        w.accepted++;
        if (w.learned > 0) {
          w.learned = Math.max(w.learned, w.accepted);
        }
      }
      if (t.probes[i]) {
        w.probing = false;
      }
    }
    notifyAll();
  }

  /** The request went unanswered (network failure): it frees its probe slot, nothing is learned. */
  synchronized void unanswered(Ticket t) {
    for (int i = 0; i < t.windows.length; i++) {
      if (t.probes[i]) {
        t.windows[i].probing = false;
      }
    }
    notifyAll();
  }

  /**
   * Records a 429 and pauses the limit it hit until its window resets, or for the server's Retry-After.
   *
   * @throws ApiException (rate limited) when the pause would overrun the budget
   */
  synchronized void throttled(Ticket t, String date, String retryAfter, String method, String target) {
    long now = System.currentTimeMillis();
    clock.observe(date, t.sentMillis, now);
    throttled++;
    // a 429 on a search or report request is taken as that route's limit; the global one shows on the others
    int last = t.windows.length - 1;
    Window w = t.windows[last];
    for (int i = 0; i < t.windows.length; i++) {
      if (t.probes[i]) {
        t.windows[i].probing = false;
      }
    }
    long retryAfterMillis = retryAfterMillis(retryAfter, now);
    long until;
    String why;
    if (retryAfterMillis >= 0) {
      until = now + retryAfterMillis;
      why = "as its Retry-After asks";
    } else {
      if (w.id == t.ids[last]) {
        w.learned = Math.max(w.learned, w.accepted);
      }
      // the window this answer was refused in, on the server's clock as its Date has just told it
      long refusedIn = Math.floorDiv(clock.nowMillis(now), windowMillis);
      until = Math.max(now, clock.localWhenServerReaches((refusedIn + 1) * windowMillis) + margin);
      why = "when its window resets";
    }
    notifyAll();
    if (until <= w.pausedUntil) {
      return; // another thread already paused this limit as long
    }
    long added = until - Math.max(now, pausedThrough);
    if (budgetMillis >= 0 && spentMillis + Math.max(0, added) > budgetMillis) {
      exhausted = new ApiException(Failure.RATE_LIMITED, 429,
          method + " " + target + ": rate limited by the server, and resuming (in " + Durations.format(until - now)
              + ", " + why + ") would take longer than --max-wait " + Durations.format(budgetMillis) + " allows",
          "run the same command again later, or allow a longer wait with --max-wait (e.g. --max-wait 10m)", null);
      throw exhausted;
    }
    spentMillis += Math.max(0, added);
    pausedThrough = Math.max(pausedThrough, until);
    w.pausedUntil = until;
    Consumer<String> sink = notices;
    if (sink != null) {
      sink.accept("rate limited by the server" + (w.route == Route.ALL ? "" : " on " + w.route.noun)
          + ": resuming in " + Durations.format(until - now) + " (" + why + ")"
          + (retryAfterMillis >= 0 ? "" : "; " + observed(w)));
    }
  }

  private String observed(Window w) {
    String per = windowMillis == 60_000 ? "per minute" : "per " + Durations.format(windowMillis) + " window";
    if (w.learned == 0) {
      return "its window was used up before any " + w.route.noun + " of this run";
    }
    return String.format(Locale.ROOT, "%,d %s %s observed", w.learned, w.route.noun, per);
  }

  /** Sleeps a backoff between retries of one request; {@link #cancel()} wakes it. */
  synchronized void sleep(long millis) {
    long end = System.currentTimeMillis() + millis;
    for (long left = millis; left > 0; left = end - System.currentTimeMillis()) {
      check();
      await(left);
    }
    check();
  }

  /** Wakes every waiting thread with {@link Cancelled} (Ctrl-C). */
  synchronized void cancel() {
    cancelled = true;
    notifyAll();
  }

  private void check() {
    if (cancelled) {
      throw new Cancelled();
    }
    if (exhausted != null) {
      throw exhausted;
    }
  }

  private void await(long millis) {
    try {
      wait(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  /**
   * A Retry-After in milliseconds from now: seconds or an HTTP date. -1 when absent, unreadable or absurd (over
   * {@link #LONGEST_RETRY_AFTER}, or a number too large to be a time), so the window rule applies instead.
   */
  static long retryAfterMillis(String value, long nowMillis) {
    if (value == null || value.isBlank()) {
      return -1;
    }
    String v = value.strip();
    long millis;
    if (v.chars().allMatch(Character::isDigit)) {
      if (v.length() > 9) {
        return -1;
      }
      millis = Long.parseLong(v) * 1000;
    } else {
      long at = HttpDates.parse(v);
      if (at < 0) {
        return -1;
      }
      millis = Math.max(0, at - nowMillis);
    }
    return millis > LONGEST_RETRY_AFTER.toMillis() ? -1 : millis;
  }
}
