package io.inquirly.http;

/** The user interrupted the run (Ctrl-C); the CLI exits 130. */
public final class Cancelled extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Cancelled() {
    super("cancelled");
  }
}
