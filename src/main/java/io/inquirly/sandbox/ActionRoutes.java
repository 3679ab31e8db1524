package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Member actions on records other route files own: agents {@code bulk_create}, automation rule {@code clone},
 * agent bot {@code avatar} and {@code reset_access_token}, inbox {@code assignable_agents}, and the profile's
 * {@code auto_offline}, {@code set_active_account}, {@code avatar} and {@code reset_access_token}
 * (chatwoot-4.10/config/routes.rb and the controllers named on each method).
 */
final class ActionRoutes {
  private ActionRoutes() {}

  static void register(Router r) {
    r.app("POST", Admin.A + "/agents/bulk_create", ActionRoutes::bulkCreateAgents);
    r.app("POST", Admin.A + "/automation_rules/{automation_rule_id}/clone", ActionRoutes::cloneRule);
    r.app("DELETE", Admin.A + "/agent_bots/{id}/avatar", ActionRoutes::botAvatar);
    r.app("POST", Admin.A + "/agent_bots/{id}/reset_access_token", ActionRoutes::botToken);
    r.app("GET", Admin.A + "/inboxes/{id}/assignable_agents", ActionRoutes::assignableAgents);
    r.app("POST", "/api/v1/profile/auto_offline", ActionRoutes::autoOffline);
    r.app("PUT", "/api/v1/profile/set_active_account", ActionRoutes::setActiveAccount);
    r.app("DELETE", "/api/v1/profile/avatar", ActionRoutes::profileAvatar);
    r.app("POST", "/api/v1/profile/reset_access_token", ActionRoutes::profileToken);
  }

  /**
   * agents_controller.rb#bulk_create: administrators; 402 when the e-mails outnumber the free seats; each e-mail
   * becomes an agent named after its local part (AgentBuilder: offline, auto_offline false); e-mails that fail
   * (invalid, already members) are skipped; answers 200 with no body.
   */
  static Response bulkCreateAgents(Call call) {
    call.requireAdministrator();
    JsonNode emails = call.request().body().get("emails");
    if (emails == null || !emails.isArray()) {
      throw ApiError.error(500, "undefined method `count' for nil:NilClass");
    }
    Store store = call.store();
    Store.Account account = call.account();
    if (emails.size() > AgentRoutes.AGENT_LIMIT - account.members.size()) {
      throw ApiError.error(402, "Account limit exceeded. Please purchase more licenses");
    }
    for (JsonNode e : emails) {
      String email = e.asText().strip().toLowerCase(Locale.ROOT);
      if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        continue;
      }
      Store.User user = store.users.values().stream().filter(u -> u.email.equals(email)).findFirst()
          .orElseGet(() -> store.createUser(email.substring(0, email.indexOf('@')), email));
      if (account.members.containsKey(user.id)) {
        continue;
      }
      Store.AccountUser au = store.addMember(account, user, Store.Role.AGENT);
      au.availability = "offline";
      au.autoOffline = false;
    }
    account.customAttributes.remove("onboarding_step");
    return Response.empty(200);
  }

  /**
   * automation_rules_controller.rb#clone: a copy under a new id, answered as {@code {"payload": rule}}; an
   * unknown id is the server's NoMethodError on nil (500).
   */
  static Response cloneRule(Call call) {
    call.requireAdministrator();
    ObjectNode rule = call.account().admin.automationRules.get(Ids.rubyToI(call.path("automation_rule_id")));
    if (rule == null) {
      throw ApiError.error(500, "undefined method `save!' for nil:NilClass");
    }
    ObjectNode fields = rule.deepCopy();
    fields.remove("id");
    fields.put("created_on", Store.now());
    ObjectNode copy = AutomationRuleRoutes.add(call.store(), call.account(), fields);
    return Response.ok(Admin.payload(Admin.view(copy)));
  }

  /** agent_bots_controller.rb#avatar: administrators; the sandbox keeps no pictures; answers the bot. */
  static Response botAvatar(Call call) {
    call.requireAdministrator();
    return Response.ok(AgentBotRoutes.view(call, AgentBotRoutes.own(call)));
  }

  /** agent_bots_controller.rb#reset_access_token: a new token; the old one stops working at once. */
  static Response botToken(Call call) {
    call.requireAdministrator();
    Store.AgentBot b = AgentBotRoutes.own(call);
    call.store().tokens.remove(b.accessToken);
    b.accessToken = call.store().newToken();
    call.store().tokens.put(b.accessToken, b);
    return Response.ok(AgentBotRoutes.view(call, b));
  }

  /**
   * inboxes_controller.rb#assignable_agents (Inbox#assignable_agents): the inbox's members and every
   * administrator, as {@code {"payload": [agent...]}}; every member may ask.
   */
  static Response assignableAgents(Call call) {
    Store.Inbox inbox = call.store().inbox(call.account(), call.pathId("id"));
    Set<Long> ids = new LinkedHashSet<>();
    for (long id : inbox.memberIds) {
      if (call.account().members.containsKey(id)) {
        ids.add(id);
      }
    }
    call.account().members.values().stream().filter(au -> au.role == Store.Role.ADMINISTRATOR)
        .forEach(au -> ids.add(au.userId));
    ArrayNode agents = Admin.agents(call.store(), call.account(), ids);
    return Response.ok(Admin.payload(agents));
  }

  private static Store.AccountUser membership(Call call, JsonNode profile) {
    Store.Account account = call.store().accounts.get(profile.path("account_id").asLong());
    Store.AccountUser member = account == null ? null : account.members.get(call.principal().user().id);
    if (member == null) {
      throw ApiError.notFound();
    }
    return member;
  }

  private static JsonNode profileParams(Call call) {
    JsonNode profile = call.request().body().path("profile");
    if (!profile.isObject() || profile.isEmpty()) {
      throw ApiError.error(400, "param is missing or the value is empty: profile");
    }
    return profile;
  }

  /** profiles_controller.rb#auto_offline: {@code profile[account_id, auto_offline]} (missing = false). */
  static Response autoOffline(Call call) {
    JsonNode profile = profileParams(call);
    membership(call, profile).autoOffline = profile.path("auto_offline").asBoolean(false);
    return Response.ok(Views.profile(call.principal().user(), call.store()));
  }

  /** profiles_controller.rb#set_active_account: {@code profile[account_id]}; 200 with no body. */
  static Response setActiveAccount(Call call) {
    membership(call, profileParams(call)).activeAt = Store.now();
    return Response.empty(200);
  }

  /** profiles_controller.rb#avatar: the sandbox keeps no pictures; answers the profile. */
  static Response profileAvatar(Call call) {
    return Response.ok(Views.profile(call.principal().user(), call.store()));
  }

  /** profiles_controller.rb#reset_access_token: a new token; the old one stops working at once. */
  static Response profileToken(Call call) {
    Store.User user = call.principal().user();
    call.store().tokens.remove(user.accessToken);
    user.accessToken = call.store().newToken();
    call.store().tokens.put(user.accessToken, user);
    return Response.ok(Views.profile(user, call.store()));
  }
}
