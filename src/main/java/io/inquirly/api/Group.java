package io.inquirly.api;

import java.util.Arrays;
import java.util.List;

/**
 * One command group (one API group) and its operations; its summary lives in the {@link Catalogue} so the
 * root help needs no group built.
 *
 * @param name the first command word
 * @param operations the group's operations, in help order
 */
public record Group(String name, List<Operation> operations) {
  public static Group of(String name, Operation.Builder... ops) {
    return named(name).of(ops);
  }

  /** A group whose operations share defaults (the credential, the record's noun, the upstream files). */
  public static Defaults named(String name) {
    return new Defaults(name, null, null, List.of(), null);
  }

  /**
   * What every operation of a group has unless it says otherwise.
   *
   * @param auth the credential (null: the user's token)
   * @param noun what one record is called (null: each operation says)
   * @param sources the upstream files the operations were checked against (an operation naming its own
   *     files replaces these)
   * @param availability which servers have the group's routes (null: every server); see {@link Availability}
   */
  public record Defaults(String name, Auth auth, String noun, List<String> sources, Availability availability) {
    public Defaults auth(Auth a) {
      return new Defaults(name, a, noun, sources, availability);
    }

    public Defaults noun(String n) {
      return new Defaults(name, auth, n, sources, availability);
    }

    public Defaults source(String... files) {
      return new Defaults(name, auth, noun, List.of(files), availability);
    }

    /** Every operation of the group was added in this upstream version ({@link Operation.Builder#since}). */
    public Defaults since(String version, String what) {
      return new Defaults(name, auth, noun, sources, availability == null ? Availability.since(version, what)
          : new Availability(availability.what(), version, availability.enterprise()));
    }

    /** Only the Enterprise edition serves the group ({@link Operation.Builder#enterprise}). */
    public Defaults enterprise(String what) {
      return new Defaults(name, auth, noun, sources, new Availability(what,
          availability == null ? null : availability.since(), true));
    }

    public Group of(Operation.Builder... ops) {
      return new Group(name, Arrays.stream(ops).map(op -> op.inherit(this).build()).toList());
    }
  }
}
