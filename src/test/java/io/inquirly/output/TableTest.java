package io.inquirly.output;

import static io.inquirly.output.Fixtures.ANN;
import static io.inquirly.output.Fixtures.BOB;
import static io.inquirly.output.Fixtures.json;
import static io.inquirly.output.Fixtures.list;
import static io.inquirly.output.Fixtures.piped;
import static io.inquirly.output.Fixtures.single;
import static io.inquirly.output.Fixtures.tty;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  private static final List<String> COLS =
      List.of("id", "name", "email", "blocked", "created_at", "custom_attributes.plan", "tags");

  private static OutputOptions ttyWith(List<String> columns, boolean color, int width) {
    return new OutputOptions(Format.TABLE, columns, null, true, color, width);
  }

  @Test
  void ttyTableIsAlignedWithUpperCaseHeaderDatesAndJoinedArrays() {
    assertThat(list(tty(Format.TABLE), COLS, ANN, BOB))
        .isEqualTo(
            """
            ID  NAME  EMAIL            BLOCKED  CREATED_AT        CUSTOM_ATTRIBUTES.PLAN  TAGS
            1   Ann   ann@example.com  false    2023-11-14 22:13  pro                     vip, beta
            22  Bob   bob@example.com  true     2020-09-13 12:26
            """);
  }

  @Test
  void pipedTableIsTabSeparatedWithRawValues() {
    assertThat(list(piped(Format.TABLE), COLS, ANN, BOB))
        .isEqualTo(
            "ID\tNAME\tEMAIL\tBLOCKED\tCREATED_AT\tCUSTOM_ATTRIBUTES.PLAN\tTAGS\n"
                + "1\tAnn\tann@example.com\tfalse\t1700000000\tpro\tvip;beta\n"
                + "22\tBob\tbob@example.com\ttrue\t1600000000\t\t\n");
  }

  @Test
  void boldHeaderOnlyWithColourOnATty() {
    List<String> cols = List.of("id", "name");
    assertThat(list(ttyWith(null, true, 0), cols, ANN))
        .isEqualTo("\u001b[1mID  NAME\u001b[0m\n1   Ann\n");
    assertThat(list(ttyWith(null, false, 0), cols, ANN)).isEqualTo("ID  NAME\n1   Ann\n");
    assertThat(list(new OutputOptions(Format.TABLE, null, null, false, true, 0), cols, ANN))
        .isEqualTo("ID\tNAME\n1\tAnn\n");
  }

  @Test
  void columnsOptionOverridesDefaultsAndSupportsNestedPathsAndIndexes() {
    List<String> cols =
        List.of("id", "contact_inboxes.0.source_id", "contact_inboxes.0.inbox.id", "nope.x");
    assertThat(list(ttyWith(cols, false, 0), COLS, ANN, BOB))
        .isEqualTo(
            """
            ID  CONTACT_INBOXES.0.SOURCE_ID  CONTACT_INBOXES.0.INBOX.ID  NOPE.X
            1   s-1                          7
            22
            """);
  }

  @Test
  void withoutAnyColumnsTheFirstRecordsFieldsAreUsed() {
    assertThat(list(piped(Format.TABLE), null, json("{'id':1,'o':{'a':1},'l':[{'b':2}]}")))
        .isEqualTo("ID\tO\tL\n1\t{\"a\":1}\t[{\"b\":2}]\n");
  }

  @Test
  void emptyListPrintsNothing() {
    assertThat(list(tty(Format.TABLE), COLS)).isEmpty();
    assertThat(list(piped(Format.TABLE), COLS)).isEmpty();
  }

  @Test
  void longCellsAreCutAtFiftyOnATtyOnly() {
    String sixty = "abcdefghij".repeat(6);
    JsonNode r = json("{'id':1,'note':'" + sixty + "'}");
    List<String> cols = List.of("id", "note");
    assertThat(list(tty(Format.TABLE), cols, r))
        .isEqualTo("ID  NOTE\n1   " + sixty.substring(0, 49) + "…\n");
    assertThat(list(piped(Format.TABLE), cols, r)).isEqualTo("ID\tNOTE\n1\t" + sixty + "\n");
  }

  @Test
  void lastColumnIsFittedToTheWidth() {
    List<String> cols = List.of("id", "description");
    String out =
        list(ttyWith(null, false, 20), cols, json("{'id':1,'description':'This is a long description'}"));
    assertThat(out).isEqualTo("ID  DESCRIPTION\n1   This is a long …\n");
    assertThat(out.lines()).allMatch(l -> l.length() <= 20);
    // too narrow: the last column keeps a minimum of 5
    assertThat(list(ttyWith(null, false, 3), List.of("id", "name"), json("{'id':1,'name':'Annabelle'}")))
        .isEqualTo("ID  NAME\n1   Anna…\n");
    // wide enough: untouched
    assertThat(list(ttyWith(null, false, 200), List.of("id", "name"), ANN))
        .isEqualTo("ID  NAME\n1   Ann\n");
  }

  @Test
  void controlCharactersNeverBreakALine() {
    JsonNode r = json("{'id':1,'name':'a\\tb\\r\\nc\\u001b[31m'}");
    assertThat(list(piped(Format.TABLE), List.of("id", "name"), r))
        .isEqualTo("ID\tNAME\n1\ta b c [31m\n");
  }

  @Test
  void numbersAndDatesOnlyFormattedForEpochNumbersInAtFields() {
    JsonNode r = json("{'updated_at':'2024-01-02T03:04:05Z','last_seen_at':null,'count_at':0,'x':1.5,'big_at':99999999999999999999}");
    assertThat(list(tty(Format.TABLE), List.of("updated_at", "last_seen_at", "count_at", "x", "big_at"), r))
        .isEqualTo(
            "UPDATED_AT            LAST_SEEN_AT  COUNT_AT          X    BIG_AT\n"
                + "2024-01-02T03:04:05Z                1970-01-01 00:00  1.5  99999999999999999999\n");
  }

  // ---- single record -------------------------------------------------------------------------

  private static String kv(String key, String value) {
    String line = key + " ".repeat(25 - key.length()) + value;
    return line.stripTrailing() + "\n";
  }

  @Test
  void singleOnATtyIsAKeyValueTableOfFlattenedFields() {
    assertThat(single(tty(Format.TABLE), COLS, ANN))
        .isEqualTo(
            kv("KEY", "VALUE")
                + kv("id", "1")
                + kv("name", "Ann")
                + kv("email", "ann@example.com")
                + kv("blocked", "false")
                + kv("phone", "")
                + kv("created_at", "2023-11-14 22:13")
                + kv("custom_attributes.plan", "pro")
                + kv("custom_attributes.seats", "3")
                + kv("tags", "vip, beta")
                + kv("contact_inboxes", "[{\"source_id\":\"s-1\",\"inbox\":{\"id\":7}}]"));
  }

  @Test
  void singlePipedIsTabSeparated() {
    assertThat(single(piped(Format.TABLE), COLS, BOB))
        .isEqualTo(
            """
            KEY\tVALUE
            id\t22
            name\tBob
            email\tbob@example.com
            blocked\ttrue
            created_at\t1600000000
            custom_attributes\t{}
            tags\t
            contact_inboxes\t
            """);
    assertThat(single(piped(Format.TABLE), COLS, ANN)).contains("\ntags\tvip;beta\n");
  }

  @Test
  void singleHonoursColumnsButNotDefaults() {
    assertThat(
            single(
                ttyWith(List.of("name", "custom_attributes.plan", "missing"), true, 0), COLS, ANN))
        .isEqualTo(
            "\u001b[1mKEY                     VALUE\u001b[0m\n"
                + "name                    Ann\n"
                + "custom_attributes.plan  pro\n"
                + "missing\n");
  }

  @Test
  void singleValuesAreNotCutAtFiftyButFitTheWidth() {
    String sixty = "abcdefghij".repeat(6);
    JsonNode r = json("{'description':'" + sixty + "'}");
    assertThat(single(tty(Format.TABLE), null, r))
        .isEqualTo("KEY          VALUE\ndescription  " + sixty + "\n");
    assertThat(single(ttyWith(null, false, 30), null, r))
        .isEqualTo("KEY          VALUE\ndescription  abcdefghijabcdef…\n");
  }

  @Test
  void aListOfPlainValuesFillsTheColumnAndGivesIds() {
    JsonNode vip = json("\"vip\"");
    JsonNode beta = json("\"beta\"");
    assertThat(list(piped(Format.TABLE), List.of("label"), vip, beta)).isEqualTo("LABEL\nvip\nbeta\n");
    assertThat(list(piped(Format.IDS), List.of("label"), vip, beta)).isEqualTo("vip\nbeta\n");
    assertThat(list(piped(Format.CSV), List.of("label"), vip, beta)).isEqualTo("label\r\nvip\r\nbeta\r\n");
  }
}
