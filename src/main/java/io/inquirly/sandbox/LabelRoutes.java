package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** {@code labels}: list/show for everyone, changes for administrators; titles unique and lower-case. */
final class LabelRoutes {
  private static final String BASE = Admin.A + "/labels";

  private LabelRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, LabelRoutes::list);
    r.app("POST", BASE, LabelRoutes::create);
    r.app("GET", BASE + "/{id}", LabelRoutes::show);
    r.app("PATCH", BASE + "/{id}", LabelRoutes::update);
    r.app("PUT", BASE + "/{id}", LabelRoutes::update);
    r.app("DELETE", BASE + "/{id}", LabelRoutes::delete);
  }

  /** A label record as the seed and the routes create it. */
  static ObjectNode add(Store store, Store.Account account, String title, String description, String color) {
    ObjectNode l = Json.object();
    l.put("id", store.nextId("labels"));
    l.put("title", title);
    l.put("description", description);
    l.put("color", color);
    l.put("show_on_sidebar", true);
    account.admin.labels.put(l.get("id").asLong(), l);
    return l;
  }

  static Response list(Call call) {
    return Response.ok(Admin.payload(Admin.list(call.account().admin.labels.values())));
  }

  static Response show(Call call) {
    return Response.ok(Admin.view(Admin.find(call.account().admin.labels, call.path("id"))));
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "label");
    String title = title(call, p, null);
    ObjectNode l = add(call.store(), call.account(), title, null, "#1f93ff");
    apply(p, l);
    Admin.audit(call, "Label", l.get("id").asLong(), "create", p);
    return Response.ok(Admin.view(l));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    ObjectNode l = Admin.find(call.account().admin.labels, call.path("id"));
    ObjectNode p = Admin.params(call, "label");
    if (p.has("title")) {
      l.put("title", title(call, p, l));
    }
    apply(p, l);
    Admin.audit(call, "Label", l.get("id").asLong(), "update", p);
    return Response.ok(Admin.view(l));
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    ObjectNode l = Admin.find(call.account().admin.labels, call.path("id"));
    call.account().admin.labels.remove(l.get("id").asLong());
    Admin.audit(call, "Label", l.get("id").asLong(), "destroy", null);
    return Response.empty(200);
  }

  private static void apply(ObjectNode p, ObjectNode l) {
    Admin.copy(p, l, "description", "show_on_sidebar");
    if (p.has("color")) {
      String color = Json.text(p, "color");
      if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
        throw ApiError.invalid(List.of("Color is invalid"), List.of("color"));
      }
      l.put("color", color);
    }
  }

  /** Label#title: lower-cased, letters/digits/_/- only, unique in the account. */
  private static String title(Call call, ObjectNode p, ObjectNode self) {
    String title = Json.text(p, "title");
    if (Admin.blank(title)) {
      throw ApiError.invalid(List.of("Title can't be blank"), List.of("title"));
    }
    title = title.toLowerCase(Locale.ROOT);
    if (!title.matches("[\\p{L}\\p{N}_-]+")) {
      throw ApiError.invalid(List.of("Title is invalid"), List.of("title"));
    }
    for (ObjectNode other : call.account().admin.labels.values()) {
      if (other != self && other.get("title").asText().equals(title)) {
        throw ApiError.invalid(List.of("Title has already been taken"), List.of("title"));
      }
    }
    return title;
  }
}
