package io.inquirly.cli;

/** What a leaf command does once its arguments are parsed; returns the exit code. */
@FunctionalInterface
public interface Executable {
  int execute(Session session) throws Exception;
}
