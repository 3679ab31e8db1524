/**
 * Renders records as table, json, jsonl, yaml, csv or ids, with --columns and --jq.
 *
 * <p>Entry point: {@link io.inquirly.output.Output}. Data only goes to the given stdout stream; callers
 * print "No X found" and errors on stderr. YAML (SnakeYAML), jq (jackson-jq builtins) and java.time
 * formatting load lazily, only when used; CSV is hand-quoted (RFC 4180, "\n" line ends). No static
 * mutable state: one {@code Output} per command run, safe to run many in parallel.
 */
package io.inquirly.output;
