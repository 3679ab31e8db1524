package io.inquirly.common;

/**
 * A failure the user can fix: a one-line message naming the problem, a hint naming the fix (or null), and
 * which kind of exit it is. Every layer raises its own subclass (invalid input, a missing credential, a bad
 * config or import file, the CLI's own checks); the CLI maps the kind to the exit code without knowing the
 * subclasses.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The exit it ends in: usage (2), authentication (3), permission (5: e.g. a token that reaches no account), or
   * other (1: e.g. a change the user did not confirm).
   */
  public enum Kind { USAGE, AUTHENTICATION, PERMISSION, OTHER }

  private final Kind kind;
  private final String hint;

  public UserError(Kind kind, String message, String hint) {
    super(message);
    this.kind = kind;
    this.hint = hint;
  }

  public Kind kind() {
    return kind;
  }

  public String hint() {
    return hint;
  }
}
