package io.inquirly.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing resource files: documents and lists, types, interpolation, and errors that point at line:column. */
class LoaderTest {
  private static final Map<String, String> ENV = Map.of("HOOK_HOST", "hooks.acme.test", "EMPTY", "");

  private static List<Resource> parse(String text) {
    return new Loader(ENV::get, new ByteArrayInputStream(new byte[0])).parse("stack.yaml", text, Path.of("."));
  }

  @Test
  void documentsAndListsAreResourcesWithNormalisedKeys() {
    List<Resource> rs = parse("kind: Label\ntitle: VIP\ncolor: '#FF0000'\n---\n"
        + "- kind: team\n  name: Tier-1\n  members: [ada@acme.test]\n- kind: AccountUser\n  email: Ada@Acme.test\n");
    assertThat(rs).extracting(r -> r.kind().name() + ":" + r.key())
        .containsExactly("Label:vip", "Team:tier-1", "User:ada@acme.test");
    assertThat(rs.get(0).spec().toString()).isEqualTo("{\"title\":\"VIP\",\"color\":\"#FF0000\"}");
    assertThat(rs.get(1).where("members").toString()).isEqualTo("stack.yaml:7:3");
  }

  @Test
  void jsonIsAccepted() {
    List<Resource> rs = new Loader(ENV::get, null).parse("stack.json",
        "[{\"kind\":\"CannedResponse\",\"short_code\":\"hi\",\"content\":\"Hello\"}]", Path.of("."));
    assertThat(rs).extracting(Resource::key).containsExactly("hi");
  }

  @Test
  void environmentDefaultsAndFilesAreInterpolatedAndTyped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "s3cr3t\n");
    List<Resource> rs = new Loader(Map.of("SIDEBAR", "false", "HOOK_HOST", "h.test")::get, null).parse("x.yaml",
        "kind: Label\ntitle: a\nshow_on_sidebar: ${SIDEBAR}\ndescription: ${MISSING:-fallback} $${literal}\n---\n"
            + "kind: User\nemail: u@x.test\npassword: ${file:secret.txt}\n---\n"
            + "kind: Webhook\nurl: https://${HOOK_HOST}/events\n", dir);
    assertThat(rs.get(0).spec().toString())
        .isEqualTo("{\"title\":\"a\",\"show_on_sidebar\":false,\"description\":\"fallback ${literal}\"}");
    assertThat(rs.get(1).get("password").asText()).isEqualTo("s3cr3t");
    assertThat(rs.get(2).key()).isEqualTo("https://h.test/events");
  }

  /** The server's value sets (the catalogue's choices) are checked when a file is read: --dry-run and diff fail too. */
  @Test
  void enumeratedFieldsAreCheckedWhenReadWithTheValidValues() {
    assertThatThrownBy(() -> parse("kind: Agent\nemail: a@x.test\nname: A\nrole: admin\n"))
        .isInstanceOf(BadFile.class)
        .hasMessage("stack.yaml:4:1: Agent role: unknown value 'admin'")
        .extracting(e -> ((BadFile) e).hint()).isEqualTo("use administrator, agent");
    assertThatThrownBy(() -> parse("kind: Agent\nemail: a@x.test\nname: A\navailability: away\n"))
        .hasMessage("stack.yaml:4:1: Agent availability: unknown value 'away'");
    assertThatThrownBy(() -> parse("kind: AutomationRule\nname: r\nevent_name: message_sent\nconditions: []\n"
        + "actions: []\n"))
        .hasMessage("stack.yaml:3:1: AutomationRule event_name: unknown value 'message_sent'");
    assertThatThrownBy(() -> parse("kind: Inbox\nname: I\nchannel: api\nsender_name_type: casual\n"))
        .hasMessage("stack.yaml:4:1: Inbox sender_name_type: unknown value 'casual'");
    assertThat(parse("kind: Agent\nemail: a@x.test\nname: A\nrole: administrator\navailability: busy\n"))
        .singleElement().extracting(Resource::key).isEqualTo("a@x.test");
  }

  @Test
  void missingVariableNamesLineAndColumn() {
    assertThatThrownBy(() -> parse("kind: Label\ntitle: a\ndescription: ${NOPE}\n"))
        .isInstanceOf(BadFile.class)
        .hasMessage("stack.yaml:3:14: environment variable NOPE is not set");
    assertThatThrownBy(() -> parse("kind: Label\ntitle: ${EMPTY}\n"))
        .hasMessage("stack.yaml:2:8: environment variable EMPTY is not set");
  }

  @Test
  void unknownKeyNamesLineAndColumnAndTheKeysThereAre() {
    assertThatThrownBy(() -> parse("kind: Label\ntitle: vip\n  \ncolour: '#fff'\n"))
        .isInstanceOf(BadFile.class)
        .hasMessage("stack.yaml:4:1: unknown key 'colour' for Label")
        .extracting(e -> ((BadFile) e).hint()).isEqualTo("keys of Label: title, description, color, show_on_sidebar");
  }

  @Test
  void unknownKindAndMissingKey() {
    assertThatThrownBy(() -> parse("---\nkind: Mailbox\nname: x\n"))
        .hasMessage("stack.yaml:2:1: unknown kind 'Mailbox'");
    assertThatThrownBy(() -> parse("kind: Agent\nname: Ada\n"))
        .hasMessage("stack.yaml:1:1: Agent needs email");
    assertThatThrownBy(() -> parse("title: x\n")).hasMessage("stack.yaml:1:1: missing kind");
  }

  @Test
  void badIndentationIsAYamlErrorWithItsPlace() {
    assertThatThrownBy(() -> parse("kind: Inbox\nname: Support\n  channel: api\n"))
        .isInstanceOf(BadFile.class)
        .hasMessageStartingWith("stack.yaml:3:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void wrongTypesAndValues() {
    assertThatThrownBy(() -> parse("kind: Label\ntitle: a\nshow_on_sidebar: maybe\n"))
        .hasMessage("stack.yaml:3:1: Label show_on_sidebar must be true or false, got \"maybe\"");
    assertThatThrownBy(() -> parse("kind: Team\nname: a\nmembers: ada@acme.test\n"))
        .hasMessage("stack.yaml:3:1: Team members must be a list, e.g. [a, b]");
    assertThatThrownBy(() -> parse("kind: Inbox\nname: a\nchannel: pigeon\n"))
        .hasMessage("stack.yaml:3:1: Inbox channel: unknown value 'pigeon'")
        .extracting(e -> ((BadFile) e).hint())
        .isEqualTo("use api, email, facebook_page, instagram, line, sms, telegram, tiktok, twilio_sms, "
            + "twitter_profile, website, whatsapp");
    assertThatThrownBy(() -> parse("kind: CustomAttribute\nmodel: company\nkey: k\n"))
        .hasMessage("stack.yaml:2:1: CustomAttribute model: unknown value 'company'")
        .extracting(e -> ((BadFile) e).hint()).isEqualTo("use contact, conversation");
    assertThatThrownBy(() -> parse("kind: CustomAttribute\nmodel: contact\nkey: k\ntype: colour\n"))
        .hasMessage("stack.yaml:4:1: CustomAttribute type: unknown value 'colour'");
  }

  @Test
  void duplicatesAreRefused() {
    assertThatThrownBy(() -> parse("kind: Label\ntitle: vip\n---\nkind: Label\ntitle: VIP\n"))
        .hasMessage("stack.yaml:4:1: Label vip is declared twice (first at stack.yaml:1:1)");
    assertThatThrownBy(() -> parse("kind: Label\ntitle: vip\ntitle: x\n"))
        .hasMessage("stack.yaml:3:1: duplicate key 'title'");
  }
}
