package io.inquirly.bulk;

import io.inquirly.common.UserError;

/** The input file or the options are unusable (bad encoding, malformed CSV, unknown columns...): exit 2. */
public final class BulkInputException extends UserError {
  private static final long serialVersionUID = 1L;

  public BulkInputException(String message, String hint) {
    super(Kind.USAGE, message, hint);
  }
}
