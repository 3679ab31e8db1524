package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.InvalidInput;
import io.inquirly.api.Operation;
import io.inquirly.api.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the picocli command of one catalogue operation: positional ids, an option per parameter, and the
 * generic switches the operation's shape calls for (--data, --page/--all/--limit, --chart, --ids, --dry-run,
 * --yes). {@link #read} turns what was parsed into an {@link OperationOptions}; running it is
 * {@link OperationCommand}'s job.
 */
final class OperationSpec {
  final Operation op;
  final CommandSpec spec;
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
  private final OptionSpec showSecrets;
  private OptionSpec ids;
  private OptionSpec concurrency;
  private OptionSpec chart;
  /** The selection options (--where, --label, ...) of batch verbs over contacts or conversations, or null. */
  private Selection.Options selection;
  /** The path id that may be given several times (batch operations), or null. */
  private final Param batchId;

  private OperationSpec(Operation op) {
    this.op = op;
    this.spec = CommandSpec.wrapWithoutInspection(new OperationCommand(this));
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
        addPositional(p, index++, positionals.size());
      } else {
        addOption(p);
      }
    }
    if (batchId != null) {
      ids = option("--ids", "LIST|-", String.class,
          "ids to act on: comma-separated, or - to read one per line from stdin");
      concurrency = option("--concurrency", "N", Integer.class, "requests in flight for several ids (default 8)");
      selection = Selection.Options.add(spec, op, op.command().get(0));
    } else {
      Param into = selecting(op);
      selection = into == null ? null : Selection.Options.add(spec, op, into.selects());
    }
    if (op.hasBody() && op.handler() == null) {
      data = option("--data", "JSON", String.class,
          "the whole request body: JSON, @FILE or @- for stdin (flags win over it)");
    }
    if (op.result() == Operation.Result.LIST) {
      if (op.paging() == Operation.Paging.PAGES) {
        page = option("--page", "N", Integer.class, "fetch page N (default 1)");
        all = flag("--all", "fetch every page");
      } else if (op.paging() == Operation.Paging.CURSOR) {
        all = flag("--all", "walk back to the very first record (forward with --after)");
      }
      if (op.series() != null) {
        chart = OptionSpec.builder("--chart").paramLabel("bars|spark").arity("0..1").fallbackValue("bars")
            .type(String.class).completionCandidates(List.of("bars", "spark"))
            .description("draw the series as bars (default) or a sparkline instead of a table").build();
        spec.addOption(chart);
      }
      limit = option("--limit", "N", Long.class, "stop after N records");
    }
    if (op.mutates()) {
      dryRun = flag("--dry-run", "print the request that would be sent, and send nothing");
    }
    showSecrets = flag("--show-secrets", "show tokens in the answer instead of masking them");
    if (op.confirm() || selection != null) {
      yes = flag("--yes", "do not ask for confirmation (required when stdin is not a terminal)");
    }
    Commands.finish(spec);
  }

  /** The operation's list of ids that a selection may give instead ({@link Param#selecting}), or null. */
  static Param selecting(Operation op) {
    return op.params().stream().filter(p -> p.selects() != null).findFirst().orElse(null);
  }

  static CommandSpec of(Operation op) {
    return new OperationSpec(op).spec;
  }

  private void addPositional(Param p, int index, int positionals) {
    boolean many = p.type() == Param.Type.LIST || p == batchId && positionals == 1;
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
  }

  private void addOption(Param p) {
    boolean named = p.type() == Param.Type.INTEGER && NamedIds.takesNames(p.option());
    OptionSpec.Builder b = OptionSpec.builder(p.optionNames())
        .paramLabel(named ? p.label() + "|NAME" : p.label())
        .description(p.description() + (p.choices().isEmpty() ? "" : " (" + String.join(", ", p.choices()) + ")")
            + (named ? " (an id, or a name" + (p.option().equals("--agent") ? " or e-mail" : "") + ")" : ""))
        .required(p.required() && p.selects() == null); // or a selection: checked when run
    Typing.of(p).apply(b);
    if (named) {
      String option = p.option();
      b.type(Object.class).converters(text -> NamedIds.parse(option, text));
    }
    OptionSpec o = b.build();
    args.add(Map.entry(p, o));
    spec.addOption(o);
  }

  private OptionSpec option(String name, String label, Class<?> type, String description) {
    OptionSpec o = OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
    spec.addOption(o);
    return o;
  }

  private OptionSpec flag(String name, String description) {
    OptionSpec o = OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
    spec.addOption(o);
    return o;
  }

  /** What was given, read once: values by parameter name, the --data body, the switches. */
  OperationOptions read(Session session) {
    Map<String, Object> values = values();
    JsonNode body = data == null || data.getValue() == null ? null
        : Values.data("--data", data.getValue(), session.io().in());
    Integer concurrencyValue = concurrency == null ? null : concurrency.getValue();
    return new OperationOptions(op, values, body, batchId, ids == null ? null : ids.getValue(),
        concurrencyValue == null ? 8 : concurrencyValue, on(dryRun), on(yes), on(showSecrets),
        page == null ? null : page.getValue(), on(all), limit == null ? null : limit.getValue(),
        chart == null ? null : chart.getValue(), selection == null ? null : selection.read());
  }

  private static boolean on(OptionSpec flag) {
    return flag != null && Boolean.TRUE.equals(flag.getValue());
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
}
