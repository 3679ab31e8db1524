package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Param.Type;
import java.util.List;

/** Help center: portals, their categories and articles. Portals are addressed by their slug. */
public final class HelpCenterApi {
  private HelpCenterApi() {}

  public static final OperationRef CATEGORIES_CREATE = OperationRef.of("help-center categories create");
  public static final OperationRef CATEGORIES_LIST = OperationRef.of("help-center categories list");
  public static final OperationRef CATEGORIES_UPDATE = OperationRef.of("help-center categories update");
  public static final OperationRef PORTALS_LIST = OperationRef.of("help-center portals list");
  public static final OperationRef PORTALS_CREATE = OperationRef.of("help-center portals create");
  public static final OperationRef PORTALS_UPDATE = OperationRef.of("help-center portals update");
  public static final OperationRef PORTALS_DELETE = OperationRef.of("help-center portals delete");
  public static final OperationRef.Crud PORTALS =
      new OperationRef.Crud(PORTALS_LIST, PORTALS_CREATE, PORTALS_UPDATE, PORTALS_DELETE);

  static final String BASE = Admin.ACCOUNT + "/portals";
  static final String[] PORTAL_COLUMNS = {"id", "slug", "name", "custom_domain", "archived"};
  static final String[] CATEGORY_COLUMNS = {"id", "slug", "name", "locale", "position"};
  /** The article view has the category as an object, no category_id (articles/_article.json.jbuilder). */
  static final String[] ARTICLE_COLUMNS = {"id", "slug", "title", "status", "category.slug"};
  static final List<String> ARTICLE_STATUSES = List.of("draft", "published", "archived");

  static Param portal(String name) {
    return Param.pathText(name, "PORTAL", "the portal's slug");
  }

  static Param categoryId() {
    return Param.path("category_id", "CATEGORY_ID", "the category's id");
  }

  static Param articleId() {
    return Param.path("article_id", "ARTICLE_ID", "the article's id");
  }

  static Param[] categoryFields() {
    return new Param[] {
      Param.body("locale", "--locale", "language code (default en)"),
      Param.body("description", "--description", "what it covers").labelled("TEXT"),
      Param.body("position", "--position", "sort position").integer().labelled("N"),
      Param.body("icon", "--icon", "an emoji or icon name"),
      Param.body("parent_category_id", "--parent", "parent category").integer().labelled("ID"),
    };
  }

  static Param[] articleFields() {
    return new Param[] {
      Param.body("category_id", "--category", "its category's id").integer().labelled("ID"),
      Param.body("slug", "--slug", "URL name (derived from the title when omitted)"),
      Param.body("description", "--description", "a short summary").labelled("TEXT"),
      Param.body("locale", "--locale", "language code (default: the category's, or en)"),
      Param.body("position", "--position", "sort position").integer().labelled("N"),
      Param.body("status", "--status", "draft, published or archived").labelled("STATUS")
          .convert(Admin.code("--status", ARTICLE_STATUSES)),
      Param.body("meta", "--meta", "SEO metadata (repeatable; key=value)").type(Type.MAP),
    };
  }

  static Param[] portalFields() {
    return new Param[] {
      Param.body("color", "--color", "brand colour as #RRGGBB"),
      Param.body("custom_domain", "--custom-domain", "your domain for the portal, e.g. help.example.com")
          .labelled("DOMAIN"),
      Param.body("header_text", "--header", "text in the portal's header").labelled("TEXT"),
      Param.body("homepage_link", "--homepage", "link back to your site").labelled("URL"),
      Param.body("page_title", "--page-title", "the browser page title").labelled("TEXT"),
      Param.body("archived", "--archived", "archive or restore the portal").type(Type.BOOLEAN),
      Param.body("config", "--config", "portal config (repeatable; key:=json, e.g. allowed_locales:='[\"en\"]')")
          .type(Type.MAP),
    };
  }

  /** {@code --order 3,1,2 [--from N]} → {@code positions_hash: {"3": N, "1": N+1, "2": N+2}}. */
  static Computed positions() {
    return Computed.of("positions_hash", values -> {
      ObjectNode hash = JsonNodeFactory.instance.objectNode();
      long position = values.get("from") instanceof Number n ? n.longValue() : 1;
      for (String id : Admin.words(values.get("order"))) {
        if (!id.matches("\\d{1,18}")) {
          throw new InvalidInput("invalid article id '" + id + "' in --order",
              "give article ids (whole numbers); 'inquirly help-center articles list PORTAL' shows them");
        }
        if (hash.has(id)) {
          throw new InvalidInput("article " + id + " appears twice in --order", "name each article once");
        }
        hash.put(id, position++);
      }
      return hash;
    });
  }

  public static Group group() {
    return Group.named("help-center")
        .source("app/controllers/api/v1/accounts/portals_controller.rb", "app/views/api/v1/accounts/portals/",
            "app/policies/portal_policy.rb")
        .of(
        op(PORTALS_LIST, "GET", BASE)
            .id("get-portal")
            .summary("List the account's help center portals")
            .list("payload").columns(PORTAL_COLUMNS).noun("portal")
            .example("inquirly help-center portals list"),
        op(PORTALS_CREATE, "POST", BASE)
            .id("add-new-portal-to-account")
            .summary("Create a portal (administrators; slugs are unique)")
            .params(Param.body("name", "--name", "the portal's name").mandatory(),
                Param.body("slug", "--slug", "URL name of the portal").mandatory())
            .params(portalFields())
            .one("").columns(PORTAL_COLUMNS).noun("portal")
            .example("inquirly help-center portals create --name 'Developer Docs' --slug dev-docs --color '#1F93FF'"),
        op(PORTALS_UPDATE, "PATCH", BASE + "/{id}")
            .id("update-portal-to-account")
            .summary("Change a portal (administrators)")
            .params(portal("id"), Param.body("name", "--name", "new name"),
                Param.body("slug", "--slug", "new slug"))
            .params(portalFields())
            .one("").columns(PORTAL_COLUMNS).noun("portal")
            .example("inquirly help-center portals update help --header 'How can we help?'"),
        op("help-center portals show", "GET", BASE + "/{id}")
            .id("get-portal-details")
            .summary("Show a portal, with its article counts (of one --locale if given)")
            .params(portal("id"), Param.query("locale", "--locale", "count only this locale's articles"))
            .one("").columns(PORTAL_COLUMNS).noun("portal")
            .example("inquirly help-center portals show help"),
        op("help-center portals archive", "PATCH", BASE + "/{id}")
            .id("archive-portal")
            .summary("Archive a portal (administrators; 'portals update --archived false' restores it)")
            .description("Sends PATCH portals/{slug} with archived=true. The server's own PATCH "
                + "portals/{slug}/archive route fails on 4.10: PortalPolicy has no archive? and the action sets an "
                + "'archive' attribute the Portal model does not have (chatwoot-4.10/app/controllers/api/v1/"
                + "accounts/portals_controller.rb, app/policies/portal_policy.rb).")
            .params(portal("id"))
            .computed(Computed.constant("archived", true))
            .one("").columns(PORTAL_COLUMNS).noun("portal")
            .example("inquirly help-center portals archive help"),
        op("help-center portals logo delete", "DELETE", BASE + "/{id}/logo")
            .id("delete-portal-logo")
            .summary("Remove a portal's logo (administrators; succeeds when there is none)")
            .params(portal("id"))
            .confirm(false)
            .none()
            .status((values, answer) -> "Removed the logo of portal " + values.get("id") + ".")
            .example("inquirly help-center portals logo delete help"),
        op("help-center portals send-instructions", "POST", BASE + "/{id}/send_instructions")
            .id("send-portal-domain-instructions")
            .summary("E-mail the DNS (CNAME) instructions for the portal's custom domain (administrators; prints the "
                + "server's message)")
            .description("The server mails them in the background; it refuses a portal without a custom domain "
                + "('portals update SLUG --custom-domain help.example.com' sets one) and a malformed address.")
            .params(portal("id"),
                Param.body("email", "--email", "who receives the instructions").mandatory())
            .one("").columns("message").noun("portal").text("message")
            .example("inquirly help-center portals send-instructions help --email it@acme.test"),
        op("help-center portals ssl-status", "GET", BASE + "/{id}/ssl_status")
            .id("get-portal-ssl-status")
            .source("config/routes.rb", "app/policies/portal_policy.rb", "app/models/portal.rb",
                "app/views/api/v1/accounts/portals/_portal.json.jbuilder")
            .summary("Show the SSL certificate status of the portal's custom domain (Enterprise)")
            .description("The Enterprise edition asks its certificate provider (Cloudflare) and answers the status "
                + "and any verification errors, as the portal view's ssl_settings; a Community server has no such "
                + "action (exit 5).")
            .params(portal("id"))
            .enterprise("custom domain SSL status")
            .one("").columns("status", "verification_errors").noun("SSL status")
            .example("inquirly help-center portals ssl-status help"),
        op(PORTALS_DELETE, "DELETE", BASE + "/{id}")
            .id("delete-portal")
            .summary("Delete a portal with its categories and articles (administrators)")
            .params(portal("id"))
            .noun("portal")
            .example("inquirly help-center portals delete help --yes"),
        op(CATEGORIES_LIST, "GET", BASE + "/{id}/categories")
            .id("list-portal-categories")
            .source("app/controllers/api/v1/accounts/categories_controller.rb",
                "app/views/api/v1/accounts/categories/", "app/policies/category_policy.rb", "app/models/category.rb")
            .summary("List a portal's categories (by position; pages of Limits::CATEGORIES_PER_PAGE)")
            .params(portal("id"), Param.query("locale", "--locale", "only this locale, e.g. en"))
            .list("payload").paged().columns(CATEGORY_COLUMNS).noun("category")
            .example("inquirly help-center categories list help"),
        op(CATEGORIES_CREATE, "POST", BASE + "/{id}/categories")
            .id("add-new-category-to-account")
            .source("app/controllers/api/v1/accounts/categories_controller.rb",
                "app/views/api/v1/accounts/categories/", "app/policies/category_policy.rb", "app/models/category.rb")
            .summary("Add a category to a portal (administrators; slugs are unique per portal and locale)")
            .params(portal("id"),
                Param.body("name", "--name", "the category's name").mandatory(),
                Param.body("slug", "--slug", "URL name").mandatory())
            .params(categoryFields())
            .one("payload").columns(CATEGORY_COLUMNS).noun("category")
            .example("inquirly help-center categories create help --name Billing --slug billing --locale en"),
        op("help-center categories show", "GET", BASE + "/{id}/categories/{category_id}")
            .id("get-category-details")
            .source("app/controllers/api/v1/accounts/categories_controller.rb",
                "app/views/api/v1/accounts/categories/", "app/policies/category_policy.rb", "app/models/category.rb")
            .summary("Show a category (administrators)")
            .params(portal("id"), categoryId())
            .one("payload").columns(CATEGORY_COLUMNS).noun("category")
            .example("inquirly help-center categories show help 1"),
        op(CATEGORIES_UPDATE, "PATCH", BASE + "/{id}/categories/{category_id}")
            .id("update-category")
            .source("app/controllers/api/v1/accounts/categories_controller.rb",
                "app/views/api/v1/accounts/categories/", "app/policies/category_policy.rb", "app/models/category.rb")
            .summary("Change a category (administrators; slugs stay unique per portal and locale)")
            .params(portal("id"), categoryId(),
                Param.body("name", "--name", "new name"),
                Param.body("slug", "--slug", "new URL name"))
            .params(categoryFields())
            .one("payload").columns(CATEGORY_COLUMNS).noun("category")
            .example("inquirly help-center categories update help 1 --description 'Invoices and plans'"),
        op("help-center categories delete", "DELETE", BASE + "/{id}/categories/{category_id}")
            .id("delete-category")
            .source("app/controllers/api/v1/accounts/categories_controller.rb",
                "app/views/api/v1/accounts/categories/", "app/policies/category_policy.rb", "app/models/category.rb")
            .summary("Delete a category (administrators; its articles stay, without a category)")
            .params(portal("id"), categoryId())
            .status((values, answer) -> "Deleted category " + values.get("category_id") + " of portal "
                + values.get("id") + ".")
            .noun("category")
            .example("inquirly help-center categories delete help 1 --yes"),
        op("help-center articles list", "GET", BASE + "/{id}/articles")
            .id("list-portal-articles")
            .source("app/controllers/api/v1/accounts/articles_controller.rb", "app/views/api/v1/accounts/articles/",
                "app/policies/article_policy.rb", "app/models/article.rb")
            .summary("List a portal's articles")
            .params(portal("id"),
                Param.query("locale", "--locale", "only this locale, e.g. en"),
                Param.query("category_slug", "--category", "only articles of this category (slug)")
                    .labelled("SLUG"),
                Param.query("status", "--status", "draft, published or archived")
                    .choices("draft", "published", "archived"),
                Param.query("query", "--search", "text in the title or content").labelled("TEXT"))
            .list("payload").paged().columns(ARTICLE_COLUMNS).noun("article")
            .example("inquirly help-center articles list help --status published"),
        op("help-center articles create", "POST", BASE + "/{id}/articles")
            .id("add-new-article-to-account")
            .source("app/controllers/api/v1/accounts/articles_controller.rb", "app/views/api/v1/accounts/articles/",
                "app/policies/article_policy.rb", "app/models/article.rb")
            .summary("Write an article in a portal")
            .params(portal("id"),
                Param.body("title", "--title", "the article's title").mandatory().labelled("TEXT"),
                Param.body("content", "--content", "the body, in Markdown").mandatory().labelled("TEXT"),
                Param.body("category_id", "--category", "its category's id").integer().labelled("ID"),
                Param.body("slug", "--slug", "URL name (derived from the title when omitted)"),
                Param.body("description", "--description", "a short summary").labelled("TEXT"),
                Param.body("locale", "--locale", "language code (default: the category's, or en)"),
                Param.body("author_id", "--author", "the author's user id (default: you, from your profile; the "
                    + "server sets no author itself and refuses an article without one)").integer().labelled("ID"),
                Param.body("position", "--position", "sort position").integer().labelled("N"),
                Param.body("status", "--status", "draft, published or archived (default draft)").labelled("STATUS")
                    .convert(Admin.code("--status", ARTICLE_STATUSES)),
                Param.body("meta", "--meta", "SEO metadata (repeatable; key=value)").type(Type.MAP))
            .handler(new ArticleAuthor())
            .one("payload").columns(ARTICLE_COLUMNS).noun("article")
            .example("inquirly help-center articles create help --title 'Paying by card' --category 1 "
                + "--content 'We accept all major cards.' --status published"),
        op("help-center articles show", "GET", BASE + "/{id}/articles/{article_id}")
            .id("get-article-details")
            .source("app/controllers/api/v1/accounts/articles_controller.rb", "app/views/api/v1/accounts/articles/",
                "app/policies/article_policy.rb", "app/models/article.rb")
            .summary("Show an article (administrators)")
            .params(portal("id"), articleId())
            .one("payload").columns(ARTICLE_COLUMNS).noun("article")
            .example("inquirly help-center articles show help 1"),
        op("help-center articles update", "PATCH", BASE + "/{id}/articles/{article_id}")
            .id("update-article")
            .source("app/controllers/api/v1/accounts/articles_controller.rb", "app/views/api/v1/accounts/articles/",
                "app/policies/article_policy.rb", "app/models/article.rb")
            .summary("Change an article: title, content, category, status... (administrators)")
            .params(portal("id"), articleId(),
                Param.body("title", "--title", "new title").labelled("TEXT"),
                Param.body("content", "--content", "new body, in Markdown").labelled("TEXT"),
                Param.body("author_id", "--author", "new author's user id").integer().labelled("ID"))
            .params(articleFields())
            .one("payload").columns(ARTICLE_COLUMNS).noun("article")
            .example("inquirly help-center articles update help 1 --status archived"),
        op("help-center articles reorder", "POST", BASE + "/{id}/articles/reorder")
            .id("reorder-portal-articles")
            .source("app/controllers/api/v1/accounts/articles_controller.rb", "app/models/article.rb",
                "app/policies/article_policy.rb")
            .summary("Put articles in this order: --order 3,1,2 gives article 3 position 1, 1 position 2...")
            .description("Sends positions_hash {article id: position}; the server sets each article's position "
                + "(Article.update_positions) and answers 200 with no body. Start at another position with --from.")
            .params(portal("id"),
                Param.local("order", "--order", "article ids in their new order (comma-separated or repeated)")
                    .type(Type.LIST).mandatory().labelled("IDS"),
                Param.local("from", "--from", "the first article's position (default 1)").integer().labelled("N"))
            .computed(positions())
            .none()
            .status((values, answer) -> {
              int n = Admin.words(values.get("order")).size();
              return "Reordered " + n + (n == 1 ? " article" : " articles") + " of portal " + values.get("id") + ".";
            })
            .example("inquirly help-center articles reorder help --order 1"),
        op("help-center articles delete", "DELETE", BASE + "/{id}/articles/{article_id}")
            .id("delete-article")
            .source("app/controllers/api/v1/accounts/articles_controller.rb", "app/views/api/v1/accounts/articles/",
                "app/policies/article_policy.rb", "app/models/article.rb")
            .summary("Delete an article (administrators)")
            .params(portal("id"), articleId())
            .status((values, answer) -> "Deleted article " + values.get("article_id") + " of portal "
                + values.get("id") + ".")
            .noun("article")
            .example("inquirly help-center articles delete help 1 --yes"));
  }
}
