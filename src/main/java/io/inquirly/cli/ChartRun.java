package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.output.Chart;
import java.util.ArrayList;
import java.util.List;

/** A series operation drawn with {@link Chart} (--chart bars|spark) instead of a table. */
final class ChartRun {
  private ChartRun() {}

  /** Width from COLUMNS (default 80); epoch labels as UTC dates. */
  static int run(Session session, OperationOptions o, Invoker invoker) {
    String style = o.chart();
    if (!style.equals("bars") && !style.equals("spark")) {
      throw CliException.usage("invalid --chart '" + style + "'", "use --chart (bars) or --chart spark");
    }
    Operation op = o.op();
    List<JsonNode> records = Invoker.records(op, SingleRun.send(o, invoker, o.values(), o.body()));
    List<String> labels = new ArrayList<>();
    List<Double> numbers = new ArrayList<>();
    for (JsonNode r : records) {
      JsonNode label = Invoker.at(r, op.series().label());
      labels.add(label.canConvertToLong() && label.asLong() > 100_000_000L
          ? java.time.Instant.ofEpochSecond(label.asLong()).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString()
          : label.asText());
      JsonNode v = Invoker.at(r, op.series().value());
      numbers.add(v.isNumber() ? v.asDouble() : v.isTextual() && v.asText().matches("-?\\d+(\\.\\d+)?")
          ? Double.parseDouble(v.asText()) : 0.0);
    }
    if (records.isEmpty()) {
      session.status("No points to draw.");
      return ExitCode.OK;
    }
    int width = 80;
    String columns = session.io().getenv("COLUMNS");
    if (columns != null && columns.strip().matches("\\d{1,4}")) {
      width = Math.max(20, Integer.parseInt(columns.strip()));
    }
    // the report's averages are seconds: the chart says so by showing them as durations (6h 22m)
    Object metric = o.values().get("metric");
    boolean seconds = metric != null && metric.toString().endsWith("_time");
    List<String> lines = style.equals("spark") ? Chart.sparkline(labels, numbers, width, seconds)
        : Chart.bars(labels, numbers, width, seconds);
    if (metric != null) {
      // a chart says what it measures and in which unit (the bars' numbers are counts, or times as 6h 22m)
      Object bucket = o.values().get("group_by");
      session.io().out().println(metric + " (" + (seconds ? "average time" : "count") + " per "
          + (bucket == null ? "day" : bucket) + ")");
    }
    lines.forEach(session.io().out()::println);
    return ExitCode.OK;
  }
}
