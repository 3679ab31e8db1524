package io.inquirly.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * A compiled {@code --jq} expression (jackson-jq, jq 1.6 language and builtins). Only loaded when
 * --jq is given: the builtin scope costs ~150 ms to build, so it lives in a lazy holder, built once
 * per JVM and then only read (child scopes per evaluation), which jackson-jq supports across threads.
 */
final class Jq {
  static final String MANUAL = "https://jqlang.github.io/jq/manual/";

  private final String expression;
  private final JsonQuery query;

  private Jq(String expression, JsonQuery query) {
    this.expression = expression;
    this.query = query;
  }

  /** @throws OutputException on a syntax error, with a one-line reason */
  static Jq compile(String expression) {
    try {
      return new Jq(expression, JsonQuery.compile(expression, Versions.JQ_1_6));
    } catch (JsonQueryException | RuntimeException e) {
      throw new OutputException(
          "invalid --jq expression '" + expression + "': " + reason(e) + "; see " + MANUAL);
    }
  }

  /**
   * Evaluates against {@code input}, handing each result to {@code sink} as it is produced.
   *
   * @throws OutputException on a run-time error (unknown function, type error, error(...))
   */
  void apply(JsonNode input, Consumer<JsonNode> sink) {
    try {
      query.apply(Scope.newChildScope(Builtins.ROOT), input, sink::accept);
    } catch (JsonQueryException e) {
      throw new OutputException(
          "--jq expression '"
              + expression
              + "' failed: "
              + oneLine(e.getMessage())
              + "; check it against the JSON shape shown by -o json (or --raw)");
    }
  }

  /**
   * The most useful line of a compile error: the parser's own message ("Encountered ... at line 1,
   * column 6.") rather than jackson-jq's "Cannot compile query: ...".
   */
  static String reason(Throwable e) {
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String msg = oneLine(deepest.getMessage());
    if (msg.startsWith("Encountered \"<EOF>\"")) {
      msg = "unexpected end of expression" + msg.substring("Encountered \"<EOF>\"".length());
    } else if (msg.startsWith("Encountered ")) {
      msg = "unexpected " + msg.substring("Encountered ".length());
    }
    if (msg.endsWith(".")) {
      msg = msg.substring(0, msg.length() - 1);
    }
    return msg.isEmpty() ? "syntax error" : msg;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static final class Builtins {
    static final Scope ROOT = load();

    private static Scope load() {
      Scope root = Scope.newEmptyScope();
      BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, root);
      return root;
    }
  }
}
