package io.inquirly.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * FILTER: no contact is read up front; before a worker handles a batch of rows, one filter request asks the server
 * about every key of theirs that the index does not know (none for a row whose strongest key it knows, from an
 * earlier answer or a contact this run made), and what it shows goes into the index.
 */
record FilterLookup(ContactsRemote remote, ContactIndex index) implements ContactLookup {
  /**
   * How many rows, and how many of their keys, one filter request looks up together. The server pages filter results
   * by 15 and a key (e-mail, phone number, identifier) matches at most one contact, so 15 keys fit one page; the rows
   * of a batch are then handled one after the other, so fewer rows keep the workers parallel.
   */
  static final int LOOKUP_ROWS = 5;
  static final int LOOKUP_KEYS = 15;

  @Override
  public Importer.Lookup way() {
    return Importer.Lookup.FILTER;
  }

  /** Nothing more up front: the count is the first page's. */
  @Override
  public long start(ContactsRemote.Page first) {
    return Math.max(first.total(), first.records().size());
  }

  @Override
  public boolean batches() {
    return true;
  }

  @Override
  public boolean full(int rows, int keys, Draft next) {
    return rows >= LOOKUP_ROWS || (rows > 0 && keys + next.lookupKeys().size() > LOOKUP_KEYS);
  }

  @Override
  public void find(List<Draft> rows) {
    List<Draft.Key> unknown = new ArrayList<>();
    for (Draft d : rows) {
      List<Draft.Key> keys = d.lookupKeys();
      if (!keys.isEmpty() && index.id(keys.get(0)) < 0) {
        keys.stream().filter(k -> index.id(k) < 0 && !unknown.contains(k)).forEach(unknown::add);
      }
    }
    if (!unknown.isEmpty()) {
      remote.find(unknown).forEach(index::add);
    }
  }
}
