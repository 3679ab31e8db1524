package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Help center: {@code portals} (found by slug, like portals_controller's find_by(slug:)), their categories and
 * articles. Portals and categories are changed by administrators; any member writes articles.
 */
final class HelpCenterRoutes {
  private static final String BASE = Admin.A + "/portals";
  static final List<String> STATUSES = List.of("draft", "published", "archived");
  static final int ARTICLES_PER_PAGE = 25;

  private HelpCenterRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, HelpCenterRoutes::portals);
    r.app("POST", BASE, HelpCenterRoutes::createPortal);
    r.app("PATCH", BASE + "/{id}", HelpCenterRoutes::updatePortal);
    r.app("PUT", BASE + "/{id}", HelpCenterRoutes::updatePortal);
    r.app("GET", BASE + "/{id}/categories", HelpCenterRoutes::categories);
    r.app("POST", BASE + "/{id}/categories", HelpCenterRoutes::createCategory);
    r.app("GET", BASE + "/{id}/articles", HelpCenterRoutes::articles);
    r.app("POST", BASE + "/{id}/articles", HelpCenterRoutes::createArticle);
  }

  static ObjectNode addPortal(Store store, Store.Account account, String name, String slug) {
    ObjectNode p = Json.object();
    long id = store.nextId("portals");
    p.put("id", id);
    p.put("archived", false);
    p.putNull("color");
    ObjectNode config = p.putObject("config");
    config.putArray("allowed_locales").add("en");
    config.put("default_locale", "en");
    p.putNull("custom_domain");
    p.putNull("header_text");
    p.putNull("homepage_link");
    p.put("name", name);
    p.putNull("page_title");
    p.put("slug", slug);
    p.put("account_id", account.id);
    account.admin.portals.put(id, p);
    return p;
  }

  static ObjectNode addCategory(Store store, Store.Account account, ObjectNode portal, String name, String slug,
      String locale) {
    ObjectNode c = Json.object();
    long id = store.nextId("categories");
    c.put("id", id);
    c.put("name", name);
    c.put("slug", slug);
    c.put("locale", locale);
    c.putNull("description");
    c.putNull("position");
    c.put("portal_id", portal.get("id").asLong());
    c.put("account_id", account.id);
    c.putNull("icon");
    c.putNull("parent_category_id");
    c.putNull("associated_category_id");
    account.admin.categories.put(id, c);
    return c;
  }

  /** The portal named by slug (or, for convenience, numeric id). */
  private static ObjectNode portal(Call call) {
    String key = call.path("id");
    for (ObjectNode p : call.account().admin.portals.values()) {
      if (p.get("slug").asText().equals(key)) {
        return p;
      }
    }
    throw ApiError.notFound();
  }

  private static ObjectNode portalView(Call call, ObjectNode p) {
    ObjectNode o = Admin.view(p);
    long id = p.get("id").asLong();
    ObjectNode meta = o.putObject("meta");
    long articles = call.account().admin.articles.values().stream()
        .filter(a -> a.get("portal_id").asLong() == id).count();
    long categories = call.account().admin.categories.values().stream()
        .filter(c -> c.get("portal_id").asLong() == id).count();
    meta.put("all_articles_count", articles);
    meta.put("categories_count", categories);
    meta.put("default_locale", p.path("config").path("default_locale").asText("en"));
    return o;
  }

  static Response portals(Call call) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("payload");
    call.account().admin.portals.values().forEach(p -> list.add(portalView(call, p)));
    ObjectNode meta = body.putObject("meta");
    meta.put("current_page", Ids.page(call.request().query("page")));
    meta.put("portals_count", list.size());
    return Response.ok(body);
  }

  static Response createPortal(Call call) {
    call.requireAdministrator();
    ObjectNode params = Admin.params(call, "portal");
    String name = Json.text(params, "name");
    String slug = Json.text(params, "slug");
    List<String> messages = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    if (Admin.blank(name)) {
      messages.add("Name can't be blank");
      attributes.add("name");
    }
    if (Admin.blank(slug)) {
      messages.add("Slug can't be blank");
      attributes.add("slug");
    } else if (slugTaken(call, slug, null)) {
      messages.add("Slug has already been taken");
      attributes.add("slug");
    }
    if (!messages.isEmpty()) {
      throw ApiError.invalid(messages, attributes);
    }
    ObjectNode p = addPortal(call.store(), call.account(), name, slug);
    applyPortal(params, p);
    Admin.audit(call, "Portal", p.get("id").asLong(), "create", params);
    return Response.ok(portalView(call, p));
  }

  static Response updatePortal(Call call) {
    ObjectNode p = portal(call);
    call.requireAdministrator();
    ObjectNode params = Admin.params(call, "portal");
    if (params.has("name")) {
      if (Admin.blank(Json.text(params, "name"))) {
        throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
      }
      p.put("name", Json.text(params, "name"));
    }
    if (params.has("slug")) {
      String slug = Json.text(params, "slug");
      if (Admin.blank(slug) || slugTaken(call, slug, p)) {
        throw ApiError.invalid(List.of(Admin.blank(slug) ? "Slug can't be blank" : "Slug has already been taken"),
            List.of("slug"));
      }
      p.put("slug", slug);
    }
    applyPortal(params, p);
    Admin.audit(call, "Portal", p.get("id").asLong(), "update", params);
    return Response.ok(portalView(call, p));
  }

  private static boolean slugTaken(Call call, String slug, ObjectNode self) {
    return call.account().admin.portals.values().stream()
        .anyMatch(o -> o != self && o.get("slug").asText().equals(slug));
  }

  private static void applyPortal(ObjectNode params, ObjectNode p) {
    Admin.copy(params, p, "color", "custom_domain", "header_text", "homepage_link", "page_title", "archived");
    if (params.get("config") instanceof ObjectNode config) {
      ((ObjectNode) p.get("config")).setAll(config.deepCopy());
    }
  }

  static Response categories(Call call) {
    ObjectNode portal = portal(call);
    String locale = call.request().query("locale");
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("payload");
    for (ObjectNode c : call.account().admin.categories.values()) {
      if (c.get("portal_id").asLong() == portal.get("id").asLong()
          && (locale == null || locale.equals(c.get("locale").asText()))) {
        list.add(Admin.view(c));
      }
    }
    body.putObject("meta").put("current_page", 1).put("categories_count", list.size());
    return Response.ok(body);
  }

  /** {@code {"payload":{category}}}; slug unique per (portal, locale). */
  static Response createCategory(Call call) {
    ObjectNode portal = portal(call);
    call.requireAdministrator();
    ObjectNode params = Admin.params(call, "category");
    String name = Json.text(params, "name");
    String slug = Json.text(params, "slug");
    String locale = Json.text(params, "locale") == null ? "en" : Json.text(params, "locale");
    if (Admin.blank(name)) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    if (Admin.blank(slug)) {
      throw ApiError.invalid(List.of("Slug can't be blank"), List.of("slug"));
    }
    for (ObjectNode c : call.account().admin.categories.values()) {
      if (c.get("portal_id").asLong() == portal.get("id").asLong() && c.get("slug").asText().equals(slug)
          && c.get("locale").asText().equals(locale)) {
        throw ApiError.invalid(List.of("Slug has already been taken"), List.of("slug"));
      }
    }
    if (params.hasNonNull("parent_category_id")) {
      category(call, portal, params.get("parent_category_id"));
    }
    ObjectNode c = addCategory(call.store(), call.account(), portal, name, slug, locale);
    Admin.copy(params, c, "description", "position", "icon", "parent_category_id", "associated_category_id");
    Admin.audit(call, "Category", c.get("id").asLong(), "create", params);
    return Response.ok(Admin.payload(Admin.view(c)));
  }

  private static ObjectNode category(Call call, ObjectNode portal, JsonNode id) {
    ObjectNode c = call.account().admin.categories.get(Ids.parse(id.asText()));
    if (c == null || c.get("portal_id").asLong() != portal.get("id").asLong()) {
      throw ApiError.notFound();
    }
    return c;
  }

  /** 25 per page, newest last, with counts in meta. */
  static Response articles(Call call) {
    ObjectNode portal = portal(call);
    String locale = call.request().query("locale");
    String categorySlug = call.request().query("category_slug");
    String status = call.request().query("status");
    String query = call.request().query("query");
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode a : call.account().admin.articles.values()) {
      if (a.get("portal_id").asLong() != portal.get("id").asLong()) {
        continue;
      }
      if (locale != null && !locale.equals(a.get("locale").asText())) {
        continue;
      }
      if (status != null && !status.equals(a.get("status").asText())) {
        continue;
      }
      if (categorySlug != null) {
        ObjectNode c = a.hasNonNull("category_id") ? call.account().admin.categories.get(a.get("category_id").asLong())
            : null;
        if (c == null || !categorySlug.equals(c.get("slug").asText())) {
          continue;
        }
      }
      if (query != null) {
        String q = query.toLowerCase(Locale.ROOT);
        if (!a.get("title").asText().toLowerCase(Locale.ROOT).contains(q)
            && !a.get("content").asText().toLowerCase(Locale.ROOT).contains(q)) {
          continue;
        }
      }
      matching.add(a);
    }
    int page = Ids.page(call.request().query("page"));
    int from = Math.min((page - 1) * ARTICLES_PER_PAGE, matching.size());
    int to = Math.min(from + ARTICLES_PER_PAGE, matching.size());
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("payload");
    matching.subList(from, to).forEach(a -> list.add(Admin.view(a)));
    ObjectNode meta = body.putObject("meta");
    meta.put("all_articles_count", matching.size());
    meta.put("current_page", page);
    return Response.ok(body);
  }

  /**
   * {@code {"payload":{article}}}; status draft(0)/published(1)/archived(2). Administrators only (ArticlePolicy
   * create?). The controller sets no author: article.rb's {@code belongs_to :author} and {@code validates
   * :author_id, presence} refuse an article without author_id (chatwoot-4.10/app/models/article.rb).
   */
  static Response createArticle(Call call) {
    ObjectNode portal = portal(call);
    call.requireAdministrator();
    ObjectNode params = Admin.params(call, "article");
    String title = Json.text(params, "title");
    List<String> messages = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    if (!params.hasNonNull("author_id") || !call.store().users.containsKey(params.get("author_id").asLong())) {
      messages.add("Author must exist");
      attributes.add("author");
    }
    if (!params.hasNonNull("author_id")) {
      messages.add("Author can't be blank");
      attributes.add("author_id");
    }
    if (Admin.blank(title)) {
      messages.add("Title can't be blank");
      attributes.add("title");
    }
    if (Admin.blank(Json.text(params, "content"))) {
      messages.add("Content can't be blank");
      attributes.add("content");
    }
    if (!messages.isEmpty()) {
      throw ApiError.invalid(messages, attributes);
    }
    String status = params.hasNonNull("status")
        ? CustomAttributeRoutes.enumName(params.get("status").asText(), STATUSES, "status") : "draft";
    ObjectNode category = params.hasNonNull("category_id") ? category(call, portal, params.get("category_id")) : null;
    Store.User author = call.store().users.get(params.get("author_id").asLong());
    ObjectNode a = Json.object();
    long id = call.store().nextId("articles");
    a.put("id", id);
    String slug = Json.text(params, "slug");
    a.put("slug", Admin.blank(slug)
        ? Store.now() + "-" + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("(^-|-$)", "") : slug);
    a.put("title", title);
    a.put("content", Json.text(params, "content") == null ? "" : Json.text(params, "content"));
    a.put("description", Json.text(params, "description"));
    a.put("status", status);
    a.set("position", params.hasNonNull("position") ? params.get("position") : a.numberNode(id));
    a.put("account_id", call.account().id);
    a.put("portal_id", portal.get("id").asLong());
    if (category == null) {
      a.putNull("category_id");
    } else {
      a.put("category_id", category.get("id").asLong());
    }
    a.put("locale", Json.text(params, "locale") != null ? Json.text(params, "locale")
        : category != null ? category.get("locale").asText() : "en");
    a.put("views", 0);
    a.set("meta", params.get("meta") instanceof ObjectNode m ? m.deepCopy() : Json.object());
    ObjectNode au = a.putObject("author");
    au.put("id", author.id);
    au.put("name", author.name);
    au.put("available_name", author.displayName != null ? author.displayName : author.name);
    au.put("thumbnail", "");
    a.put("updated_at", Store.now());
    call.account().admin.articles.put(id, a);
    Admin.audit(call, "Article", id, "create", params);
    return Response.ok(Admin.payload(Admin.view(a)));
  }
}
