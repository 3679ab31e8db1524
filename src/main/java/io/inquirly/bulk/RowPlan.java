package io.inquirly.bulk;

/**
 * What an import does with one row once it is matched: create a contact, update the one it matches, leave it
 * (unchanged, or skipped by {@code --on-conflict skip}), or reject it ({@code EXISTS}: {@code --on-conflict fail}).
 */
enum RowPlan { CREATE, UPDATE, UNCHANGED, SKIP, EXISTS }
