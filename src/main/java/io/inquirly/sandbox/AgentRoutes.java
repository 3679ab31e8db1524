package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * {@code agents}: the account's users (bare arrays). NOTES §7.5: {@code availability} online|busy|offline, unknown
 * keys dropped; §7.14: 402 at the license limit. Changes need an administrator.
 */
final class AgentRoutes {
  /** The sandbox's license: agents and administrators per account. */
  static final int AGENT_LIMIT = 10;
  private static final String BASE = Admin.A + "/agents";
  private static final List<String> AVAILABILITY = List.of("online", "busy", "offline");

  private AgentRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, AgentRoutes::list);
    r.app("POST", BASE, AgentRoutes::create);
    r.app("PATCH", BASE + "/{id}", AgentRoutes::update);
    r.app("PUT", BASE + "/{id}", AgentRoutes::update);
    r.app("DELETE", BASE + "/{id}", AgentRoutes::delete);
  }

  static Response list(Call call) {
    ArrayNode a = Admin.agents(call.store(), call.account(), call.account().members.keySet());
    return Response.ok(a);
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "agent");
    Store store = call.store();
    Store.Account account = call.account();
    String name = Json.text(p, "name");
    String email = Json.text(p, "email");
    if (Admin.blank(email) || !email.matches("[^@\\s]+@[^@\\s]+")) {
      throw ApiError.invalid(List.of("Email is invalid"), List.of("email"));
    }
    if (Admin.blank(name)) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    Store.Role role = role(Json.text(p, "role"), Store.Role.AGENT);
    String availability = availability(Json.text(p, "availability"));
    if (account.members.size() >= AGENT_LIMIT) {
      throw ApiError.error(402, "Account limit exceeded. Please purchase more licenses");
    }
    Store.User user = null;
    for (Store.User u : store.users.values()) {
      if (u.email.equals(email.toLowerCase(Locale.ROOT))) {
        user = u;
      }
    }
    if (user != null && account.members.containsKey(user.id)) {
      throw ApiError.invalid(List.of("Email has already been taken"), List.of("email"));
    }
    if (user == null) {
      user = store.createUser(name, email);
    }
    Store.AccountUser au = store.addMember(account, user, role);
    if (availability != null) {
      au.availability = availability;
    }
    if (p.has("auto_offline")) {
      au.autoOffline = p.get("auto_offline").asBoolean();
    }
    Admin.audit(call, "AccountUser", user.id, "create", p);
    return Response.ok(Admin.agent(store, account, user.id));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    Store.Account account = call.account();
    long id = call.pathId("id");
    Store.AccountUser au = account.members.get(id);
    if (au == null) {
      throw ApiError.notFound();
    }
    ObjectNode p = Admin.params(call, "agent");
    Store.Role role = role(Json.text(p, "role"), au.role);
    String availability = availability(Json.text(p, "availability"));
    String name = Json.text(p, "name");
    if (p.has("name") && Admin.blank(name)) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    if (name != null) {
      call.store().users.get(id).name = name;
    }
    au.role = role;
    if (availability != null) {
      au.availability = availability;
    }
    if (p.has("auto_offline")) {
      au.autoOffline = p.get("auto_offline").asBoolean();
    }
    Admin.audit(call, "AccountUser", id, "update", p);
    return Response.ok(Admin.agent(call.store(), account, id));
  }

  /** Removes the membership (and the user when it has no other account); 200 empty. */
  static Response delete(Call call) {
    call.requireAdministrator();
    Store store = call.store();
    Store.Account account = call.account();
    long id = call.pathId("id");
    if (account.members.remove(id) == null) {
      throw ApiError.notFound();
    }
    account.inboxes.values().forEach(i -> i.memberIds.remove(id));
    account.teams.values().forEach(t -> t.memberIds.remove(id));
    boolean elsewhere = store.accounts.values().stream().anyMatch(a -> a.members.containsKey(id));
    if (!elsewhere) {
      Store.User u = store.users.remove(id);
      if (u != null) {
        store.tokens.remove(u.accessToken);
      }
    }
    Admin.audit(call, "AccountUser", id, "destroy", null);
    return Response.empty(200);
  }

  private static Store.Role role(String text, Store.Role fallback) {
    if (text == null) {
      return fallback;
    }
    return switch (text) {
      case "agent" -> Store.Role.AGENT;
      case "administrator" -> Store.Role.ADMINISTRATOR;
      default -> throw ApiError.unprocessable("'" + text + "' is not a valid role");
    };
  }

  private static String availability(String text) {
    if (text != null && !AVAILABILITY.contains(text)) {
      throw ApiError.unprocessable("'" + text + "' is not a valid availability");
    }
    return text;
  }
}
