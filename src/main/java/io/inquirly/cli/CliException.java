package io.inquirly.cli;

import io.inquirly.common.UserError;

/**
 * The CLI's own "bad input, here is the fix", named by its exit code: a {@link UserError} (one type, one mapping in
 * {@link ExitCode#of}); this subclass only spells the kind as the exit code cli code thinks in.
 */
public class CliException extends UserError {
  private static final long serialVersionUID = 1L;

  /**
   * @param code {@link ExitCode#USAGE}, {@link ExitCode#AUTH}, {@link ExitCode#PERMISSION} or
   *     {@link ExitCode#FAILURE}
   */
  public CliException(int code, String message, String hint) {
    super(kind(code), message, hint);
  }

  public static CliException usage(String message, String hint) {
    return new CliException(ExitCode.USAGE, message, hint);
  }

  private static Kind kind(int code) {
    return switch (code) {
      case ExitCode.USAGE -> Kind.USAGE;
      case ExitCode.AUTH -> Kind.AUTHENTICATION;
      case ExitCode.PERMISSION -> Kind.PERMISSION;
      case ExitCode.FAILURE -> Kind.OTHER;
      default -> throw new IllegalArgumentException("no user error ends in exit " + code);
    };
  }
}
