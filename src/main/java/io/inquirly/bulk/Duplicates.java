package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups likely duplicate contacts as they stream past, seeing each contact once. Per contact it keeps its id and
 * a union-find slot; per key a 64-bit hash pointing at the first contact that had it ({@link LongMap}); the text of
 * a match only for contacts that matched. A contact sharing a key with an earlier one joins its group, so groups
 * are transitive (A~B by e-mail and B~C by phone make one group). Rows of a {@code --link} file are nodes of their
 * own that join what they tie (an e-mail to a phone number or identifier) and are never shown.
 */
public final class Duplicates {
  /** What makes two contacts the same person. */
  public enum Key {
    EMAIL("email"), PHONE("phone"), IDENTIFIER("identifier"), NAME_COMPANY("name+company"), NAME_CITY("name+city");

    public final String text;

    Key(String text) {
      this.text = text;
    }

    /** {@code email,phone,name+company}: the keys of {@code --by}. */
    public static Set<Key> parse(String list) {
      Set<Key> keys = EnumSet.noneOf(Key.class);
      for (String part : list.split(",")) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        Key found = null;
        for (Key k : values()) {
          if (k.text.equals(p)) {
            found = k;
          }
        }
        if (found == null) {
          throw new BulkInputException("unknown duplicate key '" + part.strip() + "'", p.equals("name")
              ? "a name alone is too weak: combine it, as name+company or name+city"
              : "use email, phone, identifier, name+company or name+city, separated by commas");
        }
        keys.add(found);
      }
      return keys;
    }
  }

  /** One contact of a group and why it joined (blank for the one the others matched). */
  public record Member(long id, String reason) {}

  private final Set<Key> keys;
  private final DuplicateKeys canon;
  private long[] ids = new long[1024];
  private int[] parent = new int[1024];
  private int size;
  private final LongMap index = new LongMap();
  private final LongMap linkIndex = new LongMap();
  private final Map<Integer, String> reasons = new HashMap<>();
  private final Map<Integer, String> linkRows = new HashMap<>();
  private long contacts;

  public Duplicates(Set<Key> keys, DuplicateKeys canon) {
    this.keys = keys;
    this.canon = canon;
  }

  /**
   * Reads a link file: a CSV with an {@code email} column and a {@code phone} (or {@code phone_number}) and/or
   * {@code identifier} column; each row ties its values together. Rows with fewer than two usable values tie
   * nothing.
   */
  public void link(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file);
        RowReader reader = RowReader.open(in, Format.CSV, ',', name)) {
      List<String> header = reader.header();
      boolean phone = header.contains("phone") || header.contains("phone_number");
      if (!header.contains("email") || !phone && !header.contains("identifier")) {
        throw new BulkInputException(file + " has no email column with a phone or identifier column",
            "a link file is a CSV whose header names email and phone (or phone_number) and/or identifier");
      }
      while (reader.hasNext()) {
        Row row = reader.next();
        List<String> values = new ArrayList<>(3);
        add(values, "email", canon.email(cell(row, "email")));
        add(values, "phone", canon.phone(cell(row, "phone") != null ? cell(row, "phone") : cell(row, "phone_number")));
        add(values, "identifier", DuplicateKeys.identifier(cell(row, "identifier")));
        if (values.size() < 2) {
          continue;
        }
        int node = node(-row.number());
        linkRows.put(node, name + ":" + (row.number() + 1));
        for (String v : values) {
          long h = Hashes.of(v);
          long other = linkIndex.get(h);
          if (other == LongMap.MISSING) {
            linkIndex.put(h, node);
          } else {
            union((int) other, node);
          }
        }
      }
    } catch (NoSuchFileException e) {
      throw new BulkInputException("no such link file: " + file, "give --link the path of a CSV file");
    } catch (IOException e) {
      throw new BulkInputException("cannot read " + file + ": " + e.getMessage(), null);
    }
  }

  private static String cell(Row row, String column) {
    JsonNode v = row.columns().get(column);
    return v == null ? null : DuplicateKeys.text(v);
  }

  private static void add(List<String> values, String kind, String value) {
    if (value != null) {
      values.add(kind + " " + value);
    }
  }

  /** Indexes one contact (as the server shows it), joining it to the groups its keys point at. */
  public void add(JsonNode contact) {
    long id = contact.path("id").asLong();
    if (id <= 0) {
      return;
    }
    contacts++;
    int me = node(id);
    List<String> linkable = new ArrayList<>(3);
    String email = canon.email(DuplicateKeys.text(contact.path("email")));
    String identifier = DuplicateKeys.identifier(DuplicateKeys.text(contact.path("identifier")));
    List<String> phones = canon.phones(contact);
    add(linkable, "email", email);
    for (String p : phones) {
      add(linkable, "phone", p);
    }
    add(linkable, "identifier", identifier);
    for (String k : linkable) {
      String kind = k.substring(0, k.indexOf(' '));
      if (keys.contains(kind.equals("email") ? Key.EMAIL : kind.equals("phone") ? Key.PHONE : Key.IDENTIFIER)) {
        match(me, index, k);
      }
    }
    if (keys.contains(Key.NAME_COMPANY) || keys.contains(Key.NAME_CITY)) {
      String name = DuplicateKeys.name(DuplicateKeys.text(contact.path("name")));
      if (name != null) {
        JsonNode extra = contact.path("additional_attributes");
        String company = DuplicateKeys.text(extra.path("company_name"));
        if (company == null) {
          company = DuplicateKeys.text(contact.path("custom_attributes").path("company"));
        }
        if (keys.contains(Key.NAME_COMPANY) && DuplicateKeys.name(company) != null) {
          match(me, index, "name+company " + name + " / " + DuplicateKeys.name(company));
        }
        String city = DuplicateKeys.text(extra.path("city"));
        if (keys.contains(Key.NAME_CITY) && DuplicateKeys.name(city) != null) {
          match(me, index, "name+city " + name + " / " + DuplicateKeys.name(city));
        }
      }
    }
    if (!linkIndex.isEmpty()) {
      for (String k : linkable) {
        long other = linkIndex.get(Hashes.of(k));
        if (other != LongMap.MISSING) {
          reason(me, k + " (" + linkRows.get((int) other) + ")");
          union((int) other, me);
        }
      }
    }
  }

  /** Joins {@code me} to the first node that had {@code key}, or makes it that node. */
  private void match(int me, LongMap map, String key) {
    long h = Hashes.of(key);
    long other = map.get(h);
    if (other == LongMap.MISSING) {
      map.put(h, me);
    } else if (find((int) other) != find(me)) {
      reason(me, key + " = #" + ids[(int) other]);
      union((int) other, me);
    }
  }

  private void reason(int node, String why) {
    reasons.merge(node, why, (a, b) -> a.split("; ").length >= 3 ? a : a + "; " + b);
  }

  private int node(long id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      parent = Arrays.copyOf(parent, size * 2);
    }
    ids[size] = id;
    parent[size] = size;
    return size++;
  }

  private int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** The earlier node stays the root: a group is shown in the order its contacts were first seen. */
  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  public long contacts() {
    return contacts;
  }

  /** Groups of two contacts or more, in the order their first contact was seen; members by id. */
  public List<List<Member>> groups() {
    int[] count = new int[size];
    for (int i = 0; i < size; i++) {
      if (ids[i] > 0) {
        count[find(i)]++;
      }
    }
    Map<Integer, List<Member>> byRoot = new java.util.TreeMap<>();
    for (int i = 0; i < size; i++) {
      int r = find(i);
      if (ids[i] > 0 && count[r] > 1) {
        byRoot.computeIfAbsent(r, k -> new ArrayList<>()).add(new Member(ids[i], reasons.getOrDefault(i, "")));
      }
    }
    List<List<Member>> out = new ArrayList<>(byRoot.size());
    for (List<Member> g : byRoot.values()) {
      g.sort(java.util.Comparator.comparingLong(Member::id));
      out.add(g);
    }
    return out;
  }
}
