package io.inquirly.output;

import io.inquirly.common.UserError;

/**
 * A bad output option (unknown format, {@code --jq} syntax error, {@code --jq} runtime error). The
 * message is one line that says the problem and the fix; callers print it as is.
 */
public class OutputException extends UserError {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(Kind.USAGE, message, null);
  }
}
