package io.inquirly.api;

import java.util.List;
import java.util.function.Function;

/**
 * One input of an operation: a positional path id, a query parameter or a body field.
 *
 * @param name the API's name; body names may be dotted for nesting ({@code additional_attributes.city})
 * @param in where it goes
 * @param type how the command line value is typed and sent
 * @param option the option name ({@code --inbox}); null for positional path parameters
 * @param label the value's label in help ({@code ID}, {@code EMAIL})
 * @param description help text
 * @param required must be given (positional path parameters always are)
 * @param choices allowed values, or empty
 * @param convert turns the raw text into the value sent (e.g. {@code 2h} into epoch seconds); null = by type
 * @param aliases further option names that mean the same (older spellings kept working), or empty
 * @param selects for a list of ids: the group whose selection options ({@code --where}, {@code --status}, ...)
 *     may give them instead ({@code conversations}), or null
 */
public record Param(
    String name,
    In in,
    Type type,
    String option,
    String label,
    String description,
    boolean required,
    List<String> choices,
    Function<String, Object> convert,
    List<String> aliases,
    String selects) {

  /** Where a parameter travels. */
  public enum In {
    PATH,
    QUERY,
    BODY,
    /** not sent as is: read by the operation's prepare step or handler. */
    LOCAL
  }

  /** How the value is typed. */
  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** repeated {@code key=value} (string) or {@code key:=json}, sent as an object. */
    MAP,
    /** repeated or comma-separated, sent as an array (query: repeated {@code name[]}). */
    LIST,
    /** a JSON value given as text. */
    JSON
  }

  public Param(String name, In in, Type type, String option, String label, String description, boolean required,
      List<String> choices, Function<String, Object> convert) {
    this(name, in, type, option, label, description, required, choices, convert, List.of(), null);
  }

  public Param(String name, In in, Type type, String option, String label, String description, boolean required,
      List<String> choices, Function<String, Object> convert, List<String> aliases) {
    this(name, in, type, option, label, description, required, choices, convert, aliases, null);
  }

  /**
   * These ids may be given as a selection of the group's records instead ({@code macros execute --status open}):
   * the command reads every matching id first, asks once with the count, then sends them all here.
   */
  public Param selecting(String group) {
    return new Param(name, in, type, option, label, description, required, choices, convert, aliases, group);
  }

  /** The option's names, the main one first. */
  public String[] optionNames() {
    List<String> names = new java.util.ArrayList<>();
    names.add(option);
    names.addAll(aliases);
    return names.toArray(String[]::new);
  }

  public boolean positional() {
    return option == null;
  }

  // ---- builders used by the group files ----

  public static Param path(String name, String label, String description) {
    return new Param(name, In.PATH, Type.INTEGER, null, label, description, true, List.of(), null, List.of());
  }

  public static Param pathText(String name, String label, String description) {
    return new Param(name, In.PATH, Type.STRING, null, label, description, true, List.of(), null, List.of());
  }

  public static Param query(String name, String option, String description) {
    return new Param(name, In.QUERY, Type.STRING, option, labelOf(name), description, false, List.of(), null, List.of());
  }

  public static Param body(String name, String option, String description) {
    return new Param(name, In.BODY, Type.STRING, option, labelOf(name), description, false, List.of(), null, List.of());
  }

  public static Param local(String name, String option, String description) {
    return new Param(name, In.LOCAL, Type.STRING, option, labelOf(name), description, false, List.of(), null, List.of());
  }

  public static Param flag(String name, String option, String description) {
    return local(name, option, description).type(Type.BOOLEAN);
  }

  public Param type(Type t) {
    return new Param(name, in, t, option, t == Type.MAP ? "KEY=VALUE" : label, description, required, choices,
        convert, aliases, selects);
  }

  public Param integer() {
    return type(Type.INTEGER);
  }

  public Param mandatory() {
    return new Param(name, in, type, option, label, description, true, choices, convert, aliases, selects);
  }

  public Param labelled(String l) {
    return new Param(name, in, type, option, l, description, required, choices, convert, aliases, selects);
  }

  public Param choices(String... values) {
    return new Param(name, in, type, option, label, description, required, List.of(values), convert, aliases, selects);
  }

  public Param convert(Function<String, Object> f) {
    return new Param(name, in, type, option, label, description, required, choices, f, aliases, selects);
  }

  /** Also accepts these option names (shown in help next to the main one). */
  public Param alias(String... names) {
    return new Param(name, in, type, option, label, description, required, choices, convert, List.of(names), selects);
  }

  private static String labelOf(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1);
    return last.toUpperCase(java.util.Locale.ROOT);
  }
}
