package io.inquirly.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Options every command accepts, before or after the command words ({@code inquirly -o json contacts list}
 * and {@code inquirly contacts list -o json} mean the same; the later one wins).
 */
public record GlobalOptions(
    String url,
    String token,
    String account,
    String profile,
    String platformToken,
    String output,
    List<String> columns,
    String jq,
    boolean raw,
    boolean noColor,
    boolean verbose,
    boolean debug,
    Double timeoutSeconds,
    Integer maxRetries,
    String rate,
    boolean insecure,
    Path cacert,
    String maxWait) {

  /** Name, value label (null for flags), description: the one list the specs and the help are made from. */
  private record Def(String[] names, String label, Class<?> type, String description) {}

  private static final List<Def> DEFS = List.of(
      new Def(new String[] {"-o", "--output"}, "FORMAT", String.class,
          "table (default), wide, json, jsonl, yaml, csv or ids"),
      new Def(new String[] {"--columns"}, "LIST", String.class,
          "table/csv columns, comma-separated dotted paths (id,name,custom_attributes.plan)"),
      new Def(new String[] {"--jq"}, "EXPR", String.class, "filter the JSON output with a jq expression"),
      new Def(new String[] {"--raw"}, null, boolean.class, "print the server's answer untouched"),
      new Def(new String[] {"--no-color"}, null, boolean.class, "no colours (also NO_COLOR)"),
      new Def(new String[] {"--server"}, "URL", String.class, "server URL (INQUIRLY_URL)"),
      new Def(new String[] {"--token"}, "TOKEN", String.class,
          "access token (INQUIRLY_TOKEN; prefer the environment or 'auth login')"),
      new Def(new String[] {"--account"}, "ID", String.class, "account id (INQUIRLY_ACCOUNT_ID)"),
      new Def(new String[] {"--platform-token"}, "TOKEN", String.class,
          "platform app token (INQUIRLY_PLATFORM_TOKEN)"),
      new Def(new String[] {"--profile"}, "NAME", String.class, "profile of the config file (INQUIRLY_PROFILE)"),
      new Def(new String[] {"-v", "--verbose"}, null, boolean.class,
          "log requests and responses to stderr (secrets masked)"),
      new Def(new String[] {"--debug"}, null, boolean.class, "show stack traces of failures"),
      new Def(new String[] {"--timeout"}, "SECONDS", Double.class, "time limit per request (default 60)"),
      new Def(new String[] {"--max-retries"}, "N", Integer.class,
          "retries of a request that failed without an answer or with 502/503/504 (default 3)"),
      new Def(new String[] {"--rate"}, "N/s", String.class, "at most N requests per second"),
      new Def(new String[] {"--insecure"}, null, boolean.class, "do not verify TLS certificates (unsafe)"),
      new Def(new String[] {"--cacert"}, "FILE", Path.class, "also trust this CA certificate (PEM)"),
      new Def(new String[] {"--max-wait"}, "DURATION", String.class,
          "longest pause for the server's rate limits (default 3m; imports, exports, --all, batches and apply: unlimited)"));

  /** Option names that take a value, for finding the command words before parsing. */
  public static final Set<String> TAKES_VALUE = takesValue();

  private static Set<String> takesValue() {
    // a loop, not a stream: this runs on every start, before anything is warm
    Set<String> names = new java.util.HashSet<>();
    for (Def d : DEFS) {
      if (d.label() != null) {
        names.addAll(Arrays.asList(d.names()));
      }
    }
    return Set.copyOf(names);
  }

  /** Adds the global options to a command (hidden from its option list; shown in their own section). */
  public static void addTo(CommandSpec spec, boolean hidden) {
    for (Def d : DEFS) {
      OptionSpec.Builder b = OptionSpec.builder(d.names()).type(d.type()).description(d.description()).hidden(hidden);
      if (d.label() != null) {
        b.paramLabel(d.label());
      } else {
        b.arity("0");
      }
      spec.addOption(b.build());
    }
  }

  /** The global options in a few wrapped lines, for the help of every command but the root. */
  public static String compactHelpSection() {
    StringBuilder sb = new StringBuilder("  ");
    int lineStart = 0;
    for (int i = 0; i < DEFS.size(); i++) {
      Def d = DEFS.get(i);
      String item = d.names()[d.names().length - 1] + (d.label() == null ? "" : " " + d.label())
          + (i < DEFS.size() - 1 ? "," : "");
      if (sb.length() - lineStart + item.length() > 96) {
        sb.append(System.lineSeparator()).append("  ");
        lineStart = sb.length() - 2;
      } else if (i > 0) {
        sb.append(' ');
      }
      sb.append(item);
    }
    return sb.append(System.lineSeparator()).toString();
  }

  /** The help section listing the global options. */
  public static String helpSection() {
    StringBuilder sb = new StringBuilder();
    for (Def d : DEFS) {
      String left = String.join(", ", d.names()) + (d.label() == null ? "" : " " + d.label());
      sb.append(String.format("  %-26s %s%n", left, d.description()));
    }
    return sb.toString();
  }

  /** Reads the options from every level of the parsed command line; deeper levels win. */
  public static GlobalOptions from(ParseResult root) {
    List<ParseResult> chain = new ArrayList<>();
    for (ParseResult pr = root; pr != null; pr = pr.subcommand()) {
      chain.add(pr);
    }
    String columns = value(chain, "--columns");
    return new GlobalOptions(
        value(chain, "--server"),
        value(chain, "--token"),
        value(chain, "--account"),
        value(chain, "--profile"),
        value(chain, "--platform-token"),
        value(chain, "--output"),
        columns == null ? null : Arrays.stream(columns.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        value(chain, "--jq"),
        flag(chain, "--raw"),
        flag(chain, "--no-color"),
        flag(chain, "--verbose"),
        flag(chain, "--debug"),
        value(chain, "--timeout"),
        value(chain, "--max-retries"),
        value(chain, "--rate"),
        flag(chain, "--insecure"),
        value(chain, "--cacert"),
        value(chain, "--max-wait"));
  }

  private static <T> T value(List<ParseResult> chain, String name) {
    T found = null;
    for (ParseResult pr : chain) {
      if (pr.hasMatchedOption(name)) {
        found = pr.matchedOptionValue(name, null);
      }
    }
    return found;
  }

  private static boolean flag(List<ParseResult> chain, String name) {
    for (ParseResult pr : chain) {
      if (pr.hasMatchedOption(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether --debug is among raw arguments (for failures before parsing completes). */
  public static boolean debugRequested(String[] args) {
    return Arrays.asList(args).contains("--debug");
  }
}
