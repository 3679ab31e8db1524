package io.inquirly.config;

import io.inquirly.common.UserError;

/** A configuration problem (bad file, unknown profile, missing setting): the CLI exits 2 with the hint. */
public class ConfigException extends UserError {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message, String hint) {
    super(Kind.USAGE, message, hint);
  }
}
