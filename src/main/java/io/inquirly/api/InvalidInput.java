package io.inquirly.api;

/** The user's input cannot make a valid request; the CLI exits 2 with this message and hint. */
public class InvalidInput extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public InvalidInput(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public InvalidInput(String message) {
    this(message, null);
  }

  public String hint() {
    return hint;
  }
}
