package io.inquirly.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every operation names the upstream server files it was checked against ({@code .source(...)}), so that the next
 * server release can be checked against the same files (docs/upstream.md). When the reference copy is present
 * ({@code INQUIRLY_UPSTREAM}, default {@code ../shared/chatwoot-4.10}), each named file must exist there, except
 * Enterprise files, which the copy does not hold.
 */
class UpstreamSourcesTest {

  static Path upstream() {
    String dir = System.getenv("INQUIRLY_UPSTREAM");
    Path p = Path.of(dir == null ? "../shared/chatwoot-4.10" : dir);
    return Files.isDirectory(p.resolve("app")) ? p : null;
  }

  @Test
  void everyOperationNamesItsServerFiles() {
    List<String> none = new ArrayList<>();
    for (Operation op : Catalogue.operations()) {
      if (op.sources().isEmpty()) {
        none.add(op.commandLine());
      }
    }
    assertThat(none).as("operations without .source(...)").isEmpty();
  }

  @Test
  void theNamedFilesExistUpstream() {
    Path root = upstream();
    if (root == null) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (Operation op : Catalogue.operations()) {
      for (String file : op.sources()) {
        if (!file.startsWith("enterprise/") && !Files.exists(root.resolve(file))) {
          missing.add(op.commandLine() + ": " + file);
        }
      }
    }
    assertThat(missing).as("sources not found in " + root).isEmpty();
  }

  @Test
  void theAuditPageCoversEveryGroup() throws IOException {
    String page = Files.readString(Path.of("docs/upstream.md"));
    List<String> absent = new ArrayList<>();
    for (Catalogue.Entry e : Catalogue.entries()) {
      if (!page.contains("### " + e.name() + "\n")) {
        absent.add(e.name());
      }
    }
    assertThat(absent).as("groups without a section in docs/upstream.md").isEmpty();
  }
}
