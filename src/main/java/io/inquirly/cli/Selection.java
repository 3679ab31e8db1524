package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.ContactsApi;
import io.inquirly.api.ConversationsApi;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.api.Param;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The records a batch verb over contacts or conversations acts on when it is given a selection instead of ids:
 * filter conditions ({@code --where}, the language of {@code filter}), shorthands for the usual ones
 * ({@code --label}, and for conversations {@code --status} and {@code --inbox}), or {@code --all-matching} for
 * every record. {@link #snapshot} reads every page first, so the action cannot move records between pages under
 * its own feet (a naive page-by-page run skips one page in two when the change takes records out of the filter).
 *
 * @param group contacts or conversations
 * @param where --where conditions, as given
 * @param any --any: conditions joined with OR
 * @param labels --label values (any of them)
 * @param status --status (conversations), or null
 * @param inbox --inbox (conversations), or null
 * @param allMatching --all-matching: every record
 */
record Selection(String group, List<String> where, boolean any, List<String> labels, String status, Long inbox,
    boolean allMatching) {

  /** Whether conversations are selected (else contacts). */
  boolean conversations() {
    return group.equals("conversations");
  }

  /** The filter conditions: --where, then the shorthands. Empty for --all-matching on contacts (a list). */
  List<String> conditions() {
    if (allMatching) {
      return conversations() ? List.of("status equal_to all") : List.of();
    }
    List<String> c = new ArrayList<>(where);
    if (!labels.isEmpty()) {
      c.add("labels equal_to " + String.join(",", labels));
    }
    if (status != null) {
      c.add("status equal_to " + status);
    }
    if (inbox != null) {
      c.add("inbox_id equal_to " + inbox);
    }
    return c;
  }

  /** The operation that lists the selection: the group's filter, or contacts list for every contact. */
  Operation query() {
    if (conversations()) {
      return ConversationsApi.FILTER.resolve();
    }
    return conditions().isEmpty() ? ContactsApi.LIST.resolve() : ContactsApi.FILTER.resolve();
  }

  Map<String, Object> queryValues() {
    List<String> c = conditions();
    return c.isEmpty() ? new java.util.HashMap<>() : new java.util.HashMap<>(Map.of("where", c, "any", any));
  }

  /**
   * Every selected id, reading every page before anything is changed; an id seen twice (a record that moved
   * between pages while they were read) is kept once, in the order first seen.
   */
  List<Long> snapshot(Invoker invoker) {
    Operation op = query();
    Set<Long> ids = new LinkedHashSet<>();
    invoker.walk(op, invoker.request(op, queryValues(), null), 1, true, 0,
        records -> records.forEach(r -> ids.add(r.path("id").asLong())));
    return new ArrayList<>(ids);
  }

  /** The ids of {@code ids} that the selection still lists (read in pages). */
  Set<Long> stillListed(Invoker invoker, List<Long> ids) {
    Set<Long> wanted = new HashSet<>(ids);
    Set<Long> found = new HashSet<>();
    Operation op = query();
    invoker.walk(op, invoker.request(op, queryValues(), null), 1, true, 0, records -> records.forEach(r -> {
      long id = r.path("id").asLong();
      if (wanted.contains(id)) {
        found.add(id);
      }
    }));
    return found;
  }

  /** Reads records of the selection's kind by id, in pages of filters (conversations only: display_id). */
  static void readConversations(Invoker invoker, List<Long> ids, java.util.function.Consumer<JsonNode> each) {
    Operation op = ConversationsApi.FILTER.resolve();
    for (int from = 0; from < ids.size(); from += READ_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_CHUNK)).stream()
          .map(String::valueOf).toList();
      Map<String, Object> values = new java.util.HashMap<>(Map.of("where",
          List.of("display_id equal_to " + String.join(",", chunk), "status equal_to all"), "any", false));
      invoker.walk(op, invoker.request(op, values, null), 1, true, 0, records -> records.forEach(each));
    }
  }

  /**
   * The operation's example with a selection instead of its ids, for --help: "inquirly conversations status 1 3
   * --to resolved" becomes "... status --status open --inbox 1 --to resolved --yes".
   */
  static String example(Operation op, String group) {
    Set<String> taken = taken(op);
    String command = "inquirly " + op.commandLine();
    Param into = OperationSpec.selecting(op);
    String rest = op.example().substring(command.length()).strip();
    // the ids the selection replaces: the batch verb's leading ids, or the list option's values
    rest = into == null ? rest.replaceFirst("^(\\d+\\s*)+", "")
        : rest.replaceAll("\\s*" + java.util.regex.Pattern.quote(into.option()) + "[ =]\\S+", "").strip();
    String selection;
    if (group.equals("conversations")) {
      selection = taken.contains("--label") ? "--where 'status equal_to open' --where 'inbox_id equal_to 1'"
          : "--status open --inbox 1";
    } else {
      selection = taken.contains("--label") ? "--where 'email contains @example.com'" : "--label spam";
    }
    if (into != null) { // the operation's own arguments first: "macros execute 1 --status open ..."
      return command + (rest.isEmpty() ? "" : " " + rest) + " " + selection + (rest.contains("--yes") ? "" : " --yes");
    }
    return command + " " + selection + (rest.isEmpty() ? "" : " " + rest) + (rest.contains("--yes") ? "" : " --yes");
  }

  /** The option names the operation's own parameters use. */
  static Set<String> taken(Operation op) {
    Set<String> taken = new HashSet<>();
    for (Param p : op.params()) {
      if (!p.positional()) {
        taken.addAll(List.of(p.optionNames()));
      }
    }
    return taken;
  }

  /** Ids per verifying filter (each one a few pages of 25). */
  static final int READ_CHUNK = 100;

  /** The picocli options of a selection, added to a batch verb's command. */
  static final class Options {
    private final String group;
    private final OptionSpec where;
    private final OptionSpec any;
    private final OptionSpec label;
    private final OptionSpec status;
    private final OptionSpec inbox;
    private final OptionSpec allMatching;

    private Options(String group, OptionSpec where, OptionSpec any, OptionSpec label, OptionSpec status,
        OptionSpec inbox, OptionSpec allMatching) {
      this.group = group;
      this.where = where;
      this.any = any;
      this.label = label;
      this.status = status;
      this.inbox = inbox;
      this.allMatching = allMatching;
    }

    /**
     * Adds the selection options to a batch verb of contacts or conversations (null for other groups). A name the
     * operation already uses (the labels verbs' --label) is left to the operation: --where 'labels equal_to X'
     * selects by label there.
     */
    static Options add(CommandSpec spec, Operation op, String group) {
      if (!group.equals("contacts") && !group.equals("conversations")) {
        return null;
      }
      Set<String> taken = taken(op);
      String noun = group.substring(0, group.length() - 1);
      boolean conversations = group.equals("conversations");
      OptionSpec where = taken.contains("--where") ? null : add(spec, OptionSpec.builder("--where").paramLabel("COND")
          .type(List.class).auxiliaryTypes(String.class)
          .description("act on every " + noun + " matching KEY OPERATOR VALUE, as in '" + group + " filter' "
              + "(repeatable; all of them, or any with --any)"));
      OptionSpec any = taken.contains("--any") ? null : add(spec, OptionSpec.builder("--any").arity("0")
          .type(boolean.class).description("a selection's conditions joined with OR instead of AND"));
      OptionSpec label = taken.contains("--label") ? null : add(spec, OptionSpec.builder("--label")
          .paramLabel("LABEL").type(List.class).auxiliaryTypes(String.class).splitRegex(",")
          .description("act on every " + noun + " with this label (repeatable: any of them)"));
      OptionSpec status = !conversations || taken.contains("--status") ? null : add(spec,
          OptionSpec.builder("--status").paramLabel("STATUS").type(String.class)
              .completionCandidates(List.of("open", "resolved", "pending", "snoozed", "all"))
              .converters(Options::status)
              .description("act on every conversation with this status (open, resolved, pending, snoozed, all)"));
      OptionSpec inbox = !conversations || taken.contains("--inbox") ? null : add(spec,
          OptionSpec.builder("--inbox").paramLabel("ID").type(Long.class)
              .description("act on every conversation of this inbox"));
      OptionSpec all = add(spec, OptionSpec.builder("--all-matching").arity("0").type(boolean.class)
          .description("act on every " + noun + " of the account"));
      spec.usageMessage().footerHeading("%nExamples:%n")
          .footer("  " + op.example().replace("%", "%%"), "  " + example(op, group).replace("%", "%%"));
      return new Options(group, where, any, label, status, inbox, all);
    }

    private static String status(String text) {
      if (!List.of("open", "resolved", "pending", "snoozed", "all").contains(text)) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + text + "' is not one of open, resolved, pending, snoozed, all");
      }
      return text;
    }

    private static OptionSpec add(CommandSpec spec, OptionSpec.Builder b) {
      OptionSpec o = b.build();
      spec.addOption(o);
      return o;
    }

    /** The selection given, or null when none of its options was. */
    Selection read() {
      List<String> w = list(where);
      List<String> l = list(label);
      String s = status == null ? null : status.getValue();
      Long i = inbox == null ? null : inbox.getValue();
      boolean every = Boolean.TRUE.equals(allMatching.getValue());
      if (w.isEmpty() && l.isEmpty() && s == null && i == null && !every) {
        return null;
      }
      if (every && (!w.isEmpty() || !l.isEmpty() || s != null || i != null)) {
        throw CliException.usage("--all-matching selects every " + group.substring(0, group.length() - 1)
            + ": it takes no --where, --label, --status or --inbox", "drop --all-matching, or the conditions");
      }
      return new Selection(group, w, any != null && Boolean.TRUE.equals(any.getValue()), l, s, i, every);
    }

    private static List<String> list(OptionSpec o) {
      if (o == null || o.getValue() == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (Object v : (List<?>) o.getValue()) {
        out.add(String.valueOf(v));
      }
      return out;
    }
  }
}
