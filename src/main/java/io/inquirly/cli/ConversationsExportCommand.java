package io.inquirly.cli;

import io.inquirly.common.CsvLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.ConversationsApi;
import io.inquirly.api.Invoker;
import io.inquirly.api.MessagesApi;
import io.inquirly.api.Operation;
import io.inquirly.common.OutputFile;
import io.inquirly.bulk.Exporter;
import io.inquirly.http.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conversations export}: one row per conversation, or JSONL transcripts with {@code --messages}. */
@Command(name = "export", description = {"Export conversations: one CSV row or JSONL line per conversation.",
    "",
    "Every page is fetched (25 per page; every status unless --status). --messages adds each conversation's "
        + "whole transcript (oldest first) as a 'messages' array and needs -o jsonl. With --output FILE the file is "
        + "written under a temporary name and renamed at the end: a failed export leaves no partial file."},
    footer = {"%nExamples:",
        "  inquirly conversations export --output conversations.csv",
        "  inquirly conversations export --status resolved --messages -o jsonl --output transcripts.jsonl"})
final class ConversationsExportCommand implements Executable {
  static final List<String> COLUMNS = List.of("id", "status", "priority", "inbox_id", "meta.sender.id",
      "meta.sender.name", "meta.sender.email", "meta.assignee.name", "meta.team.name", "labels", "created_at",
      "last_activity_at");

  @Spec CommandSpec spec;

  @Option(names = "--status", paramLabel = "STATUS", description = "open, resolved, pending, snoozed or all (default)")
  String status = "all";

  @Option(names = "--inbox", paramLabel = "ID", description = "only this inbox")
  Long inbox;

  @Option(names = "--label", paramLabel = "LABEL", description = "only conversations with this label (repeatable)")
  List<String> labels = new ArrayList<>();

  @Option(names = "--messages", description = "add each conversation's messages (JSONL only)")
  boolean messages;

  @Override
  public int execute(Session session) throws Exception {
    session.longJob();
    String format = null;
    Path file = null;
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      var o = s.findOption("--output");
      if (o != null) {
        for (String v : o.originalStringValues()) {
          String l = v.toLowerCase(Locale.ROOT);
          if (l.equals("csv") || l.equals("jsonl")) {
            format = format == null ? l : format;
          } else if (List.of("json", "table", "yaml", "ids").contains(l)) {
            throw CliException.usage("conversations export writes csv or jsonl, not " + v, "use -o csv or -o jsonl");
          } else if (file == null) {
            file = Path.of(v);
          }
        }
      }
    }
    if (format == null) {
      format = messages || file != null && file.toString().endsWith(".jsonl") ? "jsonl" : "csv";
    }
    if (messages && !format.equals("jsonl")) {
      throw CliException.usage("--messages needs -o jsonl", null);
    }
    Invoker invoker = session.invoker(null);
    Operation list = ConversationsApi.LIST.resolve();
    Operation msgs = MessagesApi.LIST.resolve();
    Map<String, Object> values = new HashMap<>();
    values.put("status", status);
    if (inbox != null) {
      values.put("inbox_id", inbox);
    }
    if (!labels.isEmpty()) {
      values.put("labels", labels);
    }
    List<String> columns = session.options().columns() != null ? session.options().columns() : COLUMNS;
    boolean csv = format.equals("csv");
    // a new or regular file is written beside it and renamed over it; a device or a pipe is written into
    boolean whole = file != null && OutputFile.replacedWhole(file);
    Path tmp = whole
        ? Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp") : null;
    long[] count = {0};
    long started = System.nanoTime();
    try {
      try (Writer w = new BufferedWriter(new OutputStreamWriter(tmp != null ? Files.newOutputStream(tmp)
          : file != null ? Files.newOutputStream(file) : OutputFile.keptOpen(session.io().out()),
          StandardCharsets.UTF_8))) {
        if (csv) {
          CsvLines.line(w, columns, ',');
        }
        invoker.walk(list, invoker.request(list, values, null), 1, true, 0, page -> {
          try {
            for (JsonNode c : page) {
              count[0]++;
              if (csv) {
                List<String> cells = new ArrayList<>();
                for (String col : columns) {
                  JsonNode v = Invoker.at(c, col);
                  if (v.isArray()) {
                    List<String> parts = new ArrayList<>();
                    v.forEach(x -> parts.add(x.asText()));
                    cells.add(String.join(";", parts));
                  } else {
                    cells.add(Exporter.cellText(v));
                  }
                }
                CsvLines.line(w, cells, ',');
              } else {
                ObjectNode o = ((ObjectNode) c).deepCopy();
                if (messages) {
                  ArrayNode all = o.putArray("messages");
                  Map<String, Object> id = Map.of("conversation_id", c.path("id").asLong());
                  invoker.walk(msgs, invoker.request(msgs, id, null), 1, true, 0, all::addAll);
                }
                w.write(Json.compact(o));
                w.write('\n');
              }
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
      if (tmp != null) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      }
      if (file != null) {
        session.status(ContactsExportCommand.exported(count[0], "conversation", file, started));
      }
      return ExitCode.OK;
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }

}
