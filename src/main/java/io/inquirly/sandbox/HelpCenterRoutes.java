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
  /** Category's paginates_per Limits::CATEGORIES_PER_PAGE (lib/limits.rb upstream; not in the reference copy). */
  static final int CATEGORIES_PER_PAGE = 1000;

  private HelpCenterRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, HelpCenterRoutes::portals);
    r.app("POST", BASE, HelpCenterRoutes::createPortal);
    r.app("PATCH", BASE + "/{id}", HelpCenterRoutes::updatePortal);
    r.app("PUT", BASE + "/{id}", HelpCenterRoutes::updatePortal);
    r.app("GET", BASE + "/{id}", HelpCenterRoutes::showPortal);
    r.app("DELETE", BASE + "/{id}", HelpCenterRoutes::deletePortal);
    r.app("PATCH", BASE + "/{id}/archive", HelpCenterRoutes::archivePortal);
    r.app("DELETE", BASE + "/{id}/logo", HelpCenterRoutes::deleteLogo);
    r.app("POST", BASE + "/{id}/send_instructions", HelpCenterRoutes::sendInstructions);
    r.app("GET", BASE + "/{id}/ssl_status", HelpCenterRoutes::sslStatus);
    r.app("POST", BASE + "/{id}/articles/reorder", HelpCenterRoutes::reorderArticles);
    r.app("GET", BASE + "/{id}/categories", HelpCenterRoutes::categories);
    r.app("POST", BASE + "/{id}/categories", HelpCenterRoutes::createCategory);
    r.app("GET", BASE + "/{id}/categories/{category_id}", HelpCenterRoutes::showCategory);
    r.app("PATCH", BASE + "/{id}/categories/{category_id}", HelpCenterRoutes::updateCategory);
    r.app("PUT", BASE + "/{id}/categories/{category_id}", HelpCenterRoutes::updateCategory);
    r.app("DELETE", BASE + "/{id}/categories/{category_id}", HelpCenterRoutes::deleteCategory);
    r.app("GET", BASE + "/{id}/articles", HelpCenterRoutes::articles);
    r.app("POST", BASE + "/{id}/articles", HelpCenterRoutes::createArticle);
    r.app("GET", BASE + "/{id}/articles/{article_id}", HelpCenterRoutes::showArticle);
    r.app("PATCH", BASE + "/{id}/articles/{article_id}", HelpCenterRoutes::updateArticle);
    r.app("PUT", BASE + "/{id}/articles/{article_id}", HelpCenterRoutes::updateArticle);
    r.app("DELETE", BASE + "/{id}/articles/{article_id}", HelpCenterRoutes::deleteArticle);
  }

  // ---- portal show, delete, archive (portals_controller.rb) ----

  /** The portal view with the meta counts of its articles (optionally of one locale). */
  static Response showPortal(Call call) {
    return Response.ok(portalView(call, portal(call)));
  }

  /** Administrators; the portal with its categories and articles; 200 with an empty body. */
  static Response deletePortal(Call call) {
    ObjectNode p = adminPortal(call);
    long id = p.get("id").asLong();
    Store.Account account = call.account();
    account.admin.portals.remove(id);
    account.admin.categories.values().removeIf(c -> c.get("portal_id").asLong() == id);
    account.admin.articles.values().removeIf(a -> a.get("portal_id").asLong() == id);
    return Response.empty(200);
  }

  /**
   * chatwoot-4.10's {@code PATCH portals/{slug}/archive} cannot succeed: PortalPolicy defines no {@code archive?}
   * (Pundit fails) and the action updates an {@code archive} attribute the Portal model does not have (the column
   * is {@code archived}). Both raise errors the controller does not rescue: 500.
   */
  static Response archivePortal(Call call) {
    portal(call);
    throw ApiError.error(500, "Internal Server Error");
  }

  /** portals_controller.rb#logo: administrators; purges the logo if attached; 200, empty. */
  static Response deleteLogo(Call call) {
    adminPortal(call).remove("logo");
    return Response.empty(200);
  }

  /**
   * portals_controller.rb#send_instructions: administrators; {@code email} required and well-formed, the portal
   * must have a custom domain (422 {@code {"error": ...}} otherwise); the mail goes out later; 200 with a message.
   */
  static Response sendInstructions(Call call) {
    ObjectNode p = adminPortal(call);
    String email = Json.text(call.request().body(), "email");
    if (Admin.blank(email)) {
      throw ApiError.error(422, "Email is required");
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw ApiError.error(422, "Invalid email format");
    }
    if (Admin.blank(Json.text(p, "custom_domain"))) {
      throw ApiError.error(422, "Custom domain is not configured");
    }
    ObjectNode o = Json.object();
    o.put("message", "Instructions sent successfully");
    return Response.ok(o);
  }

  /**
   * {@code ssl_status}: PortalPolicy#ssl_status? lets any member ask; only the Enterprise edition has the action
   * (a Community server has the route but no action: Rails' 404 page). 422 without a custom domain; otherwise
   * the certificate status and verification errors, as the portal view's {@code ssl_settings} (portal.rb
   * {@code ssl_settings}: cf_status, cf_verification_errors); the sandbox's certificates are always active.
   */
  static Response sslStatus(Call call) {
    if (!call.store().enterprise) {
      throw EnterpriseRoutes.missingController();
    }
    ObjectNode p = portal(call);
    if (Admin.blank(Json.text(p, "custom_domain"))) {
      throw ApiError.error(422, "Custom domain is not configured");
    }
    ObjectNode o = Json.object();
    o.put("status", "active");
    o.putArray("verification_errors");
    return Response.ok(o);
  }

  /**
   * articles_controller.rb#reorder (ArticlePolicy#reorder?: administrators): {@code positions_hash} {id:
   * position}; Article.update_positions finds each id (404 at an unknown one, the ones before it stay changed)
   * and sets its position; 200, empty.
   */
  static Response reorderArticles(Call call) {
    adminPortal(call);
    JsonNode hash = call.request().body().path("positions_hash");
    var articles = call.account().admin.articles;
    for (var it = hash.fields(); it.hasNext(); ) {
      var e = it.next();
      ObjectNode a = e.getKey().matches("\\d{1,18}") ? articles.get(Long.parseLong(e.getKey())) : null;
      if (a == null) {
        throw ApiError.notFound();
      }
      a.put("position", e.getValue().asLong());
    }
    return Response.empty(200);
  }

  /** An update may leave a field out, but not blank it: the model's {@code validates :X, presence: true}. */
  private static void notBlankWhenGiven(ObjectNode params, String... keys) {
    for (String key : keys) {
      if (params.has(key) && Admin.blank(Json.text(params, key))) {
        String label = key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
        throw ApiError.invalid(List.of(label + " can't be blank"), List.of(key));
      }
    }
  }

  // ---- categories show, update, delete (categories_controller.rb; CategoryPolicy: administrators) ----

  private static ObjectNode pathCategory(Call call, ObjectNode portal) {
    return category(call, portal, com.fasterxml.jackson.databind.node.TextNode.valueOf(call.path("category_id")));
  }

  static Response showCategory(Call call) {
    return Response.ok(Admin.payload(categoryView(call, pathCategory(call, adminPortal(call)))));
  }

  /** category_params: name, description, position, slug, locale, icon, parent_category_id, associated_category_id. */
  static Response updateCategory(Call call) {
    ObjectNode portal = adminPortal(call);
    ObjectNode c = pathCategory(call, portal);
    ObjectNode params = Admin.params(call, "category");
    notBlankWhenGiven(params, "name", "slug");
    String slug = params.has("slug") ? Json.text(params, "slug") : c.get("slug").asText();
    String locale = params.hasNonNull("locale") ? Json.text(params, "locale") : c.get("locale").asText();
    for (ObjectNode other : call.account().admin.categories.values()) {
      if (other != c && other.get("portal_id").asLong() == portal.get("id").asLong()
          && other.get("slug").asText().equals(slug) && other.get("locale").asText().equals(locale)) {
        throw ApiError.invalid(List.of("Locale should be unique in the category and portal"), List.of("locale"));
      }
    }
    if (params.hasNonNull("parent_category_id")) {
      category(call, portal, params.get("parent_category_id"));
    }
    Admin.copy(params, c, "name", "slug", "locale", "description", "position", "icon", "parent_category_id",
        "associated_category_id");
    return Response.ok(Admin.payload(categoryView(call, c)));
  }

  /** 200, empty; its articles keep existing without a category (has_many :articles, dependent: :nullify). */
  static Response deleteCategory(Call call) {
    ObjectNode portal = adminPortal(call);
    ObjectNode c = pathCategory(call, portal);
    long id = c.get("id").asLong();
    call.account().admin.categories.remove(id);
    for (ObjectNode a : call.account().admin.articles.values()) {
      if (a.path("category_id").asLong(-1) == id) {
        a.putNull("category_id");
      }
    }
    return Response.empty(200);
  }

  /** categories/_category.json.jbuilder: no portal_id or parent ids, a parent_category object, meta counts. */
  static ObjectNode categoryView(Call call, ObjectNode c) {
    ObjectNode o = Json.object();
    for (String key : new String[] {"id", "name", "slug", "locale", "description", "position", "account_id",
        "icon"}) {
      o.set(key, c.get(key));
    }
    o.putArray("related_categories");
    if (c.hasNonNull("parent_category_id")) {
      ObjectNode parent = call.account().admin.categories.get(c.get("parent_category_id").asLong());
      if (parent != null) {
        ObjectNode p = o.putObject("parent_category");
        for (String key : new String[] {"id", "name", "slug", "locale", "description", "position", "account_id"}) {
          p.set(key, parent.get(key));
        }
      }
    }
    long id = c.get("id").asLong();
    o.putObject("meta").put("articles_count", call.account().admin.articles.values().stream()
        .filter(a -> a.path("category_id").asLong(-1) == id).count());
    return o;
  }

  // ---- articles show, update, delete (articles_controller.rb; ArticlePolicy: administrators) ----

  private static ObjectNode pathArticle(Call call, ObjectNode portal) {
    ObjectNode a = call.account().admin.articles.get(Ids.parse(call.path("article_id")));
    if (a == null || a.get("portal_id").asLong() != portal.get("id").asLong()) {
      throw ApiError.notFound();
    }
    return a;
  }

  static Response showArticle(Call call) {
    return Response.ok(Admin.payload(articleView(call, pathArticle(call, adminPortal(call)))));
  }

  /** article_params (wrapped as article); nothing changes when no article param is given. */
  static Response updateArticle(Call call) {
    ObjectNode portal = adminPortal(call);
    ObjectNode a = pathArticle(call, portal);
    ObjectNode params = Admin.params(call, "article");
    notBlankWhenGiven(params, "title", "content");
    if (params.has("status")) {
      a.put("status", CustomAttributeRoutes.enumName(params.get("status").asText(), STATUSES, "status"));
    }
    if (params.hasNonNull("category_id")) {
      category(call, portal, params.get("category_id"));
    }
    if (params.hasNonNull("author_id") && !call.store().users.containsKey(params.get("author_id").asLong())) {
      throw ApiError.invalid(List.of("Author must exist"), List.of("author"));
    }
    Admin.copy(params, a, "title", "slug", "content", "description", "position", "category_id", "locale");
    if (params.hasNonNull("author_id")) {
      setAuthor(a, call.store().users.get(params.get("author_id").asLong()));
    }
    if (params.get("meta") instanceof ObjectNode m) {
      a.set("meta", m.deepCopy());
    }
    a.put("updated_at", Store.now());
    return Response.ok(Admin.payload(articleView(call, a)));
  }

  static Response deleteArticle(Call call) {
    ObjectNode portal = adminPortal(call);
    call.account().admin.articles.remove(pathArticle(call, portal).get("id").asLong());
    return Response.empty(200);
  }

  private static void setAuthor(ObjectNode a, Store.User author) {
    ObjectNode au = a.putObject("author");
    au.put("id", author.id);
    au.put("name", author.name);
    au.put("available_name", author.displayName != null ? author.displayName : author.name);
    au.put("email", author.email);
    au.put("thumbnail", "");
  }

  /**
   * articles/_article.json.jbuilder: the category as an object {id, name, slug, locale} (no category_id, portal_id
   * or locale at the top), updated_at in epoch seconds, views, the author (agent partial), associated_articles.
   */
  static ObjectNode articleView(Call call, ObjectNode a) {
    ObjectNode o = Json.object();
    for (String key : new String[] {"id", "slug", "title", "content", "description", "status", "position",
        "account_id", "updated_at", "meta"}) {
      o.set(key, a.get(key));
    }
    ObjectNode category = o.putObject("category");
    ObjectNode c = a.hasNonNull("category_id") ? call.account().admin.categories.get(a.get("category_id").asLong())
        : null;
    category.set("id", a.get("category_id"));
    for (String key : new String[] {"name", "slug", "locale"}) {
      if (c == null) {
        category.putNull(key);
      } else {
        category.set(key, c.get(key));
      }
    }
    o.set("views", a.get("views"));
    if (a.has("author")) {
      o.set("author", a.get("author"));
    }
    o.putArray("associated_articles");
    return o;
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

  /** A published article by {@code author} in the category (the demo seed's). */
  static ObjectNode addArticle(Store store, Store.Account account, ObjectNode category, Store.User author,
      String title, String slug, String content) {
    ObjectNode a = Json.object();
    long id = store.nextId("articles");
    a.put("id", id);
    a.put("slug", slug);
    a.put("title", title);
    a.put("content", content);
    a.putNull("description");
    a.put("status", "published");
    a.put("position", id);
    a.put("account_id", account.id);
    a.put("portal_id", category.get("portal_id").asLong());
    a.put("category_id", category.get("id").asLong());
    a.put("locale", category.get("locale").asText());
    a.put("views", 0);
    a.putObject("meta");
    setAuthor(a, author);
    a.put("updated_at", Store.now());
    account.admin.articles.put(id, a);
    return a;
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

  /** The path's portal, for a change or a read only administrators may make (its policy); 404 before 401. */
  private static ObjectNode adminPortal(Call call) {
    ObjectNode p = portal(call);
    call.requireAdministrator();
    return p;
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
    ObjectNode p = adminPortal(call);
    ObjectNode params = Admin.params(call, "portal");
    notBlankWhenGiven(params, "name");
    if (params.has("name")) {
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

  /** Category.search: by locale, ordered by position, Kaminari pages of CATEGORIES_PER_PAGE ({@code page}). */
  static Response categories(Call call) {
    ObjectNode portal = portal(call);
    String locale = call.request().query("locale");
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode c : call.account().admin.categories.values()) {
      if (c.get("portal_id").asLong() == portal.get("id").asLong()
          && (locale == null || locale.isEmpty() || locale.equals(c.get("locale").asText()))) {
        matching.add(c);
      }
    }
    matching.sort(java.util.Comparator.comparingLong((ObjectNode c) -> c.path("position").isNumber()
        ? c.get("position").asLong() : Long.MAX_VALUE).thenComparingLong(c -> c.get("id").asLong()));
    int page = Ids.page(call.request().query("page"));
    int from = (int) Math.min((long) (page - 1) * CATEGORIES_PER_PAGE, matching.size());
    int to = Math.min(from + CATEGORIES_PER_PAGE, matching.size());
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("payload");
    matching.subList(from, to).forEach(c -> list.add(categoryView(call, c)));
    body.putObject("meta").put("current_page", page).put("categories_count", list.size());
    return Response.ok(body);
  }

  /** {@code {"payload":{category}}}; slug unique per (portal, locale). */
  static Response createCategory(Call call) {
    ObjectNode portal = adminPortal(call);
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
    return Response.ok(Admin.payload(categoryView(call, c)));
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
    matching.subList(from, to).forEach(a -> list.add(articleView(call, a)));
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
    ObjectNode portal = adminPortal(call);
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
    setAuthor(a, author);
    a.put("updated_at", Store.now());
    call.account().admin.articles.put(id, a);
    Admin.audit(call, "Article", id, "create", params);
    return Response.ok(Admin.payload(articleView(call, a)));
  }
}
