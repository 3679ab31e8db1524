package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.AgentsApi;
import io.inquirly.api.InboxesApi;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.OperationRef;
import io.inquirly.api.TeamsApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names where ids are taken, as gh and the Chatwoot CLI allow: {@code --inbox Support}, {@code --team billing},
 * {@code --agent 'Agent Alan'} or an agent's e-mail. An exact name wins, then a unique case-insensitive one; an
 * unknown or ambiguous name is exit 2 listing the candidates. Each kind is listed once per run, through its
 * catalogue operation, and only when a name (not an id) was given.
 */
final class NamedIds {
  /** A name given where an id is expected, resolved by {@link #resolve}. */
  record Name(String option, String text) {}

  private record Kind(String noun, OperationRef list, List<String> fields) {}

  private static final Map<String, Kind> KINDS = Map.of(
      "--inbox", new Kind("inbox", InboxesApi.LIST, List.of("name")),
      "--team", new Kind("team", TeamsApi.LIST, List.of("name")),
      "--agent", new Kind("agent", AgentsApi.LIST, List.of("name", "email")));

  private final Map<String, List<JsonNode>> listed = new HashMap<>();

  /** Whether an integer option of this name may be given a name instead. */
  static boolean takesNames(String option) {
    return option != null && KINDS.containsKey(option);
  }

  /** The option's value as typed: a positive id as a number, anything else as a {@link Name} to resolve. */
  static Object parse(String option, String text) {
    String t = text.strip();
    // by hand, not a regex: this runs on the start-up path of every command given --inbox, --team or --agent
    if (t.length() <= 18 && digits(t, 0)) {
      long id = Long.parseLong(t);
      if (id > 0) {
        return id;
      }
    }
    if (t.isEmpty() || t.startsWith("-") && digits(t, 1)) {
      throw new picocli.CommandLine.TypeConversionException("'" + text + "' is neither an id (a positive whole "
          + "number) nor a name");
    }
    return new Name(option, t);
  }

  /** Whether {@code s} holds one or more characters from {@code from} on, all ASCII digits. */
  private static boolean digits(String s, int from) {
    if (s.length() <= from) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Replaces every {@link Name} among the values with the id it names. */
  void resolve(Invoker invoker, Map<String, Object> values) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (e.getValue() instanceof Name name) {
        e.setValue(id(invoker, name));
      }
    }
  }

  private long id(Invoker invoker, Name name) {
    Kind kind = KINDS.get(name.option());
    List<JsonNode> all = listed.computeIfAbsent(name.option(), k -> {
      Operation op = kind.list().resolve();
      return Invoker.records(op, invoker.call(op, Map.of(), null));
    });
    List<JsonNode> exact = new ArrayList<>();
    List<JsonNode> folded = new ArrayList<>();
    String wanted = name.text().toLowerCase(Locale.ROOT);
    for (JsonNode record : all) {
      for (String field : kind.fields()) {
        String value = record.path(field).asText("");
        if (value.equals(name.text())) {
          exact.add(record);
          break;
        }
        if (value.toLowerCase(Locale.ROOT).equals(wanted)) {
          folded.add(record);
          break;
        }
      }
    }
    List<JsonNode> found = exact.isEmpty() ? folded : exact;
    if (found.size() == 1) {
      return found.get(0).path("id").asLong();
    }
    if (found.isEmpty()) {
      throw CliException.usage("no " + kind.noun() + " named '" + name.text() + "' (" + name.option() + ")",
          "give its id or one of: " + candidates(all, kind));
    }
    throw CliException.usage(found.size() + " " + OperationCommand.plural(kind.noun()) + " are named '" + name.text() + "' ("
        + name.option() + ")", "give the id of the one you mean: " + candidates(found, kind));
  }

  private static String candidates(List<JsonNode> records, Kind kind) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : records) {
      String label = r.path(kind.fields().get(0)).asText("");
      if (kind.fields().size() > 1 && r.hasNonNull(kind.fields().get(1))) {
        label += " <" + r.path(kind.fields().get(1)).asText() + ">";
      }
      out.add(r.path("id").asText() + " " + label);
      if (out.size() == 15) {
        out.add("…");
        break;
      }
    }
    return out.isEmpty() ? "(there are none)" : String.join(", ", out);
  }
}
