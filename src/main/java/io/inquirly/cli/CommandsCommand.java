package io.inquirly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Catalogue;
import io.inquirly.api.Operation;
import io.inquirly.http.Json;
import io.inquirly.output.RecordSink;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists every operation: the machine-readable contract that docs, completions and tests are made from. */
@Command(name = "commands", description = "List every API operation as a command (-o json for scripts).",
    footer = {"%nExamples:", "  inquirly commands", "  inquirly commands -o json --jq '.[].command'",
        "  inquirly commands --group contacts"})
final class CommandsCommand implements Executable {
  @Option(names = "--group", paramLabel = "NAME", description = "only this group's commands")
  String group;

  @Override
  public int execute(Session session) {
    if (group != null && Catalogue.entry(group) == null) {
      throw CliException.usage("no command group '" + group + "'", "run 'inquirly commands' to see them all");
    }
    try (RecordSink sink = session.output().list(List.of("command", "method", "path", "operationId"))) {
      List<Operation> ops = group == null ? Catalogue.operations() : Catalogue.entry(group).build().get().operations();
      for (Operation op : ops) {
        sink.add(describe(op));
      }
    }
    return ExitCode.OK;
  }

  static ObjectNode describe(Operation op) {
    ObjectNode o = Json.object();
    o.put("command", op.commandLine());
    o.put("method", op.method());
    o.put("path", op.path());
    o.put("operationId", op.operationId());
    o.put("auth", op.auth().name().toLowerCase(java.util.Locale.ROOT));
    o.put("summary", op.summary());
    o.put("example", op.example());
    var sources = o.putArray("sources");
    op.sources().forEach(sources::add);
    return o;
  }
}
