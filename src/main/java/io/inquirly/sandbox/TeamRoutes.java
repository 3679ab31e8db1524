package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** {@code teams} and {@code teams/{id}/team_members} (bare arrays); changes need an administrator. */
final class TeamRoutes {
  private static final String BASE = Admin.A + "/teams";

  private TeamRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, TeamRoutes::list);
    r.app("POST", BASE, TeamRoutes::create);
    r.app("GET", BASE + "/{team_id}", TeamRoutes::show);
    r.app("PATCH", BASE + "/{team_id}", TeamRoutes::update);
    r.app("PUT", BASE + "/{team_id}", TeamRoutes::update);
    r.app("DELETE", BASE + "/{team_id}", TeamRoutes::delete);
    r.app("GET", BASE + "/{team_id}/team_members", TeamRoutes::members);
    r.app("POST", BASE + "/{team_id}/team_members", TeamRoutes::addMembers);
    r.app("PATCH", BASE + "/{team_id}/team_members", TeamRoutes::replaceMembers);
    r.app("DELETE", BASE + "/{team_id}/team_members", TeamRoutes::removeMembers);
  }

  /** {@code api/v1/models/_team}; is_member is about the caller. */
  static ObjectNode view(Call call, Store.Team t) {
    ObjectNode o = Json.object();
    o.put("id", t.id);
    o.put("name", t.name);
    o.put("description", t.description);
    o.put("allow_auto_assign", t.allowAutoAssign);
    o.put("account_id", t.accountId);
    o.put("is_member", call.membership() != null && t.memberIds.contains(call.membership().userId));
    return o;
  }

  static Response list(Call call) {
    ArrayNode a = Json.array();
    call.account().teams.values().forEach(t -> a.add(view(call, t)));
    return Response.ok(a);
  }

  static Response show(Call call) {
    return Response.ok(view(call, call.store().team(call.account(), call.pathId("team_id"))));
  }

  static Response create(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.params(call, "team");
    String name = name(call, p, null);
    Store.Team t = new Store.Team(call.store().nextId("teams"), call.account().id, name);
    apply(t, p);
    call.account().teams.put(t.id, t);
    Admin.audit(call, "Team", t.id, "create", p);
    return Response.ok(view(call, t));
  }

  static Response update(Call call) {
    call.requireAdministrator();
    Store.Team t = call.store().team(call.account(), call.pathId("team_id"));
    ObjectNode p = Admin.params(call, "team");
    if (p.has("name")) {
      t.name = name(call, p, t);
    }
    apply(t, p);
    Admin.audit(call, "Team", t.id, "update", p);
    return Response.ok(view(call, t));
  }

  /** Team names are stored lower-case and unique per account. */
  private static String name(Call call, ObjectNode p, Store.Team self) {
    String name = Json.text(p, "name");
    if (Admin.blank(name)) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (Store.Team other : call.account().teams.values()) {
      if (other != self && other.name.equals(lower)) {
        throw ApiError.invalid(List.of("Name has already been taken"), List.of("name"));
      }
    }
    return lower;
  }

  private static void apply(Store.Team t, ObjectNode p) {
    if (p.has("description")) {
      t.description = Json.text(p, "description");
    }
    if (p.has("allow_auto_assign")) {
      t.allowAutoAssign = p.get("allow_auto_assign").asBoolean();
    }
  }

  static Response delete(Call call) {
    call.requireAdministrator();
    Store.Team t = call.store().team(call.account(), call.pathId("team_id"));
    call.account().teams.remove(t.id);
    Admin.audit(call, "Team", t.id, "destroy", null);
    return Response.empty(200);
  }

  static Response members(Call call) {
    Store.Team t = call.store().team(call.account(), call.pathId("team_id"));
    return Response.ok(Admin.agents(call.store(), call.account(), t.memberIds));
  }

  private static Store.Team memberTeam(Call call) {
    Store.Team t = call.store().team(call.account(), call.pathId("team_id"));
    call.requireAdministrator();
    return t;
  }

  /** Answers with the members added (TeamMembersController#create renders the new members). */
  static Response addMembers(Call call) {
    Store.Team t = memberTeam(call);
    List<Long> ids = Admin.userIds(call, call.request().body());
    java.util.Set<Long> added = new java.util.LinkedHashSet<>();
    for (long id : ids) {
      if (t.memberIds.add(id)) {
        added.add(id);
      }
    }
    return Response.ok(Admin.agents(call.store(), call.account(), added));
  }

  static Response replaceMembers(Call call) {
    Store.Team t = memberTeam(call);
    List<Long> ids = Admin.userIds(call, call.request().body());
    t.memberIds.clear();
    t.memberIds.addAll(ids);
    return Response.ok(Admin.agents(call.store(), call.account(), t.memberIds));
  }

  static Response removeMembers(Call call) {
    Store.Team t = memberTeam(call);
    Admin.userIds(call, call.request().body()).forEach(t.memberIds::remove);
    return Response.empty(200);
  }
}
