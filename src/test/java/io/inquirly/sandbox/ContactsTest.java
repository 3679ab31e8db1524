package io.inquirly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactsTest {
  static final String CONTACTS = "/api/v1/accounts/1/contacts";

  Sandbox sandbox;
  Http api;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    api = new Http(sandbox.url(), sandbox.adminToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  long create(String json) {
    Http.Reply r = api.post(CONTACTS, json);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().at("/payload/contact/id").asLong();
  }

  @Test
  void createWithInboxReturnsContactAndContactInbox() {
    Http.Reply r =
        api.post(
            CONTACTS,
            "{\"inbox_id\":1,\"name\":\"Ada\",\"email\":\"Ada@Example.com\",\"phone_number\":\"+14155550100\","
                + "\"custom_attributes\":{\"plan\":\"pro\"},\"additional_attributes\":{\"company_name\":\"Acme\"}}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode contact = r.json().at("/payload/contact");
    assertThat(contact.get("email").asText()).isEqualTo("ada@example.com");
    assertThat(contact.get("name").asText()).isEqualTo("Ada");
    assertThat(contact.get("created_at").isIntegralNumber()).isTrue();
    assertThat(contact.at("/custom_attributes/plan").asText()).isEqualTo("pro");
    assertThat(contact.at("/contact_inboxes/0/inbox/id").asLong()).isEqualTo(1);
    JsonNode ci = r.json().at("/payload/contact_inbox");
    assertThat(ci.at("/inbox/id").asLong()).isEqualTo(1);
    assertThat(ci.get("source_id").asText()).isNotBlank();
  }

  @Test
  void createWithoutInboxHasNullContactInbox() {
    JsonNode body = api.post(CONTACTS, "{\"name\":\"Bob\",\"identifier\":\"b-1\"}").json();
    assertThat(body.at("/payload/contact_inbox/inbox").isNull()).isTrue();
    assertThat(body.at("/payload/contact_inbox/source_id").isNull()).isTrue();
    assertThat(api.post(CONTACTS, "{\"name\":\"X\",\"inbox_id\":42}").status()).isEqualTo(404);
  }

  @Test
  void validationErrorsHaveExactBodies() {
    create("{\"email\":\"ada@example.com\",\"identifier\":\"id-1\",\"phone_number\":\"+14155550100\"}");
    Http.Reply email = api.post(CONTACTS, "{\"email\":\"ADA@example.com\"}");
    assertThat(email.status()).isEqualTo(422);
    assertThat(email.body()).isEqualTo("{\"message\":\"Email has already been taken\",\"attributes\":[\"email\"]}");
    assertThat(api.post(CONTACTS, "{\"identifier\":\"id-1\"}").body())
        .isEqualTo("{\"message\":\"Identifier has already been taken\",\"attributes\":[\"identifier\"]}");
    assertThat(api.post(CONTACTS, "{\"phone_number\":\"+14155550100\"}").body())
        .isEqualTo("{\"message\":\"Phone number has already been taken\",\"attributes\":[\"phone_number\"]}");
    assertThat(api.post(CONTACTS, "{\"phone_number\":\"0041 79\"}").body())
        .isEqualTo("{\"message\":\"Phone number should be in e164 format\",\"attributes\":[\"phone_number\"]}");
    assertThat(api.post(CONTACTS, "{\"email\":\"not an email\",\"phone_number\":\"123\"}").body())
        .isEqualTo(
            "{\"message\":\"Email Invalid email, Phone number should be in e164 format\","
                + "\"attributes\":[\"email\",\"phone_number\"]}");
  }

  @Test
  void showUpdateMergesAttributesAndDelete() {
    long id = create("{\"name\":\"Ada\",\"email\":\"a@x.io\",\"custom_attributes\":{\"plan\":\"pro\",\"seats\":5}}");
    create("{\"name\":\"Bob\",\"email\":\"b@x.io\"}");
    JsonNode shown = api.get(CONTACTS + "/" + id).json();
    assertThat(shown.at("/payload/id").asLong()).isEqualTo(id);
    assertThat(shown.at("/payload/contact_inboxes").isArray()).isTrue();
    assertThat(api.get(CONTACTS + "/" + id + "?include_contact_inboxes=false").json().at("/payload").has("contact_inboxes"))
        .isFalse();

    Http.Reply updated = api.put(CONTACTS + "/" + id, "{\"name\":\"Ada L\",\"custom_attributes\":{\"seats\":6}}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().at("/payload/name").asText()).isEqualTo("Ada L");
    assertThat(updated.json().at("/payload/custom_attributes/plan").asText()).isEqualTo("pro");
    assertThat(updated.json().at("/payload/custom_attributes/seats").asInt()).isEqualTo(6);
    assertThat(api.put(CONTACTS + "/" + id, "{\"email\":\"B@x.io\"}").status()).isEqualTo(422);

    Http.Reply agentDelete = api.as(sandbox.agentToken()).delete(CONTACTS + "/" + id);
    assertThat(agentDelete.status()).isEqualTo(401);
    Http.Reply deleted = api.delete(CONTACTS + "/" + id);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body()).isEmpty();
    assertThat(api.get(CONTACTS + "/" + id).status()).isEqualTo(404);
  }

  @Test
  void listPagesOf15WithTotalCountAndHidesUnresolvedContacts() {
    for (int i = 1; i <= 31; i++) {
      create("{\"name\":\"C" + i + "\",\"email\":\"c" + i + "@x.io\"}");
    }
    create("{\"name\":\"anonymous visitor\"}");
    List<Integer> sizes = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonNode body = api.get(CONTACTS + "?page=" + page).json();
      assertThat(body.at("/meta/count").asInt()).isEqualTo(31);
      assertThat(body.at("/meta/current_page").asText()).isEqualTo(String.valueOf(page));
      sizes.add(body.get("payload").size());
    }
    assertThat(sizes).containsExactly(15, 15, 1);
    assertThat(api.get(CONTACTS).json().at("/meta/current_page").asInt()).isEqualTo(1);
    assertThat(api.get(CONTACTS + "?page=4").json().get("payload")).isEmpty();
  }

  @Test
  void listSortsAndFiltersByLabels() {
    long a = create("{\"name\":\"alice\",\"email\":\"z@x.io\"}");
    long b = create("{\"name\":\"Bob\",\"email\":\"y@x.io\"}");
    long c = create("{\"name\":\"carol\",\"email\":\"x@x.io\"}");
    assertThat(ids(api.get(CONTACTS + "?sort=-name").json())).containsExactly(c, b, a);
    assertThat(ids(api.get(CONTACTS + "?sort=email").json())).containsExactly(c, b, a);
    api.post(CONTACTS + "/" + a + "/labels", "{\"labels\":[\"vip\"]}");
    api.post(CONTACTS + "/" + c + "/labels", "{\"labels\":[\"churn\"]}");
    assertThat(ids(api.get(CONTACTS + "?labels[]=vip&labels[]=churn").json())).containsExactly(a, c);
  }

  @Test
  void labelsReplaceTheList() {
    long id = create("{\"name\":\"Ada\",\"email\":\"a@x.io\"}");
    assertThat(api.get(CONTACTS + "/" + id + "/labels").body()).isEqualTo("{\"payload\":[]}");
    api.post(CONTACTS + "/" + id + "/labels", "{\"labels\":[\"a\",\"b\"]}");
    Http.Reply r = api.post(CONTACTS + "/" + id + "/labels", "{\"labels\":[\"c\"]}");
    assertThat(r.body()).isEqualTo("{\"payload\":[\"c\"]}");
    assertThat(api.get(CONTACTS + "/" + id + "/labels").body()).isEqualTo("{\"payload\":[\"c\"]}");
  }

  @Test
  void searchNeedsQAndReportsHasMore() {
    Http.Reply missing = api.get(CONTACTS + "/search");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.body()).isEqualTo("{\"error\":\"Specify search string with parameter q\"}");
    for (int i = 1; i <= 16; i++) {
      create("{\"name\":\"Zed " + i + "\",\"identifier\":\"Ext-" + i + "\"}");
    }
    create("{\"name\":\"Other\",\"email\":\"zed@elsewhere.io\"}");
    JsonNode first = api.get(CONTACTS + "/search?q=zed").json();
    assertThat(first.get("payload")).hasSize(15);
    assertThat(first.at("/meta/count").asInt()).isEqualTo(15);
    assertThat(first.at("/meta/has_more").asBoolean()).isTrue();
    JsonNode second = api.get(CONTACTS + "/search?q=zed&page=2").json();
    assertThat(second.get("payload")).hasSize(2);
    assertThat(second.at("/meta/has_more").asBoolean()).isFalse();
    // identifier is LIKE (case-sensitive), the others ILIKE
    assertThat(api.get(CONTACTS + "/search?q=Ext-1").json().get("payload")).hasSize(8);
    assertThat(api.get(CONTACTS + "/search?q=ext-16").json().get("payload")).isEmpty();
  }

  @Test
  void filterMatchesAndValidates() {
    long a = create("{\"name\":\"Ada\",\"email\":\"ada@acme.io\",\"phone_number\":\"+4930123\","
        + "\"additional_attributes\":{\"country_code\":\"DE\",\"city\":\"Berlin\"}}");
    long b = create("{\"name\":\"Bob\",\"email\":\"bob@other.io\",\"additional_attributes\":{\"country_code\":\"US\"}}");
    String path = CONTACTS + "/filter";
    JsonNode r =
        api.post(path, "{\"payload\":[{\"attribute_key\":\"email\",\"filter_operator\":\"contains\","
            + "\"values\":[\"@ACME\"],\"query_operator\":\"or\"},{\"attribute_key\":\"country_code\","
            + "\"filter_operator\":\"equal_to\",\"values\":[\"us\"],\"query_operator\":null}]}").json();
    assertThat(r.at("/meta/count").asInt()).isEqualTo(2);
    assertThat(ids(r)).containsExactly(a, b);
    JsonNode phone = api.post(path, "{\"payload\":[{\"attribute_key\":\"phone_number\",\"filter_operator\":"
        + "\"equal_to\",\"values\":[\"4930123\"]}]}").json();
    assertThat(ids(phone)).containsExactly(a);

    assertThat(api.post(path, "{\"payload\":[{\"attribute_key\":\"email\",\"filter_operator\":\"contains\","
        + "\"values\":[\"x\"],\"query_operator\":\"XOR\"},{\"attribute_key\":\"name\",\"filter_operator\":"
        + "\"equal_to\",\"values\":[\"x\"]}]}").body())
        .isEqualTo("{\"error\":\"Query operator must be either \\\"AND\\\" or \\\"OR\\\".\"}");
    assertThat(api.post(path, "{\"payload\":[{\"attribute_key\":\"name\",\"filter_operator\":\"equal_to\","
        + "\"values\":[\"x\"],\"query_operator\":\"and\"}]}").status()).isEqualTo(422);
    Http.Reply op = api.post(path, "{\"payload\":[{\"attribute_key\":\"identifier\",\"filter_operator\":"
        + "\"contains\",\"values\":[\"x\"]}]}");
    assertThat(op.status()).isEqualTo(422);
    assertThat(op.json().get("error").asText())
        .isEqualTo("Invalid operator. The allowed operators for identifier are [equal_to,not_equal_to].");
    assertThat(api.post(path, "{\"payload\":[{\"attribute_key\":\"name\",\"filter_operator\":\"equal_to\","
        + "\"values\":[]}]}").json().get("error").asText())
        .isEqualTo("Invalid value. The values provided for name are invalid");
    assertThat(api.post(path, "{\"payload\":[{\"attribute_key\":\"shoe\",\"filter_operator\":\"equal_to\","
        + "\"values\":[\"9\"]}]}").json().get("error").asText())
        .isEqualTo("Invalid attribute key - [shoe]. The key should be one of [name,phone_number,email,identifier,"
            + "country_code,city,company,labels,created_at,last_activity_at,blocked] or a custom attribute "
            + "defined in the account.");
  }

  /** equal_to on email, phone or identifier reads the key maps: same answers as comparing every contact. */
  @Test
  void filterEqualToOnAKeyFollowsChangesAndIgnoresCase() {
    long upper = create("{\"name\":\"U\",\"identifier\":\"CRM-1\",\"email\":\"u@x.io\",\"phone_number\":\"+4930111\"}");
    long lower = create("{\"name\":\"L\",\"identifier\":\"crm-1\"}");
    String path = CONTACTS + "/filter";
    java.util.function.BiFunction<String, String, List<Long>> equal = (key, value) -> ids(api.post(path,
        "{\"payload\":[{\"attribute_key\":\"" + key + "\",\"filter_operator\":\"equal_to\",\"values\":[\""
            + value + "\"],\"query_operator\":null}]}").json());
    assertThat(equal.apply("identifier", "Crm-1")).containsExactly(upper, lower);
    assertThat(equal.apply("email", " U@X.IO ")).containsExactly(upper);
    assertThat(equal.apply("phone_number", "4930111")).containsExactly(upper);
    assertThat(equal.apply("phone_number", "+4930111")).containsExactly(upper);
    assertThat(equal.apply("email", "nobody@x.io")).isEmpty();
    String anyOf = "{\"payload\":[{\"attribute_key\":\"email\",\"filter_operator\":\"equal_to\",\"values\":"
        + "[\"nobody@x.io\"],\"query_operator\":\"OR\"},{\"attribute_key\":\"identifier\",\"filter_operator\":"
        + "\"equal_to\",\"values\":[\"crm-1\"],\"query_operator\":\"%s\"},{\"attribute_key\":\"phone_number\","
        + "\"filter_operator\":\"equal_to\",\"values\":[\"4930111\"],\"query_operator\":null}]}";
    assertThat(ids(api.post(path, anyOf.formatted("OR")).json())).containsExactly(upper, lower);
    assertThat(ids(api.post(path, anyOf.formatted("AND")).json())).containsExactly(upper);

    assertThat(api.put(CONTACTS + "/" + upper, "{\"identifier\":\"crm-2\",\"email\":\"v@x.io\"}").status())
        .isEqualTo(200);
    assertThat(equal.apply("identifier", "CRM-1")).containsExactly(lower);
    assertThat(equal.apply("identifier", "crm-2")).containsExactly(upper);
    assertThat(equal.apply("email", "u@x.io")).isEmpty();
    assertThat(equal.apply("email", "v@x.io")).containsExactly(upper);
    assertThat(api.delete(CONTACTS + "/" + lower).status()).isEqualTo(200);
    assertThat(equal.apply("identifier", "crm-1")).isEmpty();
  }

  @Test
  void contactInboxesAndContactableInboxes() {
    long id = create("{\"name\":\"Ada\",\"email\":\"a@x.io\"}");
    Http.Reply ci = api.post(CONTACTS + "/" + id + "/contact_inboxes", "{\"inbox_id\":1,\"source_id\":\"src-1\"}");
    assertThat(ci.status()).isEqualTo(200);
    assertThat(ci.json().get("source_id").asText()).isEqualTo("src-1");
    assertThat(ci.json().at("/inbox/id").asLong()).isEqualTo(1);
    JsonNode contactable = api.get(CONTACTS + "/" + id + "/contactable_inboxes").json();
    assertThat(contactable.at("/payload/0/source_id").asText()).isEqualTo("src-1");
    assertThat(contactable.at("/payload/0/inbox/channel_type").asText()).isEqualTo("Channel::Api");
    long other = create("{\"name\":\"Bob\",\"email\":\"b@x.io\"}");
    assertThat(api.post(CONTACTS + "/" + other + "/contact_inboxes", "{\"inbox_id\":1,\"source_id\":\"src-1\"}")
        .status()).isEqualTo(422);
    assertThat(api.get(CONTACTS + "/" + id + "/conversations").body()).isEqualTo("{\"payload\":[]}");
  }

  @Test
  void mergeDeletesMergeeAndFillsBlanks() {
    long base = create("{\"name\":\"Ada\",\"email\":\"ada@x.io\",\"custom_attributes\":{\"plan\":\"pro\"}}");
    long mergee = create("{\"name\":\"Ada Lovelace\",\"phone_number\":\"+4930999\",\"identifier\":\"crm-7\","
        + "\"custom_attributes\":{\"plan\":\"free\",\"seats\":3},\"inbox_id\":1}");
    Http.Reply r = api.post("/api/v1/accounts/1/actions/contact_merge",
        "{\"base_contact_id\":" + base + ",\"mergee_contact_id\":" + mergee + "}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode merged = r.json();
    assertThat(merged.get("id").asLong()).isEqualTo(base);
    assertThat(merged.get("name").asText()).isEqualTo("Ada");
    assertThat(merged.get("email").asText()).isEqualTo("ada@x.io");
    assertThat(merged.get("phone_number").asText()).isEqualTo("+4930999");
    assertThat(merged.get("identifier").asText()).isEqualTo("crm-7");
    assertThat(merged.at("/custom_attributes/plan").asText()).isEqualTo("pro");
    assertThat(merged.at("/custom_attributes/seats").asInt()).isEqualTo(3);
    assertThat(api.get(CONTACTS + "/" + mergee).status()).isEqualTo(404);
    assertThat(api.get(CONTACTS + "/" + base).json().at("/payload/contact_inboxes")).hasSize(1);
  }

  @Test
  void mergeMovesConversationsAndMessagesDropsLabelsAndTreatsBlankAsMissing() {
    long base = create("{\"name\":\"  \",\"email\":\"ada@x.io\",\"additional_attributes\":{\"city\":\"\"}}");
    long mergee = create("{\"name\":\"Ada L\",\"phone_number\":\"+4930999\",\"inbox_id\":1,"
        + "\"additional_attributes\":{\"company_name\":\"Acme\"}}");
    api.post(CONTACTS + "/" + base + "/labels", "{\"labels\":[\"lead\"]}");
    api.post(CONTACTS + "/" + mergee + "/labels", "{\"labels\":[\"vip\"]}");
    Http.Reply conv = api.post("/api/v1/accounts/1/conversations", "{\"inbox_id\":1,\"contact_id\":" + mergee + "}");
    long display = conv.json().get("id").asLong();
    String messages = "/api/v1/accounts/1/conversations/" + display + "/messages";
    assertThat(api.post(messages, "{\"content\":\"hi\",\"message_type\":\"incoming\"}").status()).isEqualTo(200);

    Http.Reply r = api.post("/api/v1/accounts/1/actions/contact_merge",
        "{\"base_contact_id\":" + base + ",\"mergee_contact_id\":" + mergee + "}");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("name").asText()).isEqualTo("Ada L"); // a blank name is filled
    assertThat(r.json().at("/additional_attributes/company_name").asText()).isEqualTo("Acme");
    assertThat(api.get(CONTACTS + "/" + base + "/labels").body()).isEqualTo("{\"payload\":[\"lead\"]}");
    assertThat(ids(api.get(CONTACTS + "/" + base + "/conversations").json())).hasSize(1);
    assertThat(api.get(messages).json().at("/payload/0/sender/id").asLong()).isEqualTo(base);
    assertThat(api.post("/api/v1/accounts/1/actions/contact_merge",
        "{\"base_contact_id\":" + base + ",\"mergee_contact_id\":" + mergee + "}").status()).isEqualTo(404);
  }

  static List<Long> ids(JsonNode body) {
    List<Long> ids = new ArrayList<>();
    body.get("payload").forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }
}
