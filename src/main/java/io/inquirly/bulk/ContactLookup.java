package io.inquirly.bulk;

import java.util.List;

/**
 * How an import finds the existing contacts its rows match, into the {@link ContactIndex}: {@link ListLookup} reads
 * every contact before the first row is sent; {@link FilterLookup} asks the server about the rows' own keys, a few
 * rows at a time, on the workers. Either way a row is then matched in the index, so a row repeating an earlier
 * row's key finds the contact that row made.
 */
interface ContactLookup {
  /** LIST or FILTER. */
  Importer.Lookup way();

  /**
   * Before any row is sent (the first page of every contact is in the index already): indexes what this way needs
   * up front; returns the account's contact count.
   */
  long start(ContactsRemote.Page first);

  /**
   * Whether rows are gathered into batches that a worker looks up together before matching them (FILTER), rather
   * than matched as they are read (LIST).
   */
  boolean batches();

  /** With {@link #batches()}: whether a batch of {@code rows} rows and {@code keys} match keys is full for next. */
  boolean full(int rows, int keys, Draft next);

  /** On a worker, before a batch's rows are matched: makes the index know their contacts (FILTER's request). */
  void find(List<Draft> rows);

  /**
   * AUTO's choice: LIST costs a request per page after the first; FILTER one per batch of rows still to do (at most
   * {@link FilterLookup#LOOKUP_ROWS} rows and {@link FilterLookup#LOOKUP_KEYS} keys). The cheaper; LIST when the
   * server gives no count.
   *
   * @param alreadyDone rows finished by earlier runs (resume): they are not looked up again
   */
  static Importer.Lookup cheaper(ContactsRemote.Page first, ImportFile.Scan scan, long alreadyDone) {
    if (first.total() < 0 || first.records().isEmpty()) {
      return Importer.Lookup.LIST;
    }
    int perPage = first.records().size();
    long listRequests = (first.total() + perPage - 1) / perPage - 1;
    long toDo = Math.max(0, scan.rows() - alreadyDone);
    double share = scan.rows() == 0 ? 0 : (double) toDo / scan.rows();
    long filterRequests = (long) Math.ceil(Math.max(scan.keyed() * share / FilterLookup.LOOKUP_ROWS,
        scan.lookupKeys() * share / FilterLookup.LOOKUP_KEYS));
    return filterRequests < listRequests ? Importer.Lookup.FILTER : Importer.Lookup.LIST;
  }
}
