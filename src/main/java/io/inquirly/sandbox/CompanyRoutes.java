package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Companies (Enterprise): {@code resources :companies} with {@code search} of chatwoot-4.10/config/routes.rb,
 * answered as enterprise/app/controllers/api/v1/accounts/companies_controller.rb and its views do (public
 * Chatwoot repository): index {@code {meta: {total_count, page}, payload}}, search {@code {meta: {count,
 * current_page}, payload}}, 25 a page; show/create/update {@code {payload: company}}; destroy {@code head :ok}.
 * A Community sandbox has no such controller (Rails' 404 page).
 */
final class CompanyRoutes {
  private CompanyRoutes() {}

  private static final String BASE = Admin.A + "/companies";
  private static final int PER_PAGE = 25;

  static void register(Router r) {
    r.app("GET", BASE, enterprise(CompanyRoutes::list));
    r.app("GET", BASE + "/search", enterprise(CompanyRoutes::search));
    r.app("POST", BASE, enterprise(CompanyRoutes::create));
    r.app("GET", BASE + "/{id}", enterprise(CompanyRoutes::show));
    r.app("PATCH", BASE + "/{id}", enterprise(CompanyRoutes::update));
    r.app("PUT", BASE + "/{id}", enterprise(CompanyRoutes::update));
    r.app("DELETE", BASE + "/{id}", enterprise(CompanyRoutes::delete));
  }

  private static Router.Handler enterprise(Router.Handler h) {
    return call -> {
      if (!call.store().enterprise) {
        throw EnterpriseRoutes.missingController();
      }
      return h.handle(call);
    };
  }

  /** The demo's company 1 "Acme Corp" (acme.test). */
  static void seed(Store store, Store.Account account) {
    ObjectNode c = Json.object();
    c.put("name", "Acme Corp");
    c.put("domain", "acme.test");
    c.put("description", "Makers of everything");
    add(store, account, c);
  }

  private static ObjectNode add(Store store, Store.Account account, ObjectNode fields) {
    long id = store.nextId("companies");
    ObjectNode c = Json.object();
    c.put("id", id);
    c.put("name", fields.path("name").asText());
    c.put("contacts_count", 0);
    c.set("domain", fields.path("domain").isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : fields.get("domain"));
    c.set("description",
        fields.path("description").isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : fields.get("description"));
    c.put("avatar_url", "");
    c.putNull("account_owner_id");
    c.putNull("account_owner");
    c.put("created_at", Views.iso(Store.now()));
    c.put("updated_at", Views.iso(Store.now()));
    account.admin.companies.put(id, c);
    return c;
  }

  private static ObjectNode own(Call call) {
    ObjectNode c = call.account().admin.companies.get(call.pathId("id"));
    if (c == null) {
      throw ApiError.notFound();
    }
    return c;
  }

  private static ObjectNode payload(JsonNode company) {
    ObjectNode o = Json.object();
    o.set("payload", company.deepCopy());
    return o;
  }

  private static ObjectNode page(List<ObjectNode> all, int page, String countKey, String pageKey) {
    ObjectNode o = Json.object();
    ObjectNode meta = o.putObject("meta");
    meta.put(countKey, all.size());
    meta.put(pageKey, page);
    ArrayNode items = o.putArray("payload");
    all.stream().skip((long) (page - 1) * PER_PAGE).limit(PER_PAGE).forEach(c -> items.add(c.deepCopy()));
    return o;
  }

  /** index: Sift sort_on name, domain, created_at (a leading - descends); default by id. */
  static Response list(Call call) {
    List<ObjectNode> all = new ArrayList<>(call.account().admin.companies.values());
    String sort = call.request().query("sort");
    if (sort != null && !sort.isBlank()) {
      boolean desc = sort.startsWith("-");
      String key = desc ? sort.substring(1) : sort;
      if (List.of("name", "domain", "created_at").contains(key)) {
        Comparator<ObjectNode> by = Comparator.comparing(c -> c.path(key).asText(""));
        all.sort(desc ? by.reversed() : by);
      }
    }
    return Response.ok(page(all, Ids.page(call.request().query("page")), "total_count", "page"));
  }

  /** search: name or domain contains q (ILIKE); 422 without q. */
  static Response search(Call call) {
    String q = call.request().query("q");
    if (q == null || q.isBlank()) {
      throw ApiError.unprocessable("Specify search string with parameter q");
    }
    String needle = q.strip().toLowerCase(Locale.ROOT);
    List<ObjectNode> found = call.account().admin.companies.values().stream()
        .filter(c -> c.path("name").asText("").toLowerCase(Locale.ROOT).contains(needle)
            || c.path("domain").asText("").toLowerCase(Locale.ROOT).contains(needle))
        .toList();
    return Response.ok(page(found, Ids.page(call.request().query("page")), "count", "current_page"));
  }

  static Response show(Call call) {
    return Response.ok(payload(own(call)));
  }

  private static ObjectNode params(Call call) {
    JsonNode company = call.request().body().path("company");
    if (!company.isObject() || company.isEmpty()) {
      throw ApiError.error(400, "param is missing or the value is empty: company");
    }
    return (ObjectNode) company;
  }

  private static void validate(ObjectNode c) {
    if (c.path("name").asText("").isBlank()) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    String domain = c.path("domain").isTextual() ? c.path("domain").asText() : "";
    if (!domain.isEmpty() && !domain.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
      throw ApiError.invalid(List.of("Domain must be a valid domain name"), List.of("domain"));
    }
  }

  static Response create(Call call) {
    ObjectNode fields = params(call);
    ObjectNode probe = fields.deepCopy();
    validate(probe);
    return Response.ok(payload(add(call.store(), call.account(), fields)));
  }

  static Response update(Call call) {
    ObjectNode c = own(call);
    ObjectNode changed = c.deepCopy();
    params(call).fields().forEachRemaining(e -> {
      if (List.of("name", "domain", "description").contains(e.getKey())) {
        changed.set(e.getKey(), e.getValue());
      }
    });
    validate(changed);
    c.setAll(changed);
    c.put("updated_at", Views.iso(Store.now()));
    return Response.ok(payload(c));
  }

  /** destroy: administrators (CompanyPolicy); head :ok. */
  static Response delete(Call call) {
    ObjectNode c = own(call);
    call.requireAdministrator();
    call.account().admin.companies.remove(c.path("id").asLong());
    return Response.empty(200);
  }
}
