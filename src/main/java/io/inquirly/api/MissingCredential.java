package io.inquirly.api;

import io.inquirly.common.UserError;

/** No token of the kind an operation needs was configured; the CLI exits 3. */
public class MissingCredential extends UserError {
  private static final long serialVersionUID = 1L;

  public MissingCredential(String message, String hint) {
    super(Kind.AUTHENTICATION, message, hint);
  }
}
