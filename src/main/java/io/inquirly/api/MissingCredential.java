package io.inquirly.api;

/** No token of the kind an operation needs was configured; the CLI exits 3. */
public class MissingCredential extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public MissingCredential(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
