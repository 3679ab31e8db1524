package io.inquirly.api;

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
    return new Group(name, java.util.Arrays.stream(ops).map(Operation.Builder::build).toList());
  }
}
