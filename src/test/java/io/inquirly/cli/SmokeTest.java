package io.inquirly.cli;

import io.inquirly.testing.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmokeTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @Test
  void smoke() {
    for (String[] args : new String[][] {
        {"contacts", "create", "--name", "A", "--email", "a@x.io"}, {"contacts", "create", "--name", "B", "--email", "b@x.io"},
        {"contacts", "delete", "1", "2", "99", "--yes"}, {"contacts", "delete", "--help"}, {"contacts", "list", "--dry-run"},
        {"contacts", "create", "--name", "C", "--dry-run"}, {"contacts", "labels", "add", "3", "vip", "--dry-run"}, {"sandbox", "--help"}}) {
      SandboxServer.Result r = server.run(args);
      System.out.println("$ inquirly " + String.join(" ", args) + "  => " + r.code());
      System.out.print(r.out());
      System.out.print("[stderr] " + r.err());
    }
  }
}
