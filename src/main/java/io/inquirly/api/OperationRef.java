package io.inquirly.api;

/**
 * A typed reference to an operation, for workflows ({@code apply}, ...) that call operations of the catalogue.
 * Declared as a constant next to the operation in its group file, and used by that declaration itself
 * ({@code op(LIST, "GET", BASE)}), so the command's name is written once: renaming it renames the reference.
 * Resolving builds the group on first use (start-up builds no group for a reference); {@code OperationRefTest}
 * resolves every declared reference.
 *
 * @param group the group's name (the command's first word)
 * @param command the whole command line, e.g. {@code inboxes members add}
 */
public record OperationRef(String group, String command) {
  public static OperationRef of(String command) {
    int space = command.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException("a command has a group and a verb: '" + command + "'");
    }
    return new OperationRef(command.substring(0, space), command);
  }

  /** The operation (builds its group). */
  public Operation resolve() {
    Catalogue.Entry entry = Catalogue.entry(group);
    if (entry == null) {
      throw new IllegalStateException("no group " + group + " for " + command);
    }
    return entry.build().get().operations().stream().filter(o -> o.commandLine().equals(command)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no operation " + command + " in group " + group));
  }

  /** The list, create, update and delete operations of a resource that a workflow manages as a whole. */
  public record Crud(OperationRef list, OperationRef create, OperationRef update, OperationRef delete) {}
}
