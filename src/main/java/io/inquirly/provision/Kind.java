package io.inquirly.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One kind of resource: the fields a file may declare, its natural key, how to read the account's current state
 * and how to create, update and delete one.
 */
public abstract class Kind {
  /** How a declared value is typed and checked. */
  public enum Type {
    STRING,
    BOOLEAN,
    INTEGER,
    /** a list of strings. */
    LIST,
    OBJECT,
    ANY
  }

  /** A field that names another resource ({@code members: [ada@example.com]} names Agents). */
  public record Ref(String field, String kind, String value) {}

  private final String name;
  private final Map<String, Type> fields = new LinkedHashMap<>();
  private List<String> keyFields = List.of();
  private Set<String> required = Set.of();
  private Set<String> writeOnly = Set.of();
  private Set<String> sets = Set.of();
  private Set<String> caseless = Set.of();
  private Set<String> immutable = Set.of();
  /** Fields whose values (each element, for a list) come from a set the server enforces. */
  private final Map<String, java.util.Set<String>> choices = new LinkedHashMap<>();
  /** What to add to the hint for an unknown value of a field (why the set is what it is). */
  private final Map<String, String> choiceNotes = new LinkedHashMap<>();

  protected Kind(String name) {
    this.name = name;
  }

  public final String name() {
    return name;
  }

  /** Other names files may use for this kind. */
  public List<String> aliases() {
    return List.of();
  }

  protected final Kind field(String f, Type t) {
    fields.put(f, t);
    return this;
  }

  /**
   * The values the server accepts for a field (its catalogue operation's choices): checked when the file is read,
   * so a typo fails --dry-run and diff too, not only apply with a 422.
   */
  protected final Kind oneOf(String f, java.util.Collection<String> values) {
    choices.put(f, new java.util.TreeSet<>(values));
    return this;
  }

  /** As {@link #oneOf(String, java.util.Collection)}, with a note the hint adds (e.g. where the others are set up). */
  protected final Kind oneOf(String f, java.util.Collection<String> values, String note) {
    choiceNotes.put(f, note);
    return oneOf(f, values);
  }

  /** A request body of the resource's values for these fields (those it declares), as the API names them too. */
  protected static ObjectNode declared(Resource r, List<String> fields) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    for (String f : fields) {
      if (r.has(f)) {
        body.set(f, r.get(f));
      }
    }
    return body;
  }

  /** Checks every enumerated field of the resource; throws {@link BadFile} naming the valid values. */
  final void checkChoices(Resource r) {
    for (Map.Entry<String, java.util.Set<String>> c : choices.entrySet()) {
      com.fasterxml.jackson.databind.JsonNode v = r.get(c.getKey());
      if (v == null || v.isNull() || v.isMissingNode()) {
        continue;
      }
      for (com.fasterxml.jackson.databind.JsonNode item : v.isArray() ? v : java.util.List.of(v)) {
        if (!c.getValue().contains(item.asText())) {
          String note = choiceNotes.get(c.getKey());
          throw new BadFile(r.where(c.getKey()), name + " " + c.getKey() + ": unknown value '" + item.asText() + "'",
              "use " + String.join(", ", c.getValue()) + (note == null ? "" : "; " + note));
        }
      }
    }
  }

  /** The declarable fields (besides {@code kind}) and their types, in export order. */
  public final Map<String, Type> fields() {
    return fields;
  }

  /** Declares the fields that make up the natural key (declared fields; none: one resource of the kind). */
  protected Kind keyedBy(String... fs) {
    keyFields = List.of(fs);
    return this;
  }

  /** Declares fields a create needs besides the key. */
  protected Kind requires(String... fs) {
    required = Set.of(fs);
    return this;
  }

  /** Declares fields sent but never read back (passwords). */
  protected Kind writeOnly(String... fs) {
    writeOnly = Set.of(fs);
    return this;
  }

  /** Declares fields compared as sets of strings. */
  protected Kind sets(String... fs) {
    sets = Set.of(fs);
    return this;
  }

  /** Declares fields compared ignoring case. */
  protected Kind caseless(String... fs) {
    caseless = Set.of(fs);
    return this;
  }

  /** Declares fields that cannot change once created. */
  protected Kind immutable(String... fs) {
    immutable = Set.of(fs);
    return this;
  }

  /** Fields that make up the natural key. */
  public List<String> keyFields() {
    return keyFields;
  }

  /** Fields a create needs besides the key. */
  public Set<String> required() {
    return required;
  }

  /** Fields sent but never read back (passwords): only used on create, never compared. */
  public Set<String> writeOnly() {
    return writeOnly;
  }

  /** Fields compared as sets of strings (order does not matter). */
  public Set<String> sets() {
    return sets;
  }

  /** Fields compared ignoring case. */
  public Set<String> caseless() {
    return caseless;
  }

  /** Fields that cannot change once created (a change is an error naming the fix). */
  public Set<String> immutable() {
    return immutable;
  }

  /** The natural key of a declared or current resource, normalised for matching. */
  public String key(ObjectNode spec) {
    StringBuilder sb = new StringBuilder();
    for (String f : keyFields()) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      String v = spec.path(f).asText();
      sb.append(caseless().contains(f) ? v.toLowerCase(Locale.ROOT) : v);
    }
    return sb.toString();
  }

  /** How people see one resource in a plan. */
  public String display(ObjectNode spec, String key) {
    return key;
  }

  /** Checks values beyond their type (e.g. enums); throws {@link BadFile}. */
  public void validate(Resource r) {}

  /** Names of other resources this one refers to. */
  public List<Ref> refs(Resource r) {
    return List.of();
  }

  /**
   * Names of other resources this one relies on, so that --prune never deletes them: its references, and names
   * the server does not check (an automation rule's labels).
   */
  public List<Ref> keeps(Resource r) {
    return refs(r);
  }

  /** Kinds whose current state must be read to resolve this kind's references. */
  public List<String> needs() {
    return List.of();
  }

  public boolean creatable() {
    return true;
  }

  /** Why apply cannot create this resource (it may still update it when it exists), or null when it can. */
  public String cannotCreate(Resource r) {
    return null;
  }

  public boolean updatable() {
    return true;
  }

  /** Whether --prune can delete resources of this kind (the API has a delete). */
  public boolean deletable() {
    return true;
  }

  /** Whether {@code export} includes this kind when no --kinds is given. */
  public boolean exportedByDefault() {
    return true;
  }

  /** The account's resources of this kind; also records ids for references in {@code ctx}. */
  public abstract List<Current> read(Ctx ctx);

  /** Creates the resource and returns its id. */
  public abstract String create(Ctx ctx, Resource r);

  /** Changes the given fields of an existing resource. */
  public abstract void update(Ctx ctx, Resource r, Current current, List<String> changed);

  public void delete(Ctx ctx, Current current) {
    throw new UnsupportedOperationException(name + " cannot be deleted");
  }

  /** Whether a declared value equals the current one, by this kind's rules for the field. */
  public boolean same(String field, JsonNode want, JsonNode have) {
    if (want == null || want.isMissingNode() || want.isNull()) {
      return have == null || have.isMissingNode() || have.isNull() || have.asText().isEmpty() && !have.isContainerNode();
    }
    if (have == null || have.isMissingNode() || have.isNull()) {
      return want.isTextual() && want.asText().isEmpty();
    }
    if (sets().contains(field)) {
      return strings(want).equals(strings(have));
    }
    if (caseless().contains(field) && want.isTextual()) {
      return want.asText().equalsIgnoreCase(have.asText());
    }
    if (want.isNumber() && have.isNumber()) {
      return want.decimalValue().compareTo(have.decimalValue()) == 0;
    }
    if (want.isNumber() && have.isTextual() || want.isTextual() && have.isNumber()) {
      return want.asText().equals(have.asText());
    }
    return want.equals(have);
  }

  static Set<String> strings(JsonNode list) {
    Set<String> out = new TreeSet<>();
    if (list != null && list.isArray()) {
      list.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
    }
    return out;
  }
}
