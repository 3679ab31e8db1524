package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.AccountApi;
import io.inquirly.api.PlatformApi;
import java.util.List;
import java.util.Map;

/**
 * The target account's own settings (one per file, no key): read and changed through the Platform API when a
 * platform token is configured (the app must have created the account), else through the account's own API
 * (administrators). Accounts are not created or deleted by apply: the account id selects the target.
 */
final class AccountKind extends Kind {
  AccountKind() {
    super("Account");
    field("name", STRING).field("locale", STRING).field("domain", STRING).field("support_email", STRING);
  }

  @Override
  public String key(ObjectNode spec) {
    return "account";
  }

  @Override
  public String display(ObjectNode spec, String key) {
    return spec.path("name").asText("account");
  }

  @Override
  public boolean creatable() {
    return false;
  }

  @Override
  public boolean deletable() {
    return false;
  }

  private static boolean platform(Ctx ctx) {
    return ctx.api.hasPlatformToken();
  }

  @Override
  public List<Current> read(Ctx ctx) {
    String id = ctx.api.accountId();
    JsonNode a = platform(ctx)
        ? ctx.api.send(PlatformApi.ACCOUNTS_SHOW, Map.of("account_id", id == null ? "" : id), null)
        : ctx.api.send(AccountApi.SHOW, Map.of(), null);
    ObjectNode s = SimpleKind.NODES.objectNode();
    for (String f : fields().keySet()) {
      s.set(f, a.path(f));
    }
    return List.of(new Current("account", a.path("id").asText(), s));
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    throw new UnsupportedOperationException("apply does not create accounts");
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    changed.forEach(f -> body.set(f, r.get(f)));
    if (platform(ctx)) {
      ctx.api.send(PlatformApi.ACCOUNTS_UPDATE, Map.of("account_id", current.id()), body);
    } else {
      ctx.api.send(AccountApi.UPDATE, Map.of(), body);
    }
  }
}
