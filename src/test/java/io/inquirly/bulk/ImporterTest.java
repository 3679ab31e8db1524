package io.inquirly.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against an in-memory remote whose creates sometimes land and then time out. */
class ImporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Contacts in memory; a share of creates store the contact and then fail as a timeout would. */
  static final class FlakyRemote implements ContactsRemote {
    final Map<Long, ObjectNode> contacts = new LinkedHashMap<>();
    final Random random = new Random(7);
    final double landThenTimeout;
    final AtomicInteger creates = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();
    long next = 1;

    FlakyRemote(double landThenTimeout) {
      this.landThenTimeout = landThenTimeout;
    }

    @Override
    public synchronized Page page(Query query, int page) {
      List<JsonNode> all = new ArrayList<>(contacts.values());
      int from = Math.min(all.size(), (page - 1) * 15);
      return new Page(all.subList(from, Math.min(all.size(), from + 15)), all.size(), from + 15 < all.size());
    }

    /**
     * As the HTTP client does with a create's landed check: an attempt that lands and then times out is looked up
     * by the keys, and the contact found comes back marked {@code _found}.
     */
    @Override
    public synchronized JsonNode create(ObjectNode body, List<Draft.Key> keys) {
      creates.incrementAndGet();
      for (ObjectNode c : contacts.values()) {
        if (c.path("email").asText().equals(body.path("email").asText())) {
          throw new ApiException(Failure.INVALID, 422, "422 from POST: Email has already been taken", null, null);
        }
      }
      ObjectNode c = body.deepCopy();
      c.put("id", next++);
      contacts.put(c.get("id").asLong(), c);
      if (random.nextDouble() < landThenTimeout) {
        if (keys.isEmpty()) {
          throw new ApiException(Failure.NETWORK, 0, "POST failed: timed out", null, null);
        }
        for (JsonNode found : find(keys)) {
          if (keys.stream().anyMatch(k -> k.matches(found))) {
            return ((ObjectNode) found.deepCopy()).put("_found", true);
          }
        }
      }
      return c;
    }

    @Override
    public synchronized JsonNode update(long id, ObjectNode body) {
      contacts.get(id).setAll(body);
      return contacts.get(id);
    }

    @Override
    public List<String> labels(long id) {
      return List.of();
    }

    @Override
    public void setLabels(long id, List<String> labels) {}

    @Override
    public void addToInbox(long id, long inboxId) {}

    @Override
    public synchronized List<JsonNode> find(List<Draft.Key> keys) {
      lookups.incrementAndGet();
      List<JsonNode> out = new ArrayList<>();
      contacts.values().stream().filter(c -> keys.stream().anyMatch(k -> c.path(k.attribute()).asText()
          .equalsIgnoreCase(k.value()))).forEach(out::add);
      return out;
    }
  }

  private Importer.Options options(Path csv, Importer.OnConflict conflict, Importer.Lookup lookup) {
    return options(csv, conflict, lookup, 0);
  }

  private Importer.Options options(Path csv, Importer.OnConflict conflict, Importer.Lookup lookup, long crashAt) {
    return new Importer.Options(csv, csv.toString(), Format.CSV, ',', new Mapping(Map.of(), Mapping.Extra.ERROR),
        conflict, lookup, null, 8, dir.resolve("j"), "http://test (account 1)", dir.resolve("r.csv"), false, false,
        10, crashAt);
  }

  /**
   * A crash (the pending journal batch lost, the workers dropped mid-row) at random rows, three times, then a torn
   * last journal line: the last run lands every row exactly once. (A real SIGKILL of the CLI is in
   * ContactsImportFaultsTest; this covers many more crash points, quickly.)
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = Importer.Lookup.class, names = {"LIST", "FILTER"})
  void crashesAtRandomRowsThenARerunLandsEveryRowOnce(Importer.Lookup lookup) throws Exception {
    int n = 240;
    StringBuilder sb = new StringBuilder("name,email\n");
    for (int i = 1; i <= n; i++) {
      // every 23rd row repeats an earlier row's e-mail: an update of the contact that row made, not a second one
      sb.append("P").append(i).append(",p").append(i % 23 == 0 ? i - 5 : i).append("@x.test\n");
    }
    Path csv = Files.writeString(dir.resolve("in.csv"), sb);
    FlakyRemote remote = new FlakyRemote(0.1);
    Random random = new Random(42);
    for (int crash = 0; crash < 3; crash++) {
      long at = 30 + random.nextInt(n - 40);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> new Importer(options(csv, Importer.OnConflict.UPDATE, lookup, at), remote).run())
          .isInstanceOf(Importer.Crash.class).hasMessage("simulated crash at row " + at);
    }
    Files.writeString(dir.resolve("j"), "999\tCREA", java.nio.file.StandardOpenOption.APPEND);
    Importer.Report report = new Importer(options(csv, Importer.OnConflict.UPDATE, lookup), remote).run();
    assertThat(report.rows()).isEqualTo(n);
    assertThat(report.rejected()).isZero();
    assertThat(remote.contacts).hasSize(n - n / 23);
    assertThat(remote.contacts.values().stream().map(c -> c.path("email").asText()).distinct()).hasSize(n - n / 23);
    List<String> journal = Files.readAllLines(dir.resolve("j"));
    assertThat(journal).noneMatch(l -> l.startsWith("999\t"));
    assertThat(journal.subList(1, journal.size()).stream().map(l -> l.split("\t")[0]).distinct()).hasSize(n);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = Importer.Lookup.class, names = {"LIST", "FILTER"})
  void aCreateThatLandedBeforeTheTimeoutIsLookedUpNotSentAgain(Importer.Lookup lookup) throws Exception {
    StringBuilder sb = new StringBuilder("name,email\n");
    for (int i = 1; i <= 500; i++) {
      sb.append("P").append(i).append(",p").append(i).append("@x.test\n");
    }
    Path csv = Files.writeString(dir.resolve("in.csv"), sb);
    FlakyRemote remote = new FlakyRemote(0.3);
    Importer.Report report = new Importer(options(csv, Importer.OnConflict.UPDATE, lookup), remote).run();
    assertThat(report.lookup()).isEqualTo(lookup);
    assertThat(report.outcomes().get(Journal.Outcome.CREATED)).isEqualTo(500);
    assertThat(report.rejected()).isZero();
    assertThat(remote.contacts).hasSize(500);
    assertThat(remote.creates.get()).isEqualTo(500); // every timed-out create was found by the lookup
    // a look-up after each timed-out create (about 30%); FILTER also asks once about each batch of rows (500 rows,
    // one key each: 100 batches) before creating them
    assertThat(remote.lookups.get() - (lookup == Importer.Lookup.FILTER ? 500 / FilterLookup.LOOKUP_ROWS : 0))
        .isBetween(100, 200);
  }

  @Test
  void journalToleratesATornLastLineAndRefusesADamagedMiddle() throws Exception {
    Path j = dir.resolve("t.journal");
    try (Journal journal = Journal.open(j, "abc", "http://a (account 1)", false, 2)) {
      journal.record(1, Journal.Outcome.CREATED, 5, "email:a@b", null);
      journal.record(2, Journal.Outcome.REJECTED, -1, "-", "bad\trow");
    }
    Files.writeString(j, "3\tCREATED\t7", java.nio.file.StandardOpenOption.APPEND);
    try (Journal journal = Journal.open(j, "abc", "http://a (account 1)", false, 2)) {
      assertThat(journal.done(1)).isTrue();
      assertThat(journal.done(3)).isFalse();
      assertThat(journal.rejected()).isEqualTo(Map.of(2L, "bad\trow"));
      journal.record(3, Journal.Outcome.UPDATED, 7, "email:c@d", null);
    }
    assertThat(Files.readString(j)).endsWith("\n2\tREJECTED\t-\t-\tbad\\trow\n3\tUPDATED\t7\temail:c@d\t-\n");
    String text = Files.readString(j).replace("2\tREJECTED", "x\tREJECTED");
    Files.writeString(j, text);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Journal.open(j, "abc", "http://a (account 1)", false, 2))
        .isInstanceOf(BulkInputException.class).hasMessage(j + " is damaged at line 3");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Journal.open(j, "other", "http://a (account 1)", false, 2))
        .hasMessage("the input changed since " + j + " was written");
  }

  @Test
  void aJournalBelongsToOneServerAndAccount() throws Exception {
    Path j = dir.resolve("target.journal");
    try (Journal journal = Journal.open(j, "abc", "http://staging (account 1)", false, 2)) {
      journal.record(1, Journal.Outcome.CREATED, 5, "email:a@b", null);
    }
    assertThat(Files.readString(j)).startsWith(Journal.MAGIC + "\tsha256=abc\ttarget=http://staging (account 1)\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Journal.open(j, "abc", "https://prod (account 1)", false, 2))
        .isInstanceOf(BulkInputException.class)
        .hasMessage(j + " records an import into http://staging (account 1), not https://prod (account 1)");
    try (Journal journal = Journal.open(j, "abc", "http://staging (account 1)", false, 2)) {
      assertThat(journal.done(1)).isTrue();
    }
    try (Journal journal = Journal.open(j, "abc", "https://prod (account 1)", true, 2)) {
      assertThat(journal.done(1)).isFalse();
    }
    // a journal from before targets were recorded resumes wherever it is used
    Files.writeString(j, Journal.MAGIC + "\tsha256=abc\n1\tCREATED\t5\temail:a@b\t-\n");
    try (Journal journal = Journal.open(j, "abc", "https://prod (account 1)", false, 2)) {
      assertThat(journal.done(1)).isTrue();
    }
  }

  @Test
  void mappingValidatesLocally() {
    Mapping m = new Mapping(Map.of("Mail", "email"), Mapping.Extra.ERROR);
    LinkedHashMap<String, JsonNode> cols = new LinkedHashMap<>();
    cols.put("Mail", JSON.getNodeFactory().textNode(" Ada@Example.COM "));
    cols.put("phone_number", JSON.getNodeFactory().textNode("+0123"));
    Draft d = m.draft(new Row(4, cols), "f");
    assertThat(d.email()).isEqualTo("ada@example.com");
    assertThat(d.error()).isEqualTo("phone_number '+0123' is not in E.164 form (+ country code and number, "
        + "e.g. +14155550100)");
    assertThat(d.keys()).containsExactly("email:ada@example.com", "phone:+0123");
  }
}
