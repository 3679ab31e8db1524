package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 'inquirly commands -o json': the machine-readable contract, checked against OPERATIONS.tsv. */
class CommandsListingTest {
  private static Result run(String... args) {
    return SandboxServer.Cli.run(Map.of("INQUIRLY_CONFIG", "/nonexistent/config.yaml"), "", args);
  }

  @Test
  void everyOperationIsListedWithItsMethodPathOperationIdAndExample() {
    Result r = run("commands", "-o", "json");
    assertThat(r.code()).isZero();
    JsonNode contacts = null;
    List<String> contactCommands = new ArrayList<>();
    for (JsonNode op : r.json()) {
      assertThat(op.fieldNames()).toIterable()
          .contains("command", "method", "path", "operationId", "example");
      if (op.path("command").asText().startsWith("contacts ")) {
        contactCommands.add(op.path("command").asText());
        if (op.path("command").asText().equals("contacts create")) {
          contacts = op;
        }
      }
    }
    assertThat(contacts).isNotNull();
    assertThat(contacts.path("method").asText()).isEqualTo("POST");
    assertThat(contacts.path("path").asText()).isEqualTo("/api/v1/accounts/{account_id}/contacts");
    assertThat(contacts.path("operationId").asText()).isEqualTo("contactCreate");
    assertThat(contacts.path("example").asText()).startsWith("inquirly contacts create --inbox 1 --name ");
    assertThat(contactCommands).contains("contacts list", "contacts show", "contacts update", "contacts delete",
        "contacts conversations", "contacts search", "contacts filter", "contacts inboxes add",
        "contacts contactable-inboxes", "contacts labels list", "contacts labels add", "contacts merge");
  }

  /**
   * Every operation of OPERATIONS.tsv is a command, with the same method and path (the agent metrics row's
   * trailing slash is only the spec's way of keying it twice). Extra commands for real routes beyond the file
   * (NOTES.md §7.11) are allowed.
   */
  @Test
  void everyOperationOfOperationsTsvIsACommandWithItsMethodAndPath() throws Exception {
    Path tsv = operationsTsv();
    if (tsv == null) {
      return;
    }
    Map<String, String> rows = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(tsv)) {
      String[] f = line.split("\t");
      if (f.length > 6 && !f[0].equals("need")) {
        rows.put(f[6], f[4] + " " + f[5].replaceAll("(?<=.)/$", ""));
      }
    }
    Map<String, Set<String>> catalogue = new java.util.HashMap<>();
    for (JsonNode op : run("commands", "-o", "json").json()) {
      catalogue.computeIfAbsent(op.path("operationId").asText(), k -> new HashSet<>())
          .add(op.path("method").asText() + " " + op.path("path").asText());
    }
    List<String> problems = new ArrayList<>();
    rows.forEach((id, methodPath) -> {
      if (!catalogue.containsKey(id)) {
        problems.add("no command for " + id + " (" + methodPath + ")");
      } else if (!catalogue.get(id).contains(methodPath)) {
        problems.add(id + " is " + catalogue.get(id) + ", OPERATIONS.tsv says " + methodPath);
      }
    });
    assertThat(problems).isEmpty();
  }

  static Path operationsTsv() {
    String spec = System.getenv("INQUIRLY_OPENAPI");
    if (spec == null) {
      spec = System.getenv("INQUIRLY_OPENAPI_DEFAULT");
    }
    Path p = spec == null ? Path.of("../shared/api/OPERATIONS.tsv") : Path.of(spec).resolveSibling("OPERATIONS.tsv");
    if (Files.exists(p)) {
      return p;
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("OPERATIONS.tsv not found at " + p);
    }
    return null;
  }

  @Test
  void rootHelpListsGroupsAndTheExitCodeTopicExists() {
    Result help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("  contacts ").contains("  sandbox ").contains("Global options");
    Result codes = run("help", "exit-codes");
    assertThat(codes.out()).contains("  9    partial failure").contains("  8    network failure or timeout");
    Result nope = run("help", "nonsense");
    assertThat(nope.code()).isEqualTo(2);
    assertThat(run("contacts").out()).contains("Commands:").contains("  create ");
    assertThat(run("contacts", "create", "--help").out()).contains("--email=EMAIL").contains("Example:");
  }
}
