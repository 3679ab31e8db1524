package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.common.CsvLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A dedupe plan: per group, the contact that stays ({@code keep}) and those merged into it ({@code merge}), one
 * CSV row per contact (RFC 4180), so a person can review and edit it in a spreadsheet. {@code copy_labels} names
 * the labels of a merged contact that the survivor lacks: the server's merge destroys them with the contact, so
 * they are added to the survivor first. {@code drops} names the merged contact's values the merge loses because the
 * survivor has its own (information for the review; nothing is done about them).
 */
public final class DedupePlan {
  public static final List<String> HEADER = List.of("group", "action", "contact_id", "name", "email",
      "phone_number", "identifier", "created_at", "conversations", "copy_labels", "drops", "match");
  private static final List<String> SCALARS = List.of("name", "email", "phone_number", "identifier");

  /** Which contact of a group stays. */
  public enum Keep {
    OLDEST, NEWEST, MOST_CONVERSATIONS, MOST_COMPLETE;

    public String text() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One row of a plan: {@code row} is its data row number in the file (0 before it is written). */
  public record Entry(long row, int group, boolean keep, long id, List<String> copyLabels) {}

  /** A group as planned: the survivor first, then the merged contacts in file order. */
  public record Group(int number, Entry survivor, List<Entry> merged) {}

  private DedupePlan() {}

  // ---- building ----

  /** A group with its contacts as read from the server, ready to be written. */
  public record Planned(int number, List<List<String>> rows) {}

  /**
   * Reads each group's contacts from the server ({@code concurrency} groups at a time; conversations only for
   * {@link Keep#MOST_CONVERSATIONS}) and picks the survivor. Contacts gone since the listing are left out, and a
   * group left with one contact is dropped. Groups are renumbered from 1.
   */
  public static List<Planned> build(List<List<Duplicates.Member>> groups, MergeRemote remote, Keep keep,
      int concurrency) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency), r -> {
      Thread t = new Thread(r, "inquirly-dedupe-plan");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<List<String>>>> futures = new ArrayList<>(groups.size());
      for (List<Duplicates.Member> g : groups) {
        Callable<List<List<String>>> task = () -> plan(g, remote, keep);
        futures.add(pool.submit(task));
      }
      List<Planned> out = new ArrayList<>();
      for (Future<List<List<String>>> f : futures) {
        List<List<String>> rows = get(f);
        if (rows != null) {
          int n = out.size() + 1;
          for (List<String> row : rows) {
            row.set(0, String.valueOf(n));
          }
          out.add(new Planned(n, rows));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.inquirly.http.Cancelled();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private record Candidate(JsonNode record, String match, int conversations, int completeness, List<String> labels) {
    long id() {
      return record.path("id").asLong();
    }

    long created() {
      return record.path("created_at").asLong();
    }
  }

  private static List<List<String>> plan(List<Duplicates.Member> group, MergeRemote remote, Keep keep) {
    List<Candidate> found = new ArrayList<>();
    for (Duplicates.Member m : group) {
      JsonNode c = remote.show(m.id());
      if (c == null) {
        continue;
      }
      List<String> labels = remote.labels(m.id());
      int conversations = keep == Keep.MOST_CONVERSATIONS ? remote.conversations(m.id()) : -1;
      found.add(new Candidate(c, m.reason(), conversations, completeness(c), labels == null ? List.of() : labels));
    }
    if (found.size() < 2) {
      return null;
    }
    Comparator<Candidate> oldest = Comparator.comparingLong(Candidate::created).thenComparingLong(Candidate::id);
    Comparator<Candidate> best = switch (keep) {
      case OLDEST -> oldest;
      case NEWEST -> oldest.reversed(); // a tie in the second goes to the higher id, the later created
      case MOST_CONVERSATIONS -> Comparator.comparingInt(Candidate::conversations).reversed().thenComparing(oldest);
      case MOST_COMPLETE -> Comparator.comparingInt(Candidate::completeness).reversed().thenComparing(oldest);
    };
    Candidate survivor = found.stream().min(best).orElseThrow();
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(survivor, "keep", List.of(), List.of()));
    Map<String, String> state = new HashMap<>();
    for (String f : SCALARS) {
      state.put(f, DuplicateKeys.text(survivor.record().path(f)));
    }
    Map<String, JsonNode> attrs = new HashMap<>();
    collectAttributes(survivor.record(), attrs, null);
    for (Candidate c : found) {
      if (c == survivor) {
        continue;
      }
      List<String> copy = new ArrayList<>(c.labels());
      copy.removeAll(survivor.labels());
      List<String> drops = new ArrayList<>();
      for (String f : SCALARS) {
        String mine = DuplicateKeys.text(c.record().path(f));
        String kept = state.get(f);
        if (kept == null) {
          state.put(f, mine);
        } else if (mine != null && !same(f, mine, kept)) {
          drops.add(f + " " + mine);
        }
      }
      collectAttributes(c.record(), attrs, drops);
      rows.add(row(c, "merge", copy, drops));
    }
    return rows;
  }

  /** Adds the record's attributes to {@code attrs}; one already there with another value is a drop. */
  private static void collectAttributes(JsonNode record, Map<String, JsonNode> attrs, List<String> drops) {
    for (String group : List.of("additional_attributes", "custom_attributes")) {
      Iterator<Map.Entry<String, JsonNode>> it = record.path(group).fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull() || e.getValue().isTextual() && e.getValue().asText().isBlank()) {
          continue;
        }
        String key = group + "." + e.getKey();
        JsonNode kept = attrs.putIfAbsent(key, e.getValue());
        if (kept != null && drops != null && !kept.equals(e.getValue())
            && !(kept.isTextual() && same("name", kept.asText(), e.getValue().asText()))) {
          drops.add(key + "=" + Exporter.cellText(e.getValue()));
        }
      }
    }
  }

  /** Whether two values of a field are the same to a person (names and texts: case, accents, spacing, order). */
  private static boolean same(String field, String a, String b) {
    if (field.equals("name")) {
      return java.util.Objects.equals(DuplicateKeys.name(a), DuplicateKeys.name(b));
    }
    return a.strip().equalsIgnoreCase(b.strip());
  }

  /** Filled fields: name, email, phone, identifier and each non-blank attribute. */
  static int completeness(JsonNode c) {
    int n = 0;
    for (String f : SCALARS) {
      n += DuplicateKeys.text(c.path(f)) != null ? 1 : 0;
    }
    Map<String, JsonNode> attrs = new HashMap<>();
    collectAttributes(c, attrs, null);
    return n + attrs.size();
  }

  private static List<String> row(Candidate c, String action, List<String> copy, List<String> drops) {
    JsonNode r = c.record();
    List<String> row = new ArrayList<>(HEADER.size());
    row.add("");
    row.add(action);
    row.add(String.valueOf(c.id()));
    for (String f : SCALARS) {
      row.add(Exporter.cellText(r.path(f)));
    }
    row.add(c.created() > 0 ? Instant.ofEpochSecond(c.created()).toString() : "");
    row.add(c.conversations() >= 0 ? String.valueOf(c.conversations()) : "");
    row.add(String.join(";", copy));
    row.add(String.join("; ", drops));
    row.add(c.match());
    return row;
  }

  /** Writes the plan as CSV with its header. */
  public static void write(Writer w, List<Planned> plan) throws IOException {
    CsvLines.line(w, HEADER, ',');
    for (Planned p : plan) {
      for (List<String> row : p.rows()) {
        CsvLines.line(w, row, ',');
      }
    }
  }

  // ---- reading ----

  /**
   * Reads a plan exactly as written (perhaps edited): columns group, action (keep or merge) and contact_id are
   * needed, copy_labels is read when present, the others are for people. Checks that each group has one contact to
   * keep and at least one to merge, and that no contact appears twice; the first problem is a
   * {@link BulkInputException} naming the row.
   */
  public static List<Group> read(Path file) {
    String name = file.getFileName().toString();
    Map<Integer, List<Entry>> byGroup = new java.util.TreeMap<>();
    Map<Long, Entry> seen = new HashMap<>();
    try (InputStream in = Files.newInputStream(file); RowReader reader = RowReader.open(in, Format.CSV, ',', name)) {
      for (String needed : List.of("group", "action", "contact_id")) {
        if (!reader.header().contains(needed)) {
          throw new BulkInputException(name + " has no " + needed + " column",
              "a plan's header starts group,action,contact_id: write one with 'contacts dedupe --plan-out FILE'");
        }
      }
      while (reader.hasNext()) {
        Row row = reader.next();
        String where = name + " line " + (row.number() + 1);
        String groupText = cell(row, "group");
        String action = cell(row, "action").toLowerCase(Locale.ROOT);
        String idText = cell(row, "contact_id");
        if (groupText.isEmpty() && action.isEmpty() && idText.isEmpty()) {
          continue; // a row emptied in a spreadsheet
        }
        if (!groupText.matches("[1-9][0-9]{0,8}")) {
          throw new BulkInputException(where + ": group '" + groupText + "' is not a group number",
              "number the groups 1, 2, 3, ...");
        }
        if (!action.equals("keep") && !action.equals("merge")) {
          throw new BulkInputException(where + ": action '" + action + "' is neither keep nor merge",
              "write keep for the contact that stays and merge for those merged into it");
        }
        if (!idText.matches("[1-9][0-9]{0,17}")) {
          throw new BulkInputException(where + ": contact_id '" + idText + "' is not a contact id",
              "give the contact's number as 'contacts list' shows it");
        }
        int group = Integer.parseInt(groupText);
        long id = Long.parseLong(idText);
        List<String> copy = new ArrayList<>();
        for (String l : cell(row, "copy_labels").split("[;,]")) {
          if (!l.isBlank()) {
            copy.add(l.strip());
          }
        }
        Entry e = new Entry(row.number(), group, action.equals("keep"), id, List.copyOf(copy));
        Entry before = seen.putIfAbsent(id, e);
        if (before != null) {
          throw new BulkInputException(where + ": contact " + id + " is " + describe(e) + ", and line "
              + (before.row() + 1) + " has it " + describe(before),
              "a contact is in one group only, kept or merged: remove one of the two rows");
        }
        byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(e);
      }
    } catch (NoSuchFileException e) {
      throw new BulkInputException("no such plan: " + file, "write one with 'contacts dedupe --plan-out " + file + "'");
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + file + ": " + e.getMessage(), null);
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<Entry>> g : byGroup.entrySet()) {
      List<Entry> keeps = g.getValue().stream().filter(Entry::keep).toList();
      List<Entry> merged = g.getValue().stream().filter(e -> !e.keep()).toList();
      if (keeps.size() != 1) {
        throw new BulkInputException(name + ": group " + g.getKey() + " has " + keeps.size()
            + " contacts to keep", "mark exactly one contact of each group keep, the others merge");
      }
      if (merged.isEmpty()) {
        throw new BulkInputException(name + ": group " + g.getKey() + " has nothing to merge",
            "remove the group's keep row, or mark the contacts to merge into it");
      }
      groups.add(new Group(g.getKey(), keeps.get(0), merged));
    }
    return groups;
  }

  private static String describe(Entry e) {
    return (e.keep() ? "kept" : "merged") + " in group " + e.group();
  }

  private static String cell(Row row, String column) {
    JsonNode v = row.columns().get(column);
    return v == null ? "" : v.asText().strip();
  }

  /** Labels of a group to add to its survivor before merging: those of the merge rows, in order, once each. */
  static List<String> labelsToCopy(List<Entry> merged) {
    Set<String> all = new LinkedHashSet<>();
    merged.forEach(e -> all.addAll(e.copyLabels()));
    return List.copyOf(all);
  }
}
