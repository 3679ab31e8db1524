package io.inquirly.cli;

import io.inquirly.common.UserError;
import io.inquirly.http.ApiException;
import io.inquirly.http.Cancelled;
import picocli.CommandLine;

/** The exit codes, one table (documented in 'inquirly help exit-codes' and the README). */
public final class ExitCode {
  private ExitCode() {}

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int AUTH = 3;
  public static final int NOT_FOUND = 4;
  public static final int PERMISSION = 5;
  public static final int RATE_LIMITED = 6;
  public static final int SERVER = 7;
  public static final int NETWORK = 8;
  public static final int PARTIAL = 9;
  public static final int INTERRUPTED = 130;

  /** The table as shown to people: code, meaning. */
  public static final String[][] TABLE = {
    {"0", "success"},
    {"1", "other failure"},
    {"2", "usage error or invalid input (flags, files, a 400/422 answer)"},
    {"3", "authentication: missing or invalid token (401)"},
    {"4", "not found (404)"},
    {"5", "permission denied (401 for a role or resource, 402, 403)"},
    {"6", "rate limited (429) for longer than --max-wait allows"},
    {"7", "server error (5xx, or an answer that cannot be read)"},
    {"8", "network failure or timeout"},
    {"9", "partial failure: some items of a bulk or batch run failed"},
    {"130", "interrupted (Ctrl-C)"},
  };

  /** A failure as the user sees it: exit code, one-line message, optional hint. */
  public record Outcome(int code, String message, String hint) {}

  public static Outcome of(Throwable t) {
    if (t instanceof ApiException e) {
      int code = switch (e.failure()) {
        case AUTHENTICATION -> AUTH;
        case PERMISSION -> PERMISSION;
        case NOT_FOUND -> NOT_FOUND;
        case INVALID -> USAGE;
        case RATE_LIMITED -> RATE_LIMITED;
        case SERVER -> SERVER;
        case NETWORK -> NETWORK;
        case OTHER -> FAILURE;
      };
      return new Outcome(code, e.getMessage(), e.hint());
    }
    if (t instanceof UserError e) {
      int code = switch (e.kind()) {
        case USAGE -> USAGE;
        case AUTHENTICATION -> AUTH;
        case PERMISSION -> PERMISSION;
        case OTHER -> FAILURE;
      };
      return new Outcome(code, e.getMessage(), e.hint());
    }
    if (t instanceof CommandLine.ParameterException e) {
      return new Outcome(USAGE, e.getMessage(), null);
    }
    if (t instanceof Cancelled) {
      return new Outcome(INTERRUPTED, "interrupted", null);
    }
    String m = t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    return new Outcome(FAILURE, "unexpected failure: " + m, "run again with --debug and report it");
  }
}
