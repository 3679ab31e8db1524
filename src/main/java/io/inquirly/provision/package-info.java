/**
 * Declarative provisioning: resource files (YAML/JSON) read with line and column, the account's current state,
 * a plan by natural keys, and its execution in dependency order. No picocli here: the apply, diff and export
 * commands in {@code cli/} drive it. All HTTP goes through the operation catalogue's {@code Invoker}.
 */
package io.inquirly.provision;
