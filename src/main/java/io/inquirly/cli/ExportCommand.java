package io.inquirly.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inquirly.provision.Exporter;
import io.inquirly.provision.Kind;
import io.inquirly.provision.Kinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The account as an apply-able file: {@code export | apply -f -} changes nothing. */
@Command(name = "export", description = {"Print the account's support set-up as resource documents that "
    + "'inquirly apply' takes back (YAML; -o json for a JSON list).",
    "",
    "Default kinds: every kind but User (platform token). Secrets (passwords) are never exported."},
    footer = {"%nExamples:",
        "  inquirly export > support-stack.yaml",
        "  inquirly export --kinds inbox,team,agent",
        "  inquirly export | inquirly apply -f -        # changes nothing"})
final class ExportCommand implements Executable {
  @Option(names = "--kinds", split = ",", paramLabel = "KIND",
      description = "only these kinds (comma-separated or repeated), e.g. Label,Inbox")
  List<String> kinds = new ArrayList<>();

  @Override
  public int execute(Session session) throws Exception {
    session.longJob();
    List<Kind> selected = new ArrayList<>();
    if (kinds.isEmpty()) {
      Kinds.ALL.stream().filter(Kind::exportedByDefault).forEach(selected::add);
    } else {
      for (String name : kinds) {
        Kind k = Kinds.find(name.strip());
        if (k == null) {
          throw CliException.usage("unknown kind '" + name + "'", "use one of " + String.join(", ", Kinds.names()));
        }
        selected.add(k);
      }
    }
    List<ObjectNode> docs = new Exporter(Provisioning.ctx(session)).export(selected);
    String o = session.options().output();
    String format = o == null ? "yaml" : o.toLowerCase(Locale.ROOT);
    switch (format) {
      case "json" -> {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        docs.forEach(a::add);
        session.output().raw(a);
      }
      case "yaml", "table" -> {
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());
        StringBuilder sb = new StringBuilder();
        for (ObjectNode d : docs) {
          sb.append(yaml.writeValueAsString(d)); // each starts with "---"
        }
        session.io().out().print(sb);
      }
      default -> throw CliException.usage("export prints yaml or json, not " + o, "use -o yaml or -o json");
    }
    return ExitCode.OK;
  }
}
