package io.inquirly.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plan computation from declared resources and a known current state (no server). */
class PlannerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Kind, Map<String, Current>> state = new HashMap<>();

  private void have(String kind, String id, String json) throws Exception {
    Kind k = Kinds.find(kind);
    ObjectNode s = (ObjectNode) JSON.readTree(json);
    state.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(k.key(s), new Current(k.key(s), id, s));
  }

  private Plan plan(String yaml, boolean prune) {
    for (Kind k : Kinds.ALL) {
      state.putIfAbsent(k, new LinkedHashMap<>());
    }
    List<Resource> rs = new Loader(n -> null, null).parse("f.yaml", yaml, Path.of("."));
    return new Planner(new Ctx(null, w -> { }), state).plan(rs, prune);
  }

  @Test
  void comparesOnlyDeclaredFieldsByNaturalKey() throws Exception {
    have("Label", "1", "{\"title\":\"vip\",\"description\":\"Top\",\"color\":\"#ff0000\",\"show_on_sidebar\":true}");
    have("Label", "2", "{\"title\":\"old\",\"description\":null,\"color\":\"#000000\",\"show_on_sidebar\":true}");
    Plan plan = plan("kind: Label\ntitle: VIP\ncolor: '#FF0000'\n---\nkind: Label\ntitle: bug\n---\n"
        + "kind: Label\ntitle: old\ndescription: Legacy\n", false);
    assertThat(plan.lines(false, true)).containsExactly(
        "= Label vip",
        "+ create Label bug",
        "~ update Label old: description (none) → \"Legacy\"");
    assertThat(plan.summary()).isEqualTo("Plan: 1 to create, 1 to update, 0 to delete, 1 unchanged.");
  }

  @Test
  void setsIgnoreOrderAndCaseAndStepsFollowDependencyOrder() throws Exception {
    have("Agent", "5", "{\"email\":\"ada@acme.test\",\"name\":\"Ada\",\"role\":\"agent\"}");
    have("Agent", "6", "{\"email\":\"bob@acme.test\",\"name\":\"Bob\",\"role\":\"agent\"}");
    have("Team", "3", "{\"name\":\"tier-1\",\"members\":[\"bob@acme.test\",\"ada@acme.test\"]}");
    Plan plan = plan("kind: Team\nname: Tier-1\nmembers: [ADA@acme.test, bob@acme.test]\n---\n"
        + "kind: Webhook\nurl: https://x.test/h\n---\nkind: Inbox\nname: Web\nchannel: api\nmembers: [cy@acme.test]\n"
        + "---\nkind: Agent\nemail: cy@acme.test\nname: Cy\n---\nkind: Label\ntitle: l\n", false);
    assertThat(plan.lines(false, true)).containsExactly(
        "+ create Agent cy@acme.test",
        "+ create Label l",
        "+ create Inbox Web",
        "= Team tier-1",
        "+ create Webhook https://x.test/h");
  }

  @Test
  void danglingReferencesAreFileErrors() throws Exception {
    have("Agent", "5", "{\"email\":\"ada@acme.test\",\"name\":\"Ada\"}");
    assertThatThrownBy(() -> plan("kind: Team\nname: t\nmembers: [ada@acme.test, nobody@acme.test]\n", false))
        .isInstanceOf(BadFile.class)
        .hasMessage("f.yaml:3:1: Team t: members names Agent 'nobody@acme.test', which is neither in the file nor "
            + "in the account");
    assertThatThrownBy(() -> plan("kind: Inbox\nname: i\nchannel: api\nagent_bot: Ghost\n", false))
        .hasMessageContaining("f.yaml:4:1: Inbox i: agent_bot names AgentBot 'Ghost'");
    assertThatThrownBy(() -> plan("kind: Category\nportal: nope\nslug: c\nname: C\n", false))
        .hasMessageContaining("f.yaml:2:1: Category nope/c (en): portal names Portal 'nope'");
  }

  @Test
  void createsNeedTheirRequiredFieldsAndImmutableFieldsCannotChange() throws Exception {
    assertThatThrownBy(() -> plan("kind: Agent\nemail: x@acme.test\nrole: agent\n", false))
        .hasMessage("f.yaml:1:1: Agent x@acme.test does not exist yet and needs name to be created");
    have("Inbox", "1", "{\"name\":\"Web\",\"channel\":\"api\",\"members\":[]}");
    assertThatThrownBy(() -> plan("kind: Inbox\nname: Web\nchannel: website\nwebsite_url: https://a.test\n", false))
        .hasMessage("f.yaml:3:1: Inbox Web: channel cannot change (\"api\" → \"website\")");
  }

  @Test
  void pruneDeletesUndeclaredResourcesOfDeclaredKindsOnlyInReverseOrder() throws Exception {
    have("Label", "1", "{\"title\":\"keep\"}");
    have("Label", "2", "{\"title\":\"gone\"}");
    have("CannedResponse", "7", "{\"short_code\":\"other\",\"content\":\"x\"}");
    have("Webhook", "9", "{\"url\":\"https://old.test\",\"subscriptions\":[]}");
    have("Inbox", "4", "{\"name\":\"Legacy\",\"channel\":\"api\",\"members\":[]}");
    Plan plan = plan("kind: Label\ntitle: keep\n---\nkind: Webhook\nurl: https://new.test\n---\n"
        + "kind: Inbox\nname: New\nchannel: api\n", true);
    assertThat(plan.lines(false, false)).containsExactly(
        "+ create Inbox New",
        "+ create Webhook https://new.test",
        "- delete Webhook https://old.test (not in the files)",
        "- delete Label gone (not in the files)");
    assertThat(plan.warnings()).containsExactly(
        "--prune: 1 Inbox not in the file left alone (--prune never deletes Inboxes)");
  }

  @Test
  void pruneWarningsSayInboxesNotInboxs() throws Exception {
    have("Inbox", "4", "{\"name\":\"Legacy\",\"channel\":\"api\",\"members\":[]}");
    have("Inbox", "5", "{\"name\":\"Older\",\"channel\":\"api\",\"members\":[]}");
    Plan plan = plan("kind: Inbox\nname: New\nchannel: api\n", true);
    assertThat(plan.warnings()).containsExactly(
        "--prune: 2 Inboxes not in the file left alone (--prune never deletes Inboxes)");
  }

  @Test
  void categoriesThatDifferAreUpdated() throws Exception {
    // categories_controller.rb#update (chatwoot-4.10): the API can change a category
    have("Portal", "help", "{\"slug\":\"help\",\"name\":\"Help\"}");
    have("Category", "3", "{\"portal\":\"help\",\"slug\":\"billing\",\"locale\":\"en\",\"name\":\"Billing\"}");
    Plan plan = plan("kind: Category\nportal: help\nslug: billing\nname: Payments\n", false);
    assertThat(plan.changes()).isTrue();
    assertThat(plan.lines(false, false)).singleElement().asString().startsWith("~ update Category help/billing (en)");
    assertThat(plan.json().path("steps").get(0).path("changes").toString())
        .isEqualTo("{\"name\":{\"from\":\"Billing\",\"to\":\"Payments\"}}");
  }
}
