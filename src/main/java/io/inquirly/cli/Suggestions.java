package io.inquirly.cli;

import io.inquirly.api.Catalogue;
import io.inquirly.api.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The words people type for commands that are spelled otherwise: the usual aliases ({@code ls}, {@code get},
 * {@code rm}, ... as gh and kubectl accept them) and "did you mean" by edit distance.
 */
final class Suggestions {
  private Suggestions() {}

  /** Alias → the verb it stands for, where the group has that verb and not the alias itself. */
  static final Map<String, String> ALIASES = Map.of(
      "ls", "list",
      "get", "show",
      "view", "show",
      "rm", "delete",
      "del", "delete",
      "new", "create",
      "add", "create");

  /**
   * The arguments with an alias replaced by its command ({@code contacts ls} → {@code contacts list}) and a
   * first word {@code version} by {@code --version}. Only words on the command path are looked at, and only
   * where the alias is not a command of its own there ({@code contacts labels add} stays).
   */
  static String[] resolve(String[] args) {
    List<Integer> at = Commands.wordIndexes(args);
    if (at.isEmpty()) {
      return args;
    }
    String first = args[at.get(0)];
    if (first.equals("version")) {
      return replaced(args, at.get(0), "--version");
    }
    Catalogue.Entry entry = Catalogue.entry(first);
    if (entry != null && entry.implied() != null && at.size() > 1) {
      return implied(args, at.get(0), at.get(1), entry);
    }
    if (entry == null || at.stream().skip(1).noneMatch(i -> ALIASES.containsKey(args[i]))) {
      return args; // the everyday path: no group is built here
    }
    List<List<String>> paths = new ArrayList<>();
    for (Operation op : entry.build().get().operations()) {
      paths.add(op.command());
    }
    for (Commands.Extra x : Commands.EXTRAS) {
      if (x.group().equals(first)) {
        paths.add(List.of(x.group(), x.name()));
      }
    }
    List<String> prefix = new ArrayList<>(List.of(first));
    for (int k = 1; k < at.size(); k++) {
      String word = args[at.get(k)];
      if (startsAny(paths, prefix, word)) {
        prefix.add(word);
        continue;
      }
      String verb = ALIASES.get(word);
      if (verb != null && startsAny(paths, prefix, verb)) {
        return replaced(args, at.get(k), verb);
      }
      break;
    }
    return args;
  }

  /**
   * The arguments with the group's implied verb put before a word that is none of its commands
   * ({@code search grace} → {@code search all grace}); an alias or a command of the group stays as it is.
   */
  private static String[] implied(String[] args, int group, int second, Catalogue.Entry entry) {
    String word = args[second];
    for (Operation op : entry.build().get().operations()) {
      if (op.command().size() > 1 && op.command().get(1).equals(ALIASES.getOrDefault(word, word))) {
        return word.equals(op.command().get(1)) ? args : replaced(args, second, op.command().get(1));
      }
    }
    List<String> out = new ArrayList<>(List.of(args));
    out.add(group + 1, entry.implied());
    return out.toArray(String[]::new);
  }

  /**
   * The command the user probably meant: an alias's verb, a unique command starting with the word, or the
   * nearest by edit distance (at most a third of the word's length, at least 1); null when none is close.
   */
  static String best(String typed, Collection<String> candidates) {
    String alias = ALIASES.get(typed);
    if (alias != null && candidates.contains(alias)) {
      return alias;
    }
    if (typed.equals("version") || typed.equals("-V")) {
      return "--version";
    }
    List<String> prefixed = candidates.stream().filter(c -> typed.length() >= 3 && c.startsWith(typed)).toList();
    if (prefixed.size() == 1) {
      return prefixed.get(0);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(1, typed.length() / 3);
    for (String c : candidates) {
      int d = org.jline.utils.Levenshtein.distance(typed, c);
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  private static boolean startsAny(List<List<String>> paths, List<String> prefix, String word) {
    for (List<String> p : paths) {
      if (p.size() > prefix.size() && p.subList(0, prefix.size()).equals(prefix) && p.get(prefix.size()).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static String[] replaced(String[] args, int index, String word) {
    String[] copy = args.clone();
    copy[index] = word;
    return copy;
  }
}
