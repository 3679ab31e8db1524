package io.inquirly.provision;

/** A place in a resource file, for messages: {@code FILE:LINE:COLUMN}. */
public record Loc(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
