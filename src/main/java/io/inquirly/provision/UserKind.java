package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.PlatformApi;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Platform users by e-mail and their membership (role) in the target account (platform token). Create with an
 * existing e-mail returns that user (NOTES §3), so a rerun is safe. The password is only sent on create. Prune
 * removes the membership, never the user (users may belong to other accounts; user deletes are asynchronous).
 */
final class UserKind extends Kind {
  UserKind() {
    super("User");
    keyedBy("email").caseless("email").writeOnly("password").requires("name");
    field("email", STRING).field("name", STRING).field("password", STRING).field("role", STRING);
    oneOf("role", io.inquirly.api.AgentsApi.ROLES); // chatwoot-4.10/app/models/account_user.rb: agent, administrator
  }

  @Override
  public List<String> aliases() {
    return List.of("AccountUser");
  }

  @Override
  public boolean exportedByDefault() {
    return false;
  }

  private static Map<String, Object> account(Ctx ctx) {
    return Map.of("account_id", ctx.api.accountId() == null ? "" : ctx.api.accountId());
  }

  @Override
  public List<Current> read(Ctx ctx) {
    List<Current> out = new ArrayList<>();
    for (JsonNode m : ctx.api.list(PlatformApi.ACCOUNT_USERS_LIST, account(ctx))) {
      JsonNode u;
      try {
        u = ctx.api.send(PlatformApi.USERS_SHOW, Map.of("id", m.path("user_id").asText()), null);
      } catch (ApiException e) {
        if (e.failure() == Failure.AUTHENTICATION || e.failure() == Failure.PERMISSION
            || e.failure() == Failure.NOT_FOUND) {
          continue; // a user the platform app did not create: not ours to manage
        }
        throw e;
      }
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.set("email", u.path("email"));
      s.set("name", u.path("name"));
      s.set("role", m.path("role"));
      ctx.users.putIfAbsent(Kinds.lower(u.path("email").asText()), m.path("user_id").asLong());
      out.add(new Current(key(s), m.path("user_id").asText(), s));
    }
    return out;
  }

  private static void role(Ctx ctx, String userId, Resource r) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    body.put("user_id", Long.parseLong(userId));
    body.set("role", r.get("role"));
    ctx.api.send(PlatformApi.ACCOUNT_USERS_ADD, account(ctx), body);
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    for (String f : List.of("name", "email", "password")) {
      if (r.has(f)) {
        body.set(f, r.get(f));
      }
    }
    JsonNode u = ctx.api.send(PlatformApi.USERS_CREATE, Map.of(), body);
    String id = u.path("id").asText();
    if (r.has("role")) {
      role(ctx, id, r);
    }
    ctx.users.put(Kinds.lower(r.get("email").asText()), Long.parseLong(id));
    return id;
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    if (changed.contains("name")) {
      ObjectNode body = SimpleKind.NODES.objectNode();
      body.set("name", r.get("name"));
      ctx.api.send(PlatformApi.USERS_UPDATE, Map.of("id", current.id()), body);
    }
    if (changed.contains("role")) {
      role(ctx, current.id(), r);
    }
  }

  @Override
  public void delete(Ctx ctx, Current current) {
    Map<String, Object> values = new java.util.HashMap<>(account(ctx));
    values.put("user_id", current.id()); // the operation's --user, sent as the query parameter
    ctx.api.send(PlatformApi.ACCOUNT_USERS_REMOVE, values, null);
  }
}
