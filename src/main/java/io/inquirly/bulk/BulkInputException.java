package io.inquirly.bulk;

/** The input file or the options are unusable (bad encoding, malformed CSV, unknown columns...): exit 2. */
public final class BulkInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public BulkInputException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
