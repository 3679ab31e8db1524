package io.inquirly.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One API operation, declared once: the command that runs it, the request it sends, and where its
 * records sit in the server's answer. Generic code builds the command, request and output from it.
 *
 * @param command the command words, e.g. {@code [contacts, labels, add]}
 * @param method HTTP method
 * @param path path template; {@code {account_id}} comes from the target, other placeholders from path params
 * @param operationId the operationId of OPERATIONS.tsv (several commands may share one, e.g. labels add/set)
 * @param auth which credential it needs
 * @param summary one line for help and listings
 * @param description longer help, or empty
 * @param params inputs, positional path params first in path order
 * @param computed body fields computed from the values (no option of their own)
 * @param result what the answer holds
 * @param records dotted path to the record(s) inside the answer; empty = the whole body
 * @param paging how lists are paged
 * @param columns default table/csv columns
 * @param example a command line that runs as written against a fresh sandbox
 * @param noun what one record is called, for messages ("contact")
 * @param confirm destructive: asks on a TTY, needs --yes otherwise
 * @param reads a POST that only reads (a filter): no --dry-run, safe to repeat
 * @param batch the first path id may be several ids (arguments or --ids), run concurrently
 * @param prepare rewrites the values before the request is built (e.g. --where into a filter payload), or null
 * @param handler custom behaviour on top of the request, or null for the plain call
 * @param status a line for stderr after success, from the values and the answer (null = the default:
 *     "Deleted ..." for deletes, nothing otherwise); may return null for no line
 * @param text a field of the single record printed alone as plain text when no -o, --columns or --jq is
 *     given (e.g. a login URL), or null
 * @param series the records are points of a series ({@code --chart}), or null
 * @param sources the upstream server files this operation was checked against (route, controller, view,
 *     policy, model...), as paths inside the Chatwoot source ({@code app/controllers/...}); see docs/upstream.md
 * @param availability which servers have the route (a version, the Enterprise edition), or null for every
 *     server: a missing route's 404 then says so ({@link Availability})
 */
public record Operation(
    List<String> command,
    String method,
    String path,
    String operationId,
    Auth auth,
    String summary,
    String description,
    List<Param> params,
    List<Computed> computed,
    Result result,
    String records,
    Paging paging,
    List<String> columns,
    String example,
    String noun,
    boolean confirm,
    boolean reads,
    boolean batch,
    java.util.function.UnaryOperator<java.util.Map<String, Object>> prepare,
    Handler handler,
    java.util.function.BiFunction<java.util.Map<String, Object>, com.fasterxml.jackson.databind.JsonNode, String> status,
    String text,

    Series series,
    List<String> sources,
    Availability availability) {

  /**
   * A list whose records are points of a series.
   *
   * @param label the field labelling a point (epoch seconds are shown as dates)
   * @param value the numeric field
   */
  public record Series(String label, String value) {}

  /** What an answer holds. */
  public enum Result {
    /** A list of records. */
    LIST,
    /** One record. */
    ONE,
    /** Nothing worth printing (e.g. a delete's empty body): a status line on stderr. */
    NONE
  }

  /** How a list is paged. */
  public enum Paging {
    NONE,
    /** {@code page=N} (1-based) with a fixed page size. */
    PAGES,
    /** message ids: {@code before=ID}; walks back to the first. */
    CURSOR
  }

  public String commandLine() {
    return String.join(" ", command);
  }

  public String verb() {
    return command.get(command.size() - 1);
  }

  public boolean mutates() {
    return !method.equals("GET") && !reads;
  }

  public boolean hasBody() {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
        || params.stream().anyMatch(p -> p.in() == Param.In.BODY);
  }

  public List<Param> positionals() {
    return params.stream().filter(Param::positional).toList();
  }

  /** An operation declared under its typed reference (the command's name is the reference's). */
  public static Builder op(OperationRef ref, String method, String path) {
    return op(ref.command(), method, path);
  }

  public static Builder op(String command, String method, String path) {
    return new Builder(Arrays.asList(command.split(" ")), method, path);
  }

  /** Fluent construction for the group files. */
  public static final class Builder {
    private final List<String> command;
    private final String method;
    private final String path;
    private String operationId = "";
    private Auth auth;
    private String summary = "";
    private String description = "";
    private final List<Param> params = new ArrayList<>();
    private final List<Computed> computed = new ArrayList<>();
    private Result result = Result.ONE;
    private String records = "";
    private Paging paging = Paging.NONE;
    private List<String> columns = List.of("id");
    private String example = "";
    private String noun;
    private boolean confirm;
    private boolean reads;
    private boolean batch;
    private java.util.function.UnaryOperator<java.util.Map<String, Object>> prepare;
    private Handler handler;
    private java.util.function.BiFunction<java.util.Map<String, Object>, com.fasterxml.jackson.databind.JsonNode,
        String> status;
    private String text;
    private Series series;
    private final List<String> sources = new ArrayList<>();
    private Availability availability;

    private Builder(List<String> command, String method, String path) {
      this.command = List.copyOf(command);
      this.method = method;
      this.path = path;
      this.result = method.equals("DELETE") ? Result.NONE : Result.ONE;
      this.confirm = method.equals("DELETE");
    }

    public Builder id(String operationId) {
      this.operationId = operationId;
      return this;
    }

    public Builder auth(Auth a) {
      this.auth = a;
      return this;
    }

    public Builder summary(String s) {
      this.summary = s;
      return this;
    }

    public Builder description(String d) {
      this.description = d;
      return this;
    }

    public Builder params(Param... ps) {
      params.addAll(Arrays.asList(ps));
      return this;
    }

    /** Body fields computed from the values, sent after the fields of the options. */
    public Builder computed(Computed... cs) {
      computed.addAll(Arrays.asList(cs));
      return this;
    }

    /** A list of records at {@code path} in the answer. */
    public Builder list(String path) {
      this.result = Result.LIST;
      this.records = path;
      return this;
    }

    /** One record at {@code path} in the answer. */
    public Builder one(String path) {
      this.result = Result.ONE;
      this.records = path;
      return this;
    }

    public Builder none() {
      this.result = Result.NONE;
      return this;
    }

    public Builder paged() {
      this.paging = Paging.PAGES;
      return this;
    }

    public Builder cursor() {
      this.paging = Paging.CURSOR;
      return this;
    }

    public Builder columns(String... cs) {
      this.columns = List.of(cs);
      return this;
    }

    public Builder example(String e) {
      this.example = e;
      return this;
    }

    public Builder noun(String n) {
      this.noun = n;
      return this;
    }

    public Builder confirm(boolean c) {
      this.confirm = c;
      return this;
    }

    /** A POST that only reads, such as a filter. */
    public Builder reads() {
      this.reads = true;
      return this;
    }

    /** The first path id may be several ids, each sent as its own request (concurrently). */
    public Builder batch() {
      this.batch = true;
      return this;
    }

    public Builder prepare(java.util.function.UnaryOperator<java.util.Map<String, Object>> p) {
      this.prepare = p;
      return this;
    }

    public Builder handler(Handler h) {
      this.handler = h;
      return this;
    }

    /** A line for stderr after success (replaces the default "Deleted ..." of deletes). */
    public Builder status(java.util.function.BiFunction<java.util.Map<String, Object>,
        com.fasterxml.jackson.databind.JsonNode, String> s) {
      this.status = s;
      return this;
    }

    /** Prints this field of the single record as plain text unless an output format is asked for. */
    public Builder text(String field) {
      this.text = field;
      return this;
    }

    /** The records are a series: {@code --chart} draws {@code value} by {@code label}. */
    public Builder series(String label, String value) {
      this.series = new Series(label, value);
      return this;
    }

    /**
     * The upstream server files this operation relies on (paths inside the Chatwoot source, e.g.
     * {@code app/controllers/api/v1/accounts/contacts_controller.rb}): checked against them, and to re-check
     * against the next server release. {@code config/routes.rb} is implied.
     */
    public Builder source(String... files) {
      sources.addAll(Arrays.asList(files));
      return this;
    }

    /**
     * The upstream Chatwoot version that added this route, and the API in the user's words ("contact notes"):
     * an older server's 404 says "this server has no contact notes API (Chatwoot 4.1 added it ...)", exit 4.
     */
    public Builder since(String version, String what) {
      this.availability = availability != null && availability.enterprise()
          ? availability.andSince(version) : Availability.since(version, what);
      return this;
    }

    /**
     * Newer than some servers still in use, the version that added it unknown: a 404 says "this server has no
     * live reports API (an older server version?)", exit 4.
     */
    public Builder recent(String what) {
      this.availability = Availability.since(null, what);
      return this;
    }

    /** Only the Enterprise edition serves this route: a Community server's 404 or 402 says so, exit 5. */
    public Builder enterprise(String what) {
      this.availability = Availability.enterprise(what);
      return this;
    }

    /** Takes the group's defaults for what this operation does not say itself. */
    Builder inherit(Group.Defaults defaults) {
      if (auth == null) {
        auth = defaults.auth();
      }
      if (noun == null) {
        noun = defaults.noun();
      }
      if (sources.isEmpty()) {
        sources.addAll(defaults.sources());
      }
      if (availability == null) {
        availability = defaults.availability();
      }
      return this;
    }

    public Operation build() {
      return new Operation(command, method, path, operationId, auth == null ? Auth.USER : auth, summary,
          description, List.copyOf(params), List.copyOf(computed), result, records, paging, columns, example,
          noun == null ? "record" : noun, confirm, reads, batch, prepare, handler, status, text,
          series, List.copyOf(sources), availability);
    }
  }
}
