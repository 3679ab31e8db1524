package io.inquirly.config;

/** A configuration problem (bad file, unknown profile, missing setting): the CLI exits 2 with the hint. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public ConfigException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
