package io.inquirly.output;

import static io.inquirly.output.Fixtures.ANN;
import static io.inquirly.output.Fixtures.BOB;
import static io.inquirly.output.Fixtures.json;
import static io.inquirly.output.Fixtures.list;
import static io.inquirly.output.Fixtures.piped;
import static io.inquirly.output.Fixtures.single;
import static io.inquirly.output.Fixtures.tty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            ID  NAME  EMAIL            BLOCKED  CREATED_AT            PLAN  TAGS
            1   Ann   ann@example.com  false    2023-11-14 22:13 UTC  pro   vip, beta
            22  Bob   bob@example.com  true     2020-09-13 12:26 UTC
            """);
  }

  @Test
  void pipedTableIsTabSeparatedWithRawValuesAndIsoTimes() {
    assertThat(list(piped(Format.TABLE), COLS, ANN, BOB))
        .isEqualTo(
            "ID\tNAME\tEMAIL\tBLOCKED\tCREATED_AT\tPLAN\tTAGS\n"
                + "1\tAnn\tann@example.com\tfalse\t2023-11-14T22:13:20Z\tpro\tvip;beta\n"
                + "22\tBob\tbob@example.com\ttrue\t2020-09-13T12:26:40Z\t\t\n");
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
    List<String> cols = List.of("id", "contact_inboxes.0.source_id", "contact_inboxes.0.inbox.id");
    assertThat(list(ttyWith(cols, false, 0), COLS, ANN, BOB))
        .isEqualTo(
            """
            ID  SOURCE_ID  INBOX_ID
            1   s-1        7
            22
            """);
  }

  @Test
  void aColumnsPathNoRecordHasIsRefusedBeforeAnythingIsPrinted() {
    List<String> cols = List.of("id", "nme");
    for (OutputOptions o : List.of(ttyWith(cols, false, 0), new OutputOptions(Format.TABLE, cols, null, false, false, 0))) {
      StringBuilder printed = new StringBuilder();
      assertThatThrownBy(() -> printed.append(list(o, COLS, ANN, BOB)))
          .isInstanceOf(OutputException.class)
          .hasMessage("--columns: 'nme' matches nothing in any of the 2 records; its fields: id, name, email, "
              + "blocked, phone, created_at, custom_attributes, tags, contact_inboxes");
      assertThat(printed).isEmpty();
    }
    assertThatThrownBy(() -> single(ttyWith(List.of("nme"), false, 0), COLS, ANN))
        .hasMessageStartingWith("--columns: 'nme' matches nothing in the record; its fields: id, name,");
    // present in one record is enough: the others show an empty cell
    assertThat(list(ttyWith(List.of("id", "phone"), false, 0), COLS, ANN, BOB)).isEqualTo("ID  PHONE\n1\n22\n");
  }

  @Test
  void aCsvColumnThatMatchedNothingIsAWarning() {
    List<String> warnings = new java.util.ArrayList<>();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Output o = new Output(new OutputOptions(Format.CSV, List.of("id", "nme"), null, false, false, 0),
        new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8), warnings::add);
    try (RecordSink sink = o.list(COLS)) {
      sink.add(ANN);
    }
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("id,nme\r\n1,\r\n");
    assertThat(warnings).containsExactly("--columns: 'nme' matched nothing in any record: its column is empty");
  }

  @Test
  void headersArePeoplesWordsNotPaths() {
    JsonNode c = json("{'id':1,'meta':{'sender':{'name':'Ann'},'team':{'name':'billing'},'assignee':{'id':4}},"
        + "'inbox':{'id':2,'name':'Web'},'custom_attributes':{'plan':'pro'}}");
    assertThat(list(piped(Format.TABLE), List.of("id", "meta.sender.name", "meta.team.name", "meta.assignee.id",
            "inbox.name", "custom_attributes.plan"), c))
        .startsWith("ID\tSENDER\tTEAM\tASSIGNEE_ID\tINBOX\tPLAN\n");
    // two columns that would read the same keep their paths
    assertThat(list(piped(Format.TABLE), List.of("id", "inbox.id", "meta.assignee.id", "custom_attributes.plan"), c))
        .startsWith("ID\tINBOX_ID\tASSIGNEE_ID\tPLAN\n");
    assertThat(Output.headers(List.of("a.name", "b.a.name"))).containsExactly("a.name", "b.a.name");
  }

  @Test
  void widthIsMeasuredOnScreenForCjkEmojiAndCombiningMarks() {
    JsonNode cjk = json("{'id':1,'name':'李小龍','city':'HK'}");
    JsonNode emoji = json("{'id':2,'name':'Zoë 😀','city':'X'}");
    JsonNode combining = json("{'id':3,'name':'Zoe\u0308','city':'Y'}");
    assertThat(list(tty(Format.TABLE), List.of("id", "name", "city"), cjk, emoji, combining))
        .isEqualTo(
            "ID  NAME    CITY\n"
                + "1   李小龍  HK\n"
                + "2   Zoë 😀  X\n"
                + "3   Zoe\u0308     Y\n");
    // cut on screen columns: a wide character that does not fit is left out whole
    assertThat(list(ttyWith(null, false, 11), List.of("id", "name"),
            json("{'id':1,'name':'李小龍李小龍李小龍'}")))
        .isEqualTo("ID  NAME\n1   李小龍李小…\n");
  }

  @Test
  void onANarrowTerminalFreeTextIsCutButIdsTimesAndNumbersNever() {
    JsonNode r = json("{'id':12345,'name':'Katherine Johnson','email':'katherine@example.com',"
        + "'phone_number':'+17575550142','created_at':1700000000}");
    List<String> cols = List.of("id", "name", "email", "phone_number", "created_at");
    assertThat(list(ttyWith(null, false, 70), cols, r))
        .isEqualTo(
            "ID     NAME          EMAIL          PHONE_NUMBER  CREATED_AT\n"
                + "12345  Katherine J…  katherine@ex…  +17575550142  2023-11-14 22:13 UTC\n");
    assertThat(list(ttyWith(null, false, 70), cols, r).lines()).allMatch(l -> l.length() <= 70);
    // when cutting text is not enough, the default columns that do not fit are left out from the right
    assertThat(list(ttyWith(null, false, 50), cols, r))
        .isEqualTo("ID     NAME           EMAIL           PHONE_NUMBER\n"
            + "12345  Katherine Jo…  katherine@exa…  +17575550142\n");
    // -o wide: every column, lines as long as they need
    assertThat(list(new OutputOptions(Format.WIDE, null, null, true, false, 50), cols, r))
        .isEqualTo(
            "ID     NAME               EMAIL                  PHONE_NUMBER  CREATED_AT\n"
                + "12345  Katherine Johnson  katherine@example.com  +17575550142  2023-11-14 22:13 UTC\n");
    // --columns: the columns asked for stay, cut as far as they can be
    assertThat(list(ttyWith(cols, false, 50), cols, r).lines().findFirst().orElseThrow())
        .isEqualTo("ID     NAME          EMAIL         PHONE_NUMBER  CREATED_AT");
  }

  @Test
  void enumerationsAreWordsAndDurationsHaveUnits() {
    JsonNode m = json("{'id':7,'message_type':1,'avg_first_response_time':22920.0,'reply_time':45,"
        + "'avg_resolution_time':300000}");
    List<String> cols = List.of("id", "message_type", "avg_first_response_time", "reply_time", "avg_resolution_time");
    assertThat(list(tty(Format.TABLE), cols, m))
        .isEqualTo("ID  MESSAGE_TYPE  AVG_FIRST_RESPONSE_TIME  REPLY_TIME  AVG_RESOLUTION_TIME\n"
            + "7   outgoing      6h 22m                   45s         3d 11h\n");
    assertThat(list(piped(Format.TABLE), cols, m)).endsWith("\n7\toutgoing\t22920.0\t45\t300000\n");
    assertThat(list(piped(Format.JSON), cols, m)).contains("\"message_type\": 1");
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
    // too narrow: text keeps a minimum of 12 columns
    assertThat(list(ttyWith(null, false, 3), List.of("id", "name"), json("{'id':1,'name':'Annabelle Lee'}")))
        .isEqualTo("ID  NAME\n1   Annabelle L…\n");
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
  void timesAreReadableWithTheirZoneAndEpochZeroIsEmpty() {
    JsonNode r = json("{'updated_at':'2024-01-02T03:04:05Z','last_seen_at':null,'agent_last_seen_at':0,'x':1.5,"
        + "'big_at':99999999999999999999,'waiting_since':1700000000,'snoozed_until':'soon','timestamp':1600000000}");
    List<String> cols = List.of("updated_at", "last_seen_at", "agent_last_seen_at", "x", "big_at", "waiting_since",
        "snoozed_until", "timestamp");
    assertThat(list(tty(Format.TABLE), cols, r))
        .isEqualTo(
            "UPDATED_AT            LAST_SEEN_AT  AGENT_LAST_SEEN_AT  X    BIG_AT                WAITING_SINCE"
                + "         SNOOZED_UNTIL  TIMESTAMP\n"
                + "2024-01-02 03:04 UTC                                    1.5  99999999999999999999  2023-11-14 22:13 UTC"
                + "  soon           2020-09-13 12:26 UTC\n");
    assertThat(list(piped(Format.TABLE), cols, r))
        .endsWith("\n2024-01-02T03:04:05Z\t\t\t1.5\t99999999999999999999\t2023-11-14T22:13:20Z\tsoon"
            + "\t2020-09-13T12:26:40Z\n");
    assertThat(list(piped(Format.JSON), cols, r)).contains("\"waiting_since\": 1700000000", "\"agent_last_seen_at\": 0");
  }

  // ---- single record -------------------------------------------------------------------------

  private static String kv(String key, String value) {
    return kv(25, key, value);
  }

  private static String kv(int width, String key, String value) {
    String line = key + " ".repeat(width - key.length()) + value;
    return line.stripTrailing() + "\n";
  }

  @Test
  void singleOnATtyIsAKeyValueTableWithNestedFieldsIndented() {
    assertThat(single(tty(Format.TABLE), COLS, ANN))
        .isEqualTo(
            kv(19, "KEY", "VALUE")
                + kv(19, "id", "1")
                + kv(19, "name", "Ann")
                + kv(19, "email", "ann@example.com")
                + kv(19, "blocked", "false")
                + kv(19, "phone", "")
                + kv(19, "created_at", "2023-11-14 22:13 UTC")
                + kv(19, "custom_attributes", "")
                + kv(19, "  plan", "pro")
                + kv(19, "  seats", "3")
                + kv(19, "tags", "vip, beta")
                + kv(19, "contact_inboxes", "[{\"source_id\":\"s-1\",\"inbox\":{\"id\":7}}]"));
  }

  @Test
  void theKeyColumnIsOnlyAsWideAsItsLongestKey() {
    JsonNode c = json("{'id':1,'last_non_activity_message':{'sender':{'additional_attributes':"
        + "{'company_name':'NASA Langley Research Center'}}}}");
    assertThat(single(ttyWith(null, false, 40), null, c))
        .isEqualTo(
            """
            KEY                        VALUE
            id                         1
            last_non_activity_message
              sender
                additional_attributes
                  company_name         NASA Langley…
            """);
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
            created_at\t2020-09-13T12:26:40Z
            custom_attributes\t{}
            tags\t
            contact_inboxes\t
            """);
    assertThat(single(piped(Format.TABLE), COLS, ANN)).contains("\ntags\tvip;beta\n");
  }

  @Test
  void singleHonoursColumnsButNotDefaults() {
    assertThat(single(ttyWith(List.of("name", "custom_attributes.plan", "phone"), true, 0), COLS, ANN))
        .isEqualTo(
            "\u001b[1mKEY                     VALUE\u001b[0m\n"
                + "name                    Ann\n"
                + "custom_attributes.plan  pro\n"
                + "phone\n");
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
