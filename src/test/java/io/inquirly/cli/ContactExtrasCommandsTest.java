package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contact notes, active, delete-avatar, email-export and inboxes find (routes of chatwoot-4.10 not in the spec). */
class ContactExtrasCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  static final String CONTACTS = "/api/v1/accounts/1/contacts";

  @Test
  void notesAreCreatedListedNewestFirstUpdatedAndDeleted() {
    SandboxServer.Result created = server.run("contacts", "notes", "create", "3", "--content", "Call back", "-o", "ids");
    assertThat(created.code()).as(created.err()).isZero();
    RecordedRequest post = server.lastRequest();
    assertThat(post.method() + " " + post.path()).isEqualTo("POST " + CONTACTS + "/3/notes");
    assertThat(post.bodyText()).isEqualTo("{\"note\":{\"content\":\"Call back\"}}");
    String first = created.out().strip();
    String second = server.run("contacts", "notes", "create", "3", "--content", "Renewal", "-o", "ids").out().strip();

    SandboxServer.Result list = server.run("contacts", "notes", "list", "3", "--columns", "id,content,user.name");
    assertThat(list.code()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(CONTACTS + "/3/notes");
    assertThat(list.out()).isEqualTo("ID\tCONTENT\tUSER\n" + second + "\tRenewal\tAdmin Ada\n"
        + first + "\tCall back\tAdmin Ada\n");

    SandboxServer.Result updated = server.run("contacts", "notes", "update", "3", first, "--content", "Called",
        "-o", "json");
    assertThat(updated.code()).isZero();
    assertThat(server.lastRequest().method() + " " + server.lastRequest().path())
        .isEqualTo("PATCH " + CONTACTS + "/3/notes/" + first);
    assertThat(server.lastRequest().bodyText()).isEqualTo("{\"note\":{\"content\":\"Called\"}}");
    assertThat(updated.json().path("content").asText()).isEqualTo("Called");

    SandboxServer.Result deleted = server.run("contacts", "notes", "delete", "3", first, "--yes");
    assertThat(deleted.code()).isZero();
    assertThat(deleted.err()).isEqualTo("Deleted note " + first + " of contact 3.\n");
    assertThat(server.lastRequest().method()).isEqualTo("DELETE");
    SandboxServer.Result gone = server.run("contacts", "notes", "show", "3", first);
    assertThat(gone.code()).isEqualTo(4);
    assertThat(server.lastRequest().path()).isEqualTo(CONTACTS + "/3/notes/" + first);
  }

  @Test
  void aNoteNeedsItsText() {
    SandboxServer.Result r = server.run("contacts", "notes", "create", "3");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--content");
  }

  @Test
  void activeAsksForAPageOfOnlineContacts() {
    SandboxServer.Result r = server.run("contacts", "active", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo(CONTACTS + "/active");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("page=1");
    assertThat(r.out()).isEqualTo("[]\n");
  }

  @Test
  void deleteAvatarConfirmsThenShowsTheContact() {
    SandboxServer.Result refused = server.run("contacts", "delete-avatar", "2");
    assertThat(refused.code()).isEqualTo(2);
    SandboxServer.Result r = server.run("contacts", "delete-avatar", "2", "--yes", "--columns", "id,name");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.lastRequest().method() + " " + server.lastRequest().path())
        .isEqualTo("DELETE " + CONTACTS + "/2/avatar");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nid\t2\nname\tGrace Hopper\n");
  }

  @Test
  void emailExportSendsColumnsLabelAndConditions() {
    SandboxServer.Result r = server.run("contacts", "email-export", "--column", "name", "--column", "email",
        "--label", "vip", "--where", "email contains @example.com");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.method() + " " + req.path()).isEqualTo("POST " + CONTACTS + "/export");
    assertThat(req.bodyText()).isEqualTo("{\"column_names\":[\"name\",\"email\"],\"label\":\"vip\",\"payload\":"
        + "[{\"attribute_key\":\"email\",\"filter_operator\":\"contains\",\"values\":[\"@example.com\"]}]}");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("The server is preparing the export: it e-mails you a link when it is ready.\n");
  }

  @Test
  void emailExportIsForAdministrators() {
    Map<String, String> env = new HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    SandboxServer.Result r = server.run(env, "", "contacts", "email-export");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).startsWith("error: 401 Unauthorized from POST /api/v1/accounts/1/contacts/export: "
        + "You are not authorized to do this action");
  }

  @Test
  void inboxesFindLooksUpTheContactOfASourceId() {
    SandboxServer.Result r = server.run("contacts", "inboxes", "find", "--inbox", "1", "--source-id", "demo-visitor",
        "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    RecordedRequest req = server.lastRequest();
    assertThat(req.method() + " " + req.path()).isEqualTo("POST /api/v1/accounts/1/contact_inboxes/filter");
    assertThat(req.bodyText()).isEqualTo("{\"inbox_id\":1,\"source_id\":\"demo-visitor\"}");
    assertThat(r.out()).isEqualTo("1\n");
    SandboxServer.Result none = server.run("contacts", "inboxes", "find", "--inbox", "1", "--source-id", "nobody");
    assertThat(none.code()).isEqualTo(4);
  }
}
