package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Call;
import io.inquirly.api.InvalidInput;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.Param;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.Json;
import io.inquirly.output.Chart;
import io.inquirly.output.Format;
import io.inquirly.output.Output;
import io.inquirly.output.RecordSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A command built from one catalogue operation: options from its params, request and output from it. */
final class OperationCommand implements Executable {
  private final Operation op;
  private final CommandSpec spec;
  /**
   * Each parameter's picocli argument, in declaration order. A list, not a map: hashing a record key runs its
   * invokedynamic hashCode bootstrap, ~20 ms of start-up.
   */
  private final List<Map.Entry<Param, ArgSpec>> args = new ArrayList<>();
  private OptionSpec data;
  private OptionSpec dryRun;
  private OptionSpec yes;
  private OptionSpec page;
  private OptionSpec all;
  private OptionSpec limit;
  private OptionSpec showSecrets;
  private OptionSpec ids;
  private OptionSpec concurrency;
  private OptionSpec chart;
  /** The path id that may be given several times (batch operations), or null. */
  private final Param batchId;

  private OperationCommand(Operation op) {
    this.op = op;
    this.spec = CommandSpec.wrapWithoutInspection(this);
    spec.name(op.verb());
    List<String> description = new ArrayList<>();
    description.add(op.summary() + ".");
    if (!op.description().isEmpty()) {
      description.add("");
      description.add(op.description());
    }
    spec.usageMessage()
        .description(description.toArray(String[]::new))
        .footerHeading("%nExample:%n")
        .footer("  " + op.example().replace("%", "%%"));
    List<Param> positionals = op.positionals();
    Param first = positionals.isEmpty() ? null : positionals.get(0);
    // several ids only where the id is the sole argument: after it, other arguments would be ambiguous
    batchId = op.batch() && positionals.size() == 1 && first.in() == Param.In.PATH ? first : null;
    int index = 0;
    for (Param p : op.params()) {
      if (p.positional()) {
        boolean many = p.type() == Param.Type.LIST || p == batchId && positionals.size() == 1;
        boolean required = p.required() && p != batchId;
        PositionalParamSpec.Builder b = PositionalParamSpec.builder()
            .index(many ? index + "..*" : String.valueOf(index))
            .paramLabel(p.label())
            .description(p.description() + (p == batchId ? " (several ids, or --ids, run them all)" : ""))
            .required(required)
            .arity(many ? (required ? "1..*" : "0..*") : (required ? "1" : "0..1"));
        Typing.of(p).apply(b);
        if (many && p == batchId) {
          b.type(List.class).auxiliaryTypes(Long.class);
        }
        PositionalParamSpec positional = b.build();
        args.add(Map.entry(p, positional));
        spec.addPositional(positional);
        index++;
      } else {
        boolean named = p.type() == Param.Type.INTEGER && NamedIds.takesNames(p.option());
        OptionSpec.Builder b = OptionSpec.builder(p.optionNames())
            .paramLabel(named ? p.label() + "|NAME" : p.label())
            .description(p.description() + (p.choices().isEmpty() ? "" : " (" + String.join(", ", p.choices()) + ")")
                + (named ? " (an id, or a name" + (p.option().equals("--agent") ? " or e-mail" : "") + ")" : ""))
            .required(p.required());
        Typing.of(p).apply(b);
        if (named) {
          String option = p.option();
          b.type(Object.class).converters(text -> NamedIds.parse(option, text));
        }
        OptionSpec o = b.build();
        args.add(Map.entry(p, o));
        spec.addOption(o);
      }
    }
    if (batchId != null) {
      ids = option(spec, "--ids", "LIST|-", String.class,
          "ids to act on: comma-separated, or - to read one per line from stdin");
      concurrency = option(spec, "--concurrency", "N", Integer.class, "requests in flight for several ids (default 8)");
    }
    if (op.hasBody() && op.handler() == null) {
      data = option(spec, "--data", "JSON", String.class,
          "the whole request body: JSON, @FILE or @- for stdin (flags win over it)");
    }
    if (op.result() == Operation.Result.LIST) {
      if (op.paging() == Operation.Paging.PAGES) {
        page = option(spec, "--page", "N", Integer.class, "fetch page N (default 1)");
        all = flag(spec, "--all", "fetch every page");
      } else if (op.paging() == Operation.Paging.CURSOR) {
        all = flag(spec, "--all", "walk back to the very first record (forward with --after)");
      }
      if (op.series() != null) {
        chart = OptionSpec.builder("--chart").paramLabel("bars|spark").arity("0..1").fallbackValue("bars")
            .type(String.class).completionCandidates(List.of("bars", "spark"))
            .description("draw the series as bars (default) or a sparkline instead of a table").build();
        spec.addOption(chart);
      }
      limit = option(spec, "--limit", "N", Long.class, "stop after N records");
    }
    if (op.mutates()) {
      dryRun = flag(spec, "--dry-run", "print the request that would be sent, and send nothing");
    }
    showSecrets = flag(spec, "--show-secrets", "show tokens in the answer instead of masking them");
    if (op.confirm()) {
      yes = flag(spec, "--yes", "do not ask for confirmation (required when stdin is not a terminal)");
    }
    Commands.finish(spec);
  }

  static CommandSpec spec(Operation op) {
    return new OperationCommand(op).spec;
  }

  private static OptionSpec option(CommandSpec spec, String name, String label, Class<?> type, String description) {
    OptionSpec o = OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
    spec.addOption(o);
    return o;
  }

  private static OptionSpec flag(CommandSpec spec, String name, String description) {
    OptionSpec o = OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
    spec.addOption(o);
    return o;
  }

  /** How a parameter is typed for picocli: the same for options and positionals. */
  private record Typing(Class<?> type, Class<?> element, String split, String arity,
      CommandLine.ITypeConverter<?> converter, List<String> candidates) {

    static Typing of(Param p) {
      Class<?> type = switch (p.type()) {
        case INTEGER -> Long.class;
        case NUMBER -> Double.class;
        case BOOLEAN -> Boolean.class;
        case LIST, MAP -> List.class;
        default -> String.class;
      };
      String arity = p.type() == Param.Type.BOOLEAN ? (p.in() == Param.In.LOCAL ? "0" : "0..1") : null;
      String split = p.type() == Param.Type.LIST && p.in() == Param.In.QUERY ? "," : null;
      CommandLine.ITypeConverter<?> converter = null;
      if (p.convert() != null || !p.choices().isEmpty()) {
        converter = text -> {
          if (!p.choices().isEmpty() && !p.choices().contains(text)) {
            throw new CommandLine.TypeConversionException(
                "'" + text + "' is not one of " + String.join(", ", p.choices()));
          }
          try {
            return p.convert() == null ? text : p.convert().apply(text);
          } catch (InvalidInput e) {
            throw new CommandLine.TypeConversionException(e.getMessage() + (e.hint() == null ? "" : "; " + e.hint()));
          }
        };
      }
      return new Typing(type, type == List.class ? String.class : null, split, arity, converter, p.choices());
    }

    void apply(OptionSpec.Builder b) {
      b.type(type);
      if (element != null) {
        b.auxiliaryTypes(element);
      }
      if (split != null) {
        b.splitRegex(split);
      }
      if (arity != null) {
        b.arity(arity);
      }
      if (converter != null) {
        b.converters(converter);
      }
      if (!candidates.isEmpty()) {
        b.completionCandidates(candidates);
      }
    }

    void apply(PositionalParamSpec.Builder b) {
      b.type(type);
      if (element != null) {
        b.auxiliaryTypes(element);
      }
      if (converter != null) {
        b.converters(converter);
      } else if (type == Long.class) {
        b.converters(Typing::positiveId);
      }
    }

    /** Ids are positive: "-5" or "0" would only cost a request and a 404. */
    static Long positiveId(String text) {
      long id;
      try {
        id = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + text + "' is not a long number");
      }
      if (id < 1) {
        throw new CommandLine.TypeConversionException("'" + text + "' is not a positive id");
      }
      return id;
    }
  }

  @Override
  public int execute(Session session) {
    Output output = session.output();
    Map<String, Object> values = values();
    JsonNode body = data == null || data.getValue() == null ? null
        : Values.data("--data", data.getValue(), session.io().in());
    if (body == null && nothingToCreate(values)) {
      List<String> options = op.params().stream().filter(p -> p.in() == Param.In.BODY && p.option() != null)
          .map(Param::option).limit(4).toList();
      throw CliException.usage("nothing to create: '" + op.commandLine() + "' was given no fields",
          "give " + (options.isEmpty() ? "" : String.join(", ", options) + " ... or ") + "--data");
    }
    boolean dry = dryRun != null && Boolean.TRUE.equals(dryRun.getValue());
    Invoker invoker = session.invoker(dry ? request -> printDryRun(session, request) : null);
    new NamedIds().resolve(invoker, values); // --inbox Support: the id, looked up once (a dry run too)
    List<Long> batch = batchId == null ? null : batchIds(session, values);
    if (batch != null && batch.isEmpty()) {
      if (session.io().stderrTty()) {
        session.status("No " + plural(op.noun()) + " to " + op.verb() + ": --ids - read no ids.");
      }
      return ExitCode.OK;
    }
    if (batch != null && batch.size() != 1) {
      if (op.confirm() && !dry && !Boolean.TRUE.equals(yes.getValue())) {
        confirm(session, batch.size() + " " + plural(op.noun()) + " (" + joined(batch) + ")");
      }
      session.longJob();
      return new Batch(session, output, invoker, this::runOne, dry).run(batch, values, body, batchId.name(),
          concurrency.getValue() == null ? 8 : concurrency.getValue());
    }
    if (batch != null) {
      values.put(batchId.name(), batch.get(0));
    }
    if (op.confirm() && !dry && !Boolean.TRUE.equals(yes.getValue())) {
      confirm(session, target(values));
    }
    if (chart != null && chart.getValue() != null && !session.options().raw()) {
      return chart(session, Invoker.records(op, runOne(invoker, values, body)), chart.getValue());
    }
    if (op.result() == Operation.Result.LIST && !session.options().raw() && op.handler() == null) {
      return list(session, output, invoker, invoker.request(op, values, body));
    }
    JsonNode answer = runOne(invoker, values, body);
    return dry ? dryRunDone(session) : render(session, output, values, answer, session.options().raw());
  }

  /** One request of this operation (or its handler), returning the answer body. */
  JsonNode runOne(Invoker invoker, Map<String, Object> values, JsonNode body) {
    if (op.handler() != null) {
      return op.handler().run(new Call(op, values, body, invoker));
    }
    ApiRequest request = invoker.request(op, values, body);
    if (op.result() == Operation.Result.LIST && page != null && page.getValue() != null) {
      request = request.withQuery("page", String.valueOf((int) page.getValue()));
    }
    return invoker.send(request);
  }

  /** Ids from the arguments and --ids (comma list, or - for one per line on stdin), in order, deduplicated. */
  private List<Long> batchIds(Session session, Map<String, Object> values) {
    java.util.LinkedHashSet<Long> all = new java.util.LinkedHashSet<>();
    Object given = values.remove(batchId.name());
    if (given instanceof List<?> list) {
      list.forEach(v -> all.add((Long) v));
    } else if (given != null) {
      all.add((Long) given);
    }
    String text = ids.getValue();
    if (text != null) {
      List<String> words = new ArrayList<>();
      if (text.equals("-")) {
        try {
          String in = new String(session.io().in().readAllBytes(), StandardCharsets.UTF_8);
          for (String line : in.split("\\R")) {
            words.add(line.strip());
          }
        } catch (IOException e) {
          throw CliException.usage("cannot read ids from stdin: " + e.getMessage(), null);
        }
      } else {
        words.addAll(java.util.Arrays.asList(text.split(",")));
      }
      for (String w : words) {
        String id = w.strip();
        if (id.isEmpty()) {
          continue;
        }
        if (!id.matches("\\d{1,18}")) {
          throw CliException.usage("invalid id '" + id + "' in --ids", "give whole numbers, one per line or comma-separated");
        }
        all.add(Long.parseLong(id));
      }
    }
    if (all.isEmpty() && "-".equals(text)) {
      return List.of(); // like xargs -r: an empty pipe is nothing to do
    }
    if (all.isEmpty()) {
      throw CliException.usage("no " + batchId.label() + " given for '" + op.commandLine() + "'",
          "give one or more ids, or --ids - to read them from stdin");
    }
    return new ArrayList<>(all);
  }

  private static String joined(List<Long> ids) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(ids.size(), 10); i++) {
      parts.add(String.valueOf(ids.get(i)));
    }
    return String.join(", ", parts) + (ids.size() > 10 ? ", …" : "");
  }

  private int list(Session session, Output output, Invoker invoker, ApiRequest request) {
    int startPage = page == null || page.getValue() == null ? 1 : page.getValue();
    if (startPage < 1) {
      throw CliException.usage("--page must be 1 or more", null);
    }
    boolean every = all != null && Boolean.TRUE.equals(all.getValue());
    long max = limit == null || limit.getValue() == null ? 0 : limit.getValue();
    if (limit != null && limit.getValue() != null && max < 1) {
      throw CliException.usage("--limit must be 1 or more", null);
    }
    if (every || max > 0) {
      session.longJob();
    }
    Invoker.Walk walk;
    try (RecordSink sink = output.list(op.columns())) {
      boolean reveal = reveal();
      walk = invoker.walk(op, request, startPage, every || max > 0, max,
          records -> records.forEach(r -> sink.add(reveal ? r : Secrets.mask(r, session.knownSecrets()))));
      if (sink.count() == 0 && session.io().stderrTty()) {
        session.status("No " + plural(op.noun()) + " found.");
      }
    }
    if (walk.more() && !every && max == 0 && session.io().stderrTty()) {
      session.status("More " + plural(op.noun()) + " on the next pages"
          + (walk.total() == null ? "" : " (" + walk.total() + " in all)")
          + ": use --all for every page, or --page " + (startPage + 1) + ".");
    }
    return ExitCode.OK;
  }

  /** Draws a series with {@link Chart}: width from COLUMNS (default 80); epoch labels as UTC dates. */
  private int chart(Session session, List<JsonNode> records, String style) {
    if (!style.equals("bars") && !style.equals("spark")) {
      throw CliException.usage("invalid --chart '" + style + "'", "use --chart (bars) or --chart spark");
    }
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
    Object metric = values().get("metric");
    boolean seconds = metric != null && metric.toString().endsWith("_time");
    List<String> lines = style.equals("spark") ? Chart.sparkline(labels, numbers, width, seconds)
        : Chart.bars(labels, numbers, width, seconds);
    if (metric != null) {
      // a chart says what it measures and in which unit (the bars' numbers are counts, or times as 6h 22m)
      Object bucket = values().get("group_by");
      session.io().out().println(metric + " (" + (seconds ? "average time" : "count") + " per "
          + (bucket == null ? "day" : bucket) + ")");
    }
    lines.forEach(session.io().out()::println);
    return ExitCode.OK;
  }

  private int render(Session session, Output output, Map<String, Object> values, JsonNode body, boolean raw) {
    Invoker.requireBody(op, body);
    JsonNode answer = reveal() ? body : Secrets.mask(body, session.knownSecrets());
    if (raw) {
      if (!answer.isMissingNode()) {
        output.raw(answer);
      }
      return ExitCode.OK;
    }
    switch (op.result()) {
      case LIST -> {
        try (RecordSink sink = output.list(op.columns())) {
          Invoker.records(op, answer).forEach(sink::add);
        }
      }
      case ONE -> {
        JsonNode record = Invoker.record(op, answer);
        GlobalOptions o = session.options();
        if (op.text() != null && o.output() == null && o.columns() == null && o.jq() == null
            && record.path(op.text()).isValueNode()) {
          session.io().out().println(record.path(op.text()).asText());
        } else {
          output.single(record, op.columns());
        }
      }
      case NONE -> {
        if (op.method().equals("DELETE")) {
          if (op.status() == null) {
            session.status("Deleted " + target(values) + ".");
          }
        } else if (!answer.isMissingNode()) {
          output.single(answer, op.columns());
        }
      }
    }
    if (op.status() != null) {
      String line = op.status().apply(values, answer);
      if (line != null) {
        session.status(line);
      }
    }
    return ExitCode.OK;
  }

  private boolean reveal() {
    return Boolean.TRUE.equals(showSecrets.getValue());
  }

  private int dryRunDone(Session session) {
    session.status("Dry run: nothing was sent.");
    return ExitCode.OK;
  }

  private void printDryRun(Session session, ApiRequest request) {
    String url = session.client().base() + request.target();
    JsonNode body = null;
    if (request.body() != null) {
      try {
        body = Json.parse(request.body());
      } catch (IOException e) {
        body = Json.nodes().textNode("(" + request.body().length + " bytes)");
      }
      body = reveal() ? body : Secrets.mask(body, session.knownSecrets());
    }
    String format = session.options().output();
    if (format != null && Format.parse(format) != Format.TABLE && Format.parse(format) != Format.WIDE) {
      ObjectNode o = Json.object();
      o.put("method", request.method());
      o.put("url", url);
      o.set("body", body);
      session.io().out().println(Json.compact(o));
    } else {
      session.io().out().println(request.method() + " " + url);
      if (body != null) {
        session.io().out().println(Json.pretty(body));
      }
    }
  }

  private void confirm(Session session, String target) {
    session.confirm((op.method().equals("DELETE") ? "delete " : op.verb() + " ") + target, "add --yes to confirm");
  }


  /**
   * A create that was given nothing at all (an empty contact nobody can list, ...): it has body fields and no
   * option of any kind was given (a file option such as --attach counts). Operations with a handler or a prepare
   * step check their own input.
   */
  private boolean nothingToCreate(Map<String, Object> values) {
    if (!op.verb().equals("create") || !op.method().equals("POST") || op.handler() != null || op.prepare() != null
        || op.params().stream().noneMatch(p -> p.in() == Param.In.BODY)) {
      return false;
    }
    for (Param p : op.params()) {
      if (p.in() == Param.In.PATH || op.positionals().contains(p)) {
        continue;
      }
      Object v = values.get(p.name());
      if (v != null && !Boolean.FALSE.equals(v) && !(v instanceof java.util.Collection<?> c && c.isEmpty())
          && !(v instanceof Map<?, ?> m && m.isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the positional ids name, for people: "contact 4"; "contacts 4 and 5" when every id is one of the
   * noun's (merge's two contacts); else the last id's noun "of" the others ("label 3 of portal 1").
   */
  private String target(Map<String, Object> values) {
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Param p : op.positionals()) {
      Object v = values.get(p.name());
      if (v != null) {
        ids.add(String.valueOf(v));
        names.add(p.name());
      }
    }
    int n = ids.size();
    if (n <= 1) {
      return op.noun() + (n == 0 ? "" : " " + ids.get(0));
    }
    String key = op.noun().replace(' ', '_');
    if (names.stream().allMatch(name -> name.contains(key))) {
      return plural(op.noun()) + " " + String.join(", ", ids.subList(0, n - 1)) + " and " + ids.get(n - 1);
    }
    StringBuilder sb = new StringBuilder(op.noun() + " " + ids.get(n - 1));
    for (int i = n - 2; i >= 0; i--) {
      sb.append(" of ").append(names.get(i).replaceFirst("_id$", "").replace('_', ' ')).append(' ').append(ids.get(i));
    }
    return sb.toString();
  }

  private Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<Param, ArgSpec> e : args) {
      Param p = e.getKey();
      Object v = e.getValue().getValue();
      if (v == null || v instanceof List<?> l && l.isEmpty() && p.type() != Param.Type.LIST) {
        continue;
      }
      if (p.type() == Param.Type.MAP) {
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) v;
        v = Values.pairs(p.option(), items);
      } else if (p.type() == Param.Type.JSON) {
        v = Values.parseJson(p.option() == null ? p.label() : p.option(), (String) v, "the argument");
      }
      values.put(p.name(), v);
    }
    return values;
  }

  static String plural(String noun) {
    if (noun.endsWith("x") || noun.endsWith("s")) {
      return noun + "es";
    }
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }
}
