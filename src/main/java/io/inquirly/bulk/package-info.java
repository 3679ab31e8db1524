/**
 * Bulk contact import and export: streaming CSV/JSONL readers, column mapping and local validation, upsert
 * planning against an index of existing contacts, a concurrent executor, the crash-safe journal and the
 * rejects file. No picocli here: the commands in {@code cli} drive it through {@link io.inquirly.bulk.ContactsRemote}.
 */
package io.inquirly.bulk;
