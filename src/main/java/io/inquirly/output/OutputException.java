package io.inquirly.output;

/**
 * A bad output option (unknown format, {@code --jq} syntax error, {@code --jq} runtime error). The
 * message is one line that says the problem and the fix; callers print it as is.
 */
public class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }
}
