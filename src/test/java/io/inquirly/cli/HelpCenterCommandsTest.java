package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #14's missing help-center commands (portal show/archive/delete, category show/update/delete, article
 * show/update/delete, the categories list's paging) against a demo sandbox: portal "help", category 1, article 1.
 */
class HelpCenterCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  /** No demo records and the Community edition. */
  @RegisterExtension static final SandboxServer community = new SandboxServer();

  static final String P = "/api/v1/accounts/1/portals";

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String sent(RecordedRequest r) {
    return r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery())
        + (r.bodyText().isEmpty() ? "" : " " + r.bodyText());
  }

  static String newPortal() {
    String slug = "p-" + unique();
    SandboxServer.Result r = server.run("help-center", "portals", "create", "--name", "Portal " + slug, "--slug", slug);
    assertThat(r.code()).as(r.err()).isZero();
    return slug;
  }

  @Test
  void portalShowGetsItBySlug() {
    SandboxServer.Result r = server.run("help-center", "portals", "show", "help", "--locale", "en", "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + P + "/help?locale=en");
    assertThat(r.json().path("slug").asText()).isEqualTo("help");
    assertThat(r.json().at("/meta/all_articles_count").asLong()).isPositive();
  }

  /** portals_controller.rb#archive cannot succeed on 4.10, so archive is an update of archived. */
  @Test
  void portalArchiveUpdatesArchived() {
    String slug = newPortal();
    SandboxServer.Result r = server.run("help-center", "portals", "archive", slug, "-o", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("PATCH " + P + "/" + slug + " {\"archived\":true}");
    assertThat(r.json().path("archived").asBoolean()).isTrue();

    SandboxServer.Result route = server.runOffContract("api", "PATCH", P + "/" + slug + "/archive");
    assertThat(route.code()).isEqualTo(7);
  }

  @Test
  void portalDeleteRemovesIt() {
    String slug = newPortal();
    SandboxServer.Result r = server.run("help-center", "portals", "delete", slug, "--yes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("DELETE " + P + "/" + slug);
    assertThat(r.err()).isEqualTo("Deleted portal " + slug + ".\n");
    assertThat(server.run("help-center", "portals", "show", slug).code()).isEqualTo(4);
  }

  @Test
  void categoryShowUpdateDelete() {
    String slug = newPortal();
    SandboxServer.Result created = server.run("help-center", "categories", "create", slug, "--name", "Billing",
        "--slug", "billing", "-o", "ids");
    String id = created.out().strip();
    SandboxServer.Result shown = server.run("help-center", "categories", "show", slug, id, "-o", "json");
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + P + "/" + slug + "/categories/" + id);
    assertThat(shown.json().path("slug").asText()).isEqualTo("billing");

    SandboxServer.Result updated = server.run("help-center", "categories", "update", slug, id, "--name", "Invoices",
        "--position", "2", "-o", "json");
    assertThat(updated.code()).as(updated.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("PATCH " + P + "/" + slug + "/categories/" + id
        + " {\"name\":\"Invoices\",\"position\":2}");
    assertThat(updated.json().path("name").asText()).isEqualTo("Invoices");

    SandboxServer.Result deleted = server.run("help-center", "categories", "delete", slug, id, "--yes");
    assertThat(deleted.code()).as(deleted.err()).isZero();
    assertThat(deleted.err()).isEqualTo("Deleted category " + id + " of portal " + slug + ".\n");
    assertThat(sent(server.lastRequest())).isEqualTo("DELETE " + P + "/" + slug + "/categories/" + id);
    assertThat(server.run("help-center", "categories", "show", slug, id).code()).isEqualTo(4);
  }

  /** Category.search pages (Kaminari, page=N); the list had no --page/--all. */
  @Test
  void categoriesListPages() {
    SandboxServer.Result second = server.run("help-center", "categories", "list", "help", "--page", "2", "-o", "json");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + P + "/help/categories?page=2");
    assertThat(second.json().size()).isZero();
    List<RecordedRequest> all = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("help-center", "categories", "list", "help", "--all", "-o", "ids");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("1\n");
    });
    assertThat(all).extracting(HelpCenterCommandsTest::sent)
        .containsExactly("GET " + P + "/help/categories?page=1", "GET " + P + "/help/categories?page=2");
  }

  @Test
  void articleShowUpdateDelete() {
    SandboxServer.Result created = server.run("help-center", "articles", "create", "help", "--title", "Exports",
        "--content", "CSV only.", "--category", "1", "-o", "ids");
    assertThat(created.code()).as(created.err()).isZero();
    String id = created.out().strip();
    SandboxServer.Result shown = server.run("help-center", "articles", "show", "help", id);
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + P + "/help/articles/" + id);
    assertThat(shown.out()).contains("title\tExports\n").contains("category.slug\tgetting-started\n");

    SandboxServer.Result updated = server.run("help-center", "articles", "update", "help", id, "--content",
        "CSV and JSON.", "--status", "published", "-o", "json");
    assertThat(updated.code()).as(updated.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("PATCH " + P + "/help/articles/" + id
        + " {\"content\":\"CSV and JSON.\",\"status\":1}");
    assertThat(updated.json().path("status").asText()).isEqualTo("published");
    assertThat(updated.json().path("content").asText()).isEqualTo("CSV and JSON.");

    SandboxServer.Result deleted = server.run("help-center", "articles", "delete", "help", id, "--yes");
    assertThat(deleted.code()).as(deleted.err()).isZero();
    assertThat(deleted.err()).isEqualTo("Deleted article " + id + " of portal help.\n");
    assertThat(sent(server.lastRequest())).isEqualTo("DELETE " + P + "/help/articles/" + id);
    assertThat(server.run("help-center", "articles", "show", "help", id).code()).isEqualTo(4);
  }

  /** CategoryPolicy/ArticlePolicy show? are administrator-only. */
  @Test
  void agentsMayNotShowCategoriesOrArticles() {
    java.util.Map<String, String> env = new java.util.HashMap<>(server.env());
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    assertThat(server.run(env, "", "help-center", "categories", "show", "help", "1").code()).isEqualTo(5);
    assertThat(server.run(env, "", "help-center", "articles", "show", "help", "1").code()).isEqualTo(5);
    assertThat(server.run(env, "", "help-center", "categories", "list", "help").code()).isZero();
  }

  /** categories_controller.rb#update exists, so apply changes a category instead of reporting drift. */
  @Test
  void applyUpdatesACategory() throws Exception {
    String slug = newPortal();
    server.run("help-center", "categories", "create", slug, "--name", "Billing", "--slug", "billing");
    java.nio.file.Path f = server.home().resolve("category-" + slug + ".yaml");
    java.nio.file.Files.writeString(f, "kind: Category\nportal: " + slug + "\nslug: billing\nname: Payments\n");
    List<RecordedRequest> sent = server.requestsDuring(() -> {
      SandboxServer.Result r = server.run("apply", "-f", f.toString(), "--yes");
      assertThat(r.code()).as(r.err()).isZero();
    });
    assertThat(sent.stream().filter(q -> !q.method().equals("GET")).map(HelpCenterCommandsTest::sent).toList())
        .singleElement().asString().matches("PATCH " + P + "/" + slug + "/categories/\\d+ \\{\"name\":\"Payments\"}");
    SandboxServer.Result again = server.run("diff", "-f", f.toString());
    assertThat(again.code()).as(again.out() + again.err()).isZero();
  }

  /** portals_controller.rb#logo: administrators; 200 with no body whether or not there was a logo. */
  @Test
  void portalLogoDeleteSendsDeleteAndConfirmsOnStderr() {
    SandboxServer.Result r = server.run("help-center", "portals", "logo", "delete", "help");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("DELETE " + P + "/help/logo");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Removed the logo of portal help.\n");
    assertThat(server.run("help-center", "portals", "logo", "delete", "no-such-portal").code()).isEqualTo(4);
  }

  /** portals_controller.rb#send_instructions: email required and valid; the portal needs a custom domain. */
  @Test
  void portalSendInstructionsNeedsACustomDomain() {
    SandboxServer.Result r = server.run("help-center", "portals", "send-instructions", "help", "--email",
        "it@acme.test");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + P + "/help/send_instructions {\"email\":\"it@acme.test\"}");
    assertThat(r.out()).isEqualTo("Instructions sent successfully\n");
    assertThat(r.err()).isEmpty();

    String slug = newPortal();
    SandboxServer.Result none = server.run("help-center", "portals", "send-instructions", slug, "--email",
        "it@acme.test");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("Custom domain is not configured");

    SandboxServer.Result bad = server.run("help-center", "portals", "send-instructions", "help", "--email", "nope");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("Invalid email format");
  }

  /** ssl_status: the Enterprise action answers {status, verification_errors}. */
  @Test
  void portalSslStatusShowsTheCertificateStatus() {
    SandboxServer.Result r = server.run("help-center", "portals", "ssl-status", "help");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("GET " + P + "/help/ssl_status");
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nstatus\tactive\nverification_errors\t\n");

    SandboxServer.Result none = server.run("help-center", "portals", "ssl-status", newPortal());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("Custom domain is not configured");
  }

  /** A Community server has the route but not the action (Enterprise only): exit 5, saying so. */
  @Test
  void portalSslStatusOnACommunityServerNeedsEnterprise() {
    SandboxServer.Result r = community.run("help-center", "portals", "ssl-status", "help");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: this server has no custom domain SSL status API: it needs the Enterprise "
        + "edition; the server answered 404; run it against an Enterprise server (a Community server does not "
        + "serve it)\n");
  }

  /** Article.update_positions: an unknown id is 404 (exit 4); the positions set before it stay. */
  @Test
  void articlesReorderStopsAtAnUnknownArticle() {
    String slug = newPortal();
    String id = server.run("help-center", "articles", "create", slug, "--title", "One", "--content", "1",
        "-o", "ids").out().strip();
    SandboxServer.Result r = server.run("help-center", "articles", "reorder", slug, "--order", id + ",999999",
        "--from", "5");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.out()).isEmpty();
    assertThat(server.run("help-center", "articles", "show", slug, id, "-o", "json").json().path("position")
        .asLong()).isEqualTo(5);
  }

  /** articles_controller.rb#reorder: positions_hash {id: position}, in the order given, from --from. */
  @Test
  void articlesReorderSendsPositionsHashInTheGivenOrder() {
    String slug = newPortal();
    String first = server.run("help-center", "articles", "create", slug, "--title", "One", "--content", "1",
        "-o", "ids").out().strip();
    String second = server.run("help-center", "articles", "create", slug, "--title", "Two", "--content", "2",
        "-o", "ids").out().strip();
    SandboxServer.Result r = server.run("help-center", "articles", "reorder", slug, "--order", second + "," + first,
        "--from", "10");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sent(server.lastRequest())).isEqualTo("POST " + P + "/" + slug + "/articles/reorder "
        + "{\"positions_hash\":{\"" + second + "\":10,\"" + first + "\":11}}");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Reordered 2 articles of portal " + slug + ".\n");
    assertThat(server.run("help-center", "articles", "show", slug, second, "-o", "json").json().path("position")
        .asLong()).isEqualTo(10);

    int before = server.requests().size();
    SandboxServer.Result twice = server.run("help-center", "articles", "reorder", slug, "--order", first + "," + first);
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("article " + first + " appears twice in --order");
    SandboxServer.Result word = server.run("help-center", "articles", "reorder", slug, "--order", "one");
    assertThat(word.code()).isEqualTo(2);
    assertThat(word.err()).contains("invalid article id 'one' in --order");
    assertThat(server.requests()).hasSize(before);
  }
}
