package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Function;

/**
 * A body field that no option sets directly: its value is computed from the operation's other values (e.g.
 * {@code --where} conditions into a filter {@code payload}, {@code --user 2,3} into {@code user_ids}), or is a
 * constant or a default. Declared on the operation next to its parameters; the {@link Invoker} evaluates it
 * when it builds the body.
 *
 * @param field the dotted body field; null when the value is an object whose fields all go to the body's top
 *     level (e.g. the fields read from a rule file)
 * @param value the value from the command's values, or null for no field
 * @param fallback only sets the field when neither a flag nor {@code --data} did (a default); otherwise the
 *     computed value wins over {@code --data}, as flags do
 */
public record Computed(String field, Function<Map<String, Object>, Object> value, boolean fallback) {

  /** {@code field} computed from the values; nothing is sent when the function returns null. */
  public static Computed of(String field, Function<Map<String, Object>, Object> value) {
    return new Computed(field, value, false);
  }

  /** {@code field} always sent with this value (a JSON null or a fixed flag, say). */
  public static Computed constant(String field, Object value) {
    return new Computed(field, values -> value, false);
  }

  /** {@code field} sent with this value unless a flag or {@code --data} gave it (a required field's usual value). */
  public static Computed byDefault(String field, Object value) {
    return new Computed(field, values -> value, true);
  }

  /** The fields of the computed object, each at the body's top level. */
  public static Computed fields(Function<Map<String, Object>, JsonNode> value) {
    return new Computed(null, value::apply, false);
  }

  /** The value of the parameter {@code name} again, as a body field (the server reads it from either). */
  public static Computed copyOf(String name) {
    return of(name, values -> values.get(name));
  }
}
