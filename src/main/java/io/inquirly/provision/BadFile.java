package io.inquirly.provision;

import io.inquirly.api.InvalidInput;

/** A resource file that cannot be applied; the message starts with {@code FILE:LINE:COLUMN:} (exit 2). */
public final class BadFile extends InvalidInput {
  private static final long serialVersionUID = 1L;

  public BadFile(Loc at, String message, String hint) {
    super((at == null ? "" : at + ": ") + message, hint);
  }

  public BadFile(Loc at, String message) {
    this(at, message, null);
  }
}
