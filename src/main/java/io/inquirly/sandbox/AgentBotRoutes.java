package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code agent_bots} of an account (bare arrays): the account's own bots and global (system) bots. */
final class AgentBotRoutes {
  private static final String BASE = Admin.A + "/agent_bots";

  private AgentBotRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, AgentBotRoutes::list);
    r.app("POST", BASE, AgentBotRoutes::create);
    r.app("GET", BASE + "/{id}", AgentBotRoutes::show);
    r.app("PATCH", BASE + "/{id}", AgentBotRoutes::update);
    r.app("PUT", BASE + "/{id}", AgentBotRoutes::update);
    r.app("DELETE", BASE + "/{id}", AgentBotRoutes::delete);
  }

  /** {@code api/v1/models/_agent_bot}; the access token only for the account's own bots, to administrators. */
  static ObjectNode view(Call call, Store.AgentBot b) {
    ObjectNode o = Json.object();
    o.put("id", b.id);
    o.put("name", b.name);
    o.put("description", b.description);
    o.put("thumbnail", "");
    o.put("outgoing_url", b.outgoingUrl);
    o.put("bot_type", "webhook");
    ObjectNode config = call.account().admin.botConfigs.get(b.id);
    o.set("bot_config", config == null ? Json.object() : config.deepCopy());
    if (b.accountId == null) {
      o.putNull("account_id");
    } else {
      o.put("account_id", b.accountId);
    }
    if (b.accountId != null && call.isAdministrator()) {
      o.put("access_token", b.accessToken);
    }
    o.put("system_bot", b.accountId == null);
    return o;
  }

  /** A bot this account may use (its own or a global one); 404 otherwise. */
  static Store.AgentBot usable(Call call, long id) {
    Store.AgentBot b = call.store().bots.get(id);
    if (b == null || b.accountId != null && b.accountId != call.account().id) {
      throw ApiError.notFound();
    }
    return b;
  }

  /** The account's own bot; global bots cannot be changed here (404). */
  static Store.AgentBot own(Call call) {
    Store.AgentBot b = call.store().bots.get(call.pathId("id"));
    if (b == null || b.accountId == null || b.accountId != call.account().id) {
      throw ApiError.notFound();
    }
    return b;
  }

  static Response list(Call call) {
    ArrayNode a = Json.array();
    for (Store.AgentBot b : call.store().bots.values()) {
      if (b.accountId == null || b.accountId == call.account().id) {
        a.add(view(call, b));
      }
    }
    return Response.ok(a);
  }

  static Response show(Call call) {
    return Response.ok(view(call, usable(call, call.pathId("id"))));
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "agent_bot");
    String name = Json.text(p, "name");
    if (Admin.blank(name)) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    Store.AgentBot b = call.store().createBot(call.account().id, name);
    apply(call, b, p);
    Admin.audit(call, "AgentBot", b.id, "create", p);
    return Response.ok(view(call, b));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    Store.AgentBot b = own(call);
    ObjectNode p = Admin.params(call, "agent_bot");
    if (p.has("name")) {
      String name = Json.text(p, "name");
      if (Admin.blank(name)) {
        throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
      }
      b.name = name;
    }
    apply(call, b, p);
    Admin.audit(call, "AgentBot", b.id, "update", p);
    return Response.ok(view(call, b));
  }

  private static void apply(Call call, Store.AgentBot b, ObjectNode p) {
    if (p.has("description")) {
      b.description = Json.text(p, "description");
    }
    if (p.has("outgoing_url")) {
      b.outgoingUrl = Json.text(p, "outgoing_url");
    }
    if (p.get("bot_config") instanceof ObjectNode config) {
      call.account().admin.botConfigs.put(b.id, config.deepCopy());
    }
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    Store.AgentBot b = own(call);
    call.store().bots.remove(b.id);
    call.store().tokens.remove(b.accessToken);
    call.account().admin.inboxBots.values().removeIf(id -> id == b.id);
    Admin.audit(call, "AgentBot", b.id, "destroy", null);
    return Response.empty(200);
  }
}
