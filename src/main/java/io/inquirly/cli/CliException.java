package io.inquirly.cli;

/** A failure the CLI itself detects, with its exit code and the fix. */
public class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int code;
  private final String hint;

  public CliException(int code, String message, String hint) {
    super(message);
    this.code = code;
    this.hint = hint;
  }

  public static CliException usage(String message, String hint) {
    return new CliException(ExitCode.USAGE, message, hint);
  }

  public int code() {
    return code;
  }

  public String hint() {
    return hint;
  }
}
