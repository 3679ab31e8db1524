package io.inquirly.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grouping rules of contacts duplicates: each key, the gmail rule, names with a second field, links, transitivity. */
class DuplicatesTest {
  @TempDir Path dir;

  static JsonNode contact(String json) {
    try {
      return Json.parse(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static List<String> groups(Duplicates d) {
    List<String> out = new ArrayList<>();
    for (List<Duplicates.Member> g : d.groups()) {
      StringBuilder s = new StringBuilder();
      for (Duplicates.Member m : g) {
        s.append(s.length() == 0 ? "" : " | ").append(m.id()).append(m.reason().isEmpty() ? "" : " " + m.reason());
      }
      out.add(s.toString());
    }
    return out;
  }

  static Duplicates run(String by, boolean gmail, String country, String... contacts) {
    Duplicates d = new Duplicates(Duplicates.Key.parse(by), new DuplicateKeys(gmail, country));
    for (String c : contacts) {
      d.add(contact(c));
    }
    return d;
  }

  @Test
  void emailIsTrimmedAndLowerCasedAndTheGmailRuleIsOptIn() {
    String[] contacts = {"{\"id\":1,\"email\":\"Ada.Lovelace@Gmail.com\"}",
        "{\"id\":2,\"email\":\" ada.lovelace@gmail.com \"}",
        "{\"id\":3,\"email\":\"adalovelace+news@googlemail.com\"}",
        "{\"id\":4,\"email\":\"ada.lovelace+x@example.com\"}"};
    assertThat(groups(run("email", false, null, contacts)))
        .containsExactly("1 | 2 email ada.lovelace@gmail.com = #1");
    assertThat(groups(run("email", true, null, contacts)))
        .containsExactly("1 | 2 email adalovelace@gmail.com = #1 | 3 email adalovelace@gmail.com = #1");
  }

  @Test
  void phoneIsE164FromThePhoneFieldAndPhoneLookingAttributes() {
    String[] contacts = {"{\"id\":1,\"phone_number\":\"+14155550100\"}",
        "{\"id\":2,\"custom_attributes\":{\"whatsapp\":\"+1 (415) 555-0100\"}}",
        "{\"id\":3,\"additional_attributes\":{\"mobile_phone\":\"(415) 555-0100 ext. 12\"}}",
        "{\"id\":4,\"custom_attributes\":{\"plan\":\"+14155550100\"}}",
        "{\"id\":5,\"additional_attributes\":{\"phone\":\"0044 20 7946 0958\"}}",
        "{\"id\":6,\"phone_number\":\"+442079460958\"}"};
    // without a country code a national number joins nothing; an attribute not named like a phone is no phone
    assertThat(groups(run("phone", false, null, contacts))).containsExactly(
        "1 | 2 phone +14155550100 = #1", "5 | 6 phone +442079460958 = #5");
    assertThat(groups(run("phone", false, "1", contacts))).containsExactly(
        "1 | 2 phone +14155550100 = #1 | 3 phone +14155550100 = #1", "5 | 6 phone +442079460958 = #5");
  }

  @Test
  void phoneNormaliser() {
    DuplicateKeys k = new DuplicateKeys(false, "49");
    assertThat(k.phone("030 1234567")).isEqualTo("+49301234567");
    assertThat(k.phone("+49 (0)30 1234567")).isEqualTo("+490301234567"); // written so, kept so: no guessing
    assertThat(k.phone("4930 12345678")).isEqualTo("+493012345678");
    assertThat(k.phone("12-34")).isNull();
    assertThat(k.phone("call me")).isNull();
    assertThat(DuplicateKeys.callingCode("+44")).isEqualTo("44");
    assertThatThrownBy(() -> DuplicateKeys.callingCode("UK")).hasMessageContaining("calling code");
  }

  @Test
  void identifierIgnoresCaseAndSpaces() {
    assertThat(groups(run("identifier", false, null, "{\"id\":1,\"identifier\":\"CRM-7\"}",
        "{\"id\":2,\"identifier\":\" crm-7\"}", "{\"id\":3,\"identifier\":\"crm-8\"}")))
        .containsExactly("1 | 2 identifier crm-7 = #1");
  }

  @Test
  void namesCountOnlyWithACompanyOrACityIgnoringCaseAccentsSpacingAndOrder() {
    String[] contacts = {
        "{\"id\":1,\"name\":\"Ada Lovelace\",\"additional_attributes\":{\"company_name\":\"Acme Inc\",\"city\":\"London\"}}",
        "{\"id\":2,\"name\":\"LOVELACE,  Ádá\",\"additional_attributes\":{\"company_name\":\"acme  inc\"}}",
        "{\"id\":3,\"name\":\"ada lovelace\",\"additional_attributes\":{\"city\":\"london\"}}",
        "{\"id\":4,\"name\":\"Ada Lovelace\"}",
        "{\"id\":5,\"name\":\"Ada Lovelace\",\"additional_attributes\":{\"company_name\":\"Globex\"}}"};
    assertThat(groups(run("name+company", false, null, contacts)))
        .containsExactly("1 | 2 name+company ada lovelace / acme inc = #1");
    assertThat(groups(run("name+city", false, null, contacts)))
        .containsExactly("1 | 3 name+city ada lovelace / london = #1");
    assertThatThrownBy(() -> Duplicates.Key.parse("email,name")).hasMessage("unknown duplicate key 'name'");
  }

  @Test
  void groupsAreTransitive() {
    assertThat(groups(run("email,phone,identifier", false, null,
        "{\"id\":1,\"email\":\"a@x.io\"}",
        "{\"id\":2,\"phone_number\":\"+4930111111\"}",
        "{\"id\":3,\"identifier\":\"c\"}",
        "{\"id\":4,\"email\":\"A@x.io\",\"phone_number\":\"+4930111111\"}",
        "{\"id\":5,\"phone_number\":\"+4930111111\",\"identifier\":\"C\"}",
        "{\"id\":6,\"email\":\"alone@x.io\"}")))
        .containsExactly("1 | 2 | 3 | 4 email a@x.io = #1; phone +4930111111 = #2"
            + " | 5 phone +4930111111 = #2; identifier c = #3");
  }

  @Test
  void aLinkFileJoinsContactsThatShareNoField() throws Exception {
    Path link = Files.writeString(dir.resolve("crm.csv"), "email,phone,identifier\n"
        + "ada@x.io,+49 30 1234567,\n"
        + "bob@x.io,,crm-9\n"
        + "nobody@x.io,,\n");
    Duplicates d = new Duplicates(Duplicates.Key.parse("email"), new DuplicateKeys(false, null));
    d.link(link);
    for (String c : List.of("{\"id\":1,\"email\":\"Ada@x.io\"}", "{\"id\":2,\"phone_number\":\"+49301234567\"}",
        "{\"id\":3,\"identifier\":\"crm-9\"}", "{\"id\":4,\"email\":\"bob@x.io\"}", "{\"id\":5,\"email\":\"nobody@x.io\"}")) {
      d.add(contact(c));
    }
    assertThat(groups(d)).containsExactly(
        "1 email ada@x.io (crm.csv:2) | 2 phone +49301234567 (crm.csv:2)",
        "3 identifier crm-9 (crm.csv:3) | 4 email bob@x.io (crm.csv:3)");
    assertThat(d.contacts()).isEqualTo(5);
    Path bad = Files.writeString(dir.resolve("bad.csv"), "mail,phone\n");
    assertThatThrownBy(() -> d.link(bad)).hasMessage(bad + " has no email column with a phone or identifier column");
  }

  @Test
  void theIndexKeepsHashesAndIdsNotRecords() {
    Duplicates d = new Duplicates(Set.of(Duplicates.Key.EMAIL), new DuplicateKeys(false, null));
    for (int i = 1; i <= 20_000; i++) {
      d.add(contact("{\"id\":" + i + ",\"email\":\"p" + (i % 10_000) + "@x.io\",\"name\":\"" + "x".repeat(500) + "\"}"));
    }
    assertThat(d.groups()).hasSize(10_000);
    assertThat(d.groups().get(0)).containsExactly(new Duplicates.Member(1, ""),
        new Duplicates.Member(10_001, "email p1@x.io = #1"));
  }
}
