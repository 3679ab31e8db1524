/**
 * Bulk contact import and export: streaming CSV/JSONL readers, column mapping and local validation
 * ({@link io.inquirly.bulk.ImportFile}), finding existing contacts ({@link io.inquirly.bulk.ContactLookup}, into a
 * {@link io.inquirly.bulk.ContactIndex}), planning each row ({@link io.inquirly.bulk.Importer}), key-serialized
 * dispatch ({@link io.inquirly.bulk.KeyedDispatcher}), writing one row ({@link io.inquirly.bulk.RowWriter}), the
 * crash-safe journal and the rejects file. No picocli here: the commands in {@code cli} drive it through
 * {@link io.inquirly.bulk.ContactsRemote}.
 */
package io.inquirly.bulk;
