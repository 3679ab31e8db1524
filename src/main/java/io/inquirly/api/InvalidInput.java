package io.inquirly.api;

import io.inquirly.common.UserError;

/** The user's input cannot make a valid request; the CLI exits 2 with this message and hint. */
public class InvalidInput extends UserError {
  private static final long serialVersionUID = 1L;

  public InvalidInput(String message, String hint) {
    super(Kind.USAGE, message, hint);
  }

  public InvalidInput(String message) {
    this(message, null);
  }
}
