package io.inquirly.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The two ways of finding existing contacts, and AUTO's choice between them. */
class ContactLookupTest {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Draft draft(long row, String email, String phone) {
    return new Draft(row, NODES.objectNode().put("email", email), List.of(), null, email, phone, null,
        new TreeMap<>());
  }

  static ObjectNode contact(long id, String email) {
    return NODES.objectNode().put("id", id).put("email", email);
  }

  /** Records what it was asked; finds the contacts it holds. */
  static class Asked extends NoRemote {
    final List<List<Draft.Key>> finds = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> pages = Collections.synchronizedList(new ArrayList<>());
    final List<JsonNode> contacts = new ArrayList<>();

    @Override
    public Page page(Query query, int page) {
      pages.add(page);
      int from = Math.min(contacts.size(), (page - 1) * 15);
      return new Page(contacts.subList(from, Math.min(contacts.size(), from + 15)), contacts.size(), false);
    }

    @Override
    public List<JsonNode> find(List<Draft.Key> keys) {
      finds.add(keys);
      return contacts.stream().filter(c -> keys.stream().anyMatch(k -> k.matches(c))).toList();
    }

  }

  @Test
  void filterAsksOnceAboutTheKeysTheIndexDoesNotKnowAndSkipsRowsItDoes() {
    Asked remote = new Asked();
    remote.contacts.add(contact(7, "b@x.test"));
    ContactIndex index = new ContactIndex(List.of("email"), null);
    index.add(contact(3, "known@x.test"));
    FilterLookup lookup = new FilterLookup(remote, index);
    lookup.find(List.of(draft(1, "known@x.test", "+100"), draft(2, "b@x.test", "+200"), draft(3, "b@x.test", null)));
    // row 1's strongest key is known: none of its keys is asked; row 3 repeats row 2's key: asked once
    assertThat(remote.finds).containsExactly(
        List.of(new Draft.Key("email", "b@x.test"), new Draft.Key("phone_number", "+200")));
    assertThat(index.match(draft(3, "b@x.test", null))).isEqualTo(7);
    lookup.find(List.of(draft(4, "b@x.test", null)));
    assertThat(remote.finds).hasSize(1); // what an earlier answer showed is not asked again
  }

  @Test
  void filterBatchesAreFullAtFiveRowsOrFifteenKeys() {
    FilterLookup lookup = new FilterLookup(new Asked(), new ContactIndex(List.of(), null));
    assertThat(lookup.full(0, 0, draft(1, "a@x.test", "+1"))).isFalse();
    assertThat(lookup.full(4, 8, draft(1, "a@x.test", "+1"))).isFalse();
    assertThat(lookup.full(5, 5, draft(1, "a@x.test", null))).isTrue();
    assertThat(lookup.full(2, 14, draft(1, "a@x.test", "+1"))).isTrue();
  }

  @Test
  void listReadsEveryPageIntoTheIndexBeforeTheRows() {
    Asked remote = new Asked();
    for (int i = 1; i <= 40; i++) {
      remote.contacts.add(contact(i, "p" + i + "@x.test"));
    }
    ContactIndex index = new ContactIndex(List.of("email"), null);
    ContactsRemote.Page first = remote.page(ContactsRemote.Query.all(), 1);
    first.records().forEach(index::add);
    ListLookup lookup = new ListLookup(remote, index, Runnable::run);
    assertThat(lookup.start(first)).isEqualTo(40);
    assertThat(remote.pages).containsExactly(1, 2, 3);
    assertThat(index.match(draft(1, "p40@x.test", null))).isEqualTo(40);
    lookup.find(List.of(draft(2, "new@x.test", null)));
    assertThat(remote.finds).isEmpty();
  }

  @Test
  void autoTakesWhicheverCostsFewerRequests() {
    List<JsonNode> fifteen = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      fifteen.add(contact(i, "p" + i + "@x.test"));
    }
    ContactsRemote.Page manyContacts = new ContactsRemote.Page(fifteen, 15_000, true);
    // 100 rows, one key each: 20 filter requests against 999 more pages
    ImportFile.Scan fewRows = new ImportFile.Scan(100, 0, 100, 100, "d", List.of());
    assertThat(ContactLookup.cheaper(manyContacts, fewRows, 0)).isEqualTo(Importer.Lookup.FILTER);
    // 50 000 rows: 10 000 filter requests against 999 pages
    ImportFile.Scan manyRows = new ImportFile.Scan(50_000, 0, 50_000, 50_000, "d", List.of());
    assertThat(ContactLookup.cheaper(manyContacts, manyRows, 0)).isEqualTo(Importer.Lookup.LIST);
    // resumed with 49 950 done: 10 filter requests are left
    assertThat(ContactLookup.cheaper(manyContacts, manyRows, 49_950)).isEqualTo(Importer.Lookup.FILTER);
    // no count from the server: LIST
    assertThat(ContactLookup.cheaper(new ContactsRemote.Page(fifteen, -1, true), fewRows, 0))
        .isEqualTo(Importer.Lookup.LIST);
  }
}
