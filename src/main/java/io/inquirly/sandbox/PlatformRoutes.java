package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Platform API ({@code platform/api/v1/*_controller.rb}): a platform app token only (401 "Invalid
 * access_token" otherwise), and only on the accounts, users and bots the app created or was granted
 * (platform_app_permissibles; 401 "Non permissible resource"). The record is looked up first, so an unknown id
 * is 404. Timestamps are ISO-8601 like Rails' {@code as_json}.
 *
 * <p>Deletes of accounts and users answer 200 at once and run DeleteObjectJob later; here the record is removed
 * before the answer, which is one of the outcomes a client must accept (it may also still be there for a
 * moment on a real server).
 */
final class PlatformRoutes {
  private static final String BASE = "/platform/api/v1";
  private static final DateTimeFormatter RAILS_ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern EMAIL = Pattern.compile("\\A[^@\\s]+@[^@\\s]+\\z");
  private static final List<String> FEATURES = List.of("agent_bots", "api", "custom_attributes", "labels",
      "reports", "webhooks");

  private PlatformRoutes() {}

  static void register(Router r) {
    platform(r, "POST", BASE + "/accounts", PlatformRoutes::createAccount);
    platform(r, "GET", BASE + "/accounts", PlatformRoutes::listAccounts);
    platform(r, "GET", BASE + "/accounts/{account_id}", PlatformRoutes::showAccount);
    platform(r, "PATCH", BASE + "/accounts/{account_id}", PlatformRoutes::updateAccount);
    platform(r, "PUT", BASE + "/accounts/{account_id}", PlatformRoutes::updateAccount);
    platform(r, "DELETE", BASE + "/accounts/{account_id}", PlatformRoutes::deleteAccount);
    platform(r, "GET", BASE + "/accounts/{account_id}/account_users", PlatformRoutes::listAccountUsers);
    platform(r, "POST", BASE + "/accounts/{account_id}/account_users", PlatformRoutes::addAccountUser);
    platform(r, "DELETE", BASE + "/accounts/{account_id}/account_users", PlatformRoutes::removeAccountUser);
    platform(r, "POST", BASE + "/users", PlatformRoutes::createUser);
    platform(r, "GET", BASE + "/users/{id}", PlatformRoutes::showUser);
    platform(r, "PATCH", BASE + "/users/{id}", PlatformRoutes::updateUser);
    platform(r, "PUT", BASE + "/users/{id}", PlatformRoutes::updateUser);
    platform(r, "DELETE", BASE + "/users/{id}", PlatformRoutes::deleteUser);
    platform(r, "GET", BASE + "/users/{id}/login", PlatformRoutes::loginLink);
    platform(r, "POST", BASE + "/users/{id}/token", PlatformRoutes::userToken);
    platform(r, "GET", BASE + "/agent_bots", PlatformRoutes::listBots);
    platform(r, "POST", BASE + "/agent_bots", PlatformRoutes::createBot);
    platform(r, "GET", BASE + "/agent_bots/{id}", PlatformRoutes::showBot);
    platform(r, "PATCH", BASE + "/agent_bots/{id}", PlatformRoutes::updateBot);
    platform(r, "PUT", BASE + "/agent_bots/{id}", PlatformRoutes::updateBot);
    platform(r, "DELETE", BASE + "/agent_bots/{id}", PlatformRoutes::deleteBot);
    platform(r, "DELETE", BASE + "/agent_bots/{id}/avatar", PlatformRoutes::deleteBotAvatar);
  }

  private static void platform(Router r, String method, String template, Router.Handler handler) {
    r.add(method, template, Router.Guard.PLATFORM, handler);
  }

  static String iso(long epochSeconds) {
    return RAILS_ISO.format(Instant.ofEpochSecond(epochSeconds));
  }

  // ---- permissibles ----

  private static Store.PlatformApp app(Call call) {
    return call.principal().platformApp();
  }

  /** validate_platform_app_permissible: 401 unless the app created (or was granted) the record. */
  private static void requirePermissible(Call call, String type, long id) {
    if (!app(call).permissibles.contains(type + ":" + id)) {
      throw ApiError.unauthorized(ApiError.NON_PERMISSIBLE);
    }
  }

  private static Store.Account account(Call call) {
    Store.Account a = call.store().accounts.get(call.pathId("account_id"));
    if (a == null) {
      throw ApiError.notFound();
    }
    requirePermissible(call, "Account", a.id);
    return a;
  }

  private static Store.User user(Call call) {
    Store.User u = call.store().users.get(call.pathId("id"));
    if (u == null) {
      throw ApiError.notFound();
    }
    requirePermissible(call, "User", u.id);
    return u;
  }

  private static Store.AgentBot bot(Call call) {
    Store.AgentBot b = call.store().bots.get(call.pathId("id"));
    if (b == null) {
      throw ApiError.notFound();
    }
    requirePermissible(call, "AgentBot", b.id);
    return b;
  }

  // ---- accounts ----

  static Response createAccount(Call call) {
    ObjectNode params = call.request().body();
    String name = Json.text(params, "name");
    if (name == null || name.isBlank()) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    Store store = call.store();
    Store.Account a = store.createAccount(name);
    assignAccount(store, a, params);
    app(call).permissibles.add("Account:" + a.id);
    return Response.ok(accountView(store, a));
  }

  /** accounts_controller.rb#index: the app's Account permissibles, as a bare array, unpaged. */
  static Response listAccounts(Call call) {
    ArrayNode list = Json.array();
    for (Store.Account a : call.store().accounts.values()) {
      if (app(call).permissibles.contains("Account:" + a.id)) {
        list.add(accountView(call.store(), a));
      }
    }
    return Response.ok(list);
  }

  static Response showAccount(Call call) {
    return Response.ok(accountView(call.store(), account(call)));
  }

  static Response updateAccount(Call call) {
    Store.Account a = account(call);
    ObjectNode params = call.request().body();
    if (params.has("name") && (Json.text(params, "name") == null || Json.text(params, "name").isBlank())) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    assignAccount(call.store(), a, params);
    return Response.ok(accountView(call.store(), a));
  }

  private static void assignAccount(Store store, Store.Account a, ObjectNode params) {
    String status = Json.text(params, "status");
    if (params.has("status") && !"active".equals(status) && !"suspended".equals(status)) {
      throw ApiError.error(500, "'" + status + "' is not a valid status"); // enum ArgumentError
    }
    if (params.has("name")) {
      a.name = Json.text(params, "name");
    }
    a.assignLocaleDomainAndSupportEmail(params);
    if (status != null) {
      a.status = status;
    }
    // jsonb columns assigned whole (account_params permits limits: {} and custom_attributes: {})
    if (params.get("limits") instanceof ObjectNode limits) {
      store.platformData.accountLimits.put(a.id, limits.deepCopy());
    }
    if (params.get("custom_attributes") instanceof ObjectNode custom) {
      a.customAttributes.removeAll();
      a.customAttributes.setAll(custom.deepCopy());
    }
  }

  /** {@code platform/api/v1/models/_account}. */
  static ObjectNode accountView(Store store, Store.Account a) {
    ObjectNode o = Json.object();
    o.put("id", a.id);
    o.put("name", a.name);
    o.put("locale", a.locale);
    o.put("domain", a.domain);
    o.put("support_email", a.supportEmail);
    ObjectNode features = o.putObject("enabled_features");
    FEATURES.forEach(f -> features.put(f, true));
    o.set("custom_attributes", a.customAttributes.deepCopy());
    o.set("limits", store.platformData.limits(a.id).deepCopy());
    o.put("status", a.status);
    return o;
  }

  /** DeleteObjectJob: the account, its memberships, inboxes, contacts and conversations, and its bots. */
  static Response deleteAccount(Call call) {
    Store store = call.store();
    Store.Account a = account(call);
    store.accounts.remove(a.id);
    store.bots.values().removeIf(b -> {
      boolean gone = b.accountId != null && b.accountId == a.id;
      if (gone) {
        store.tokens.remove(b.accessToken);
      }
      return gone;
    });
    return Response.empty(200);
  }

  // ---- account users ----

  static Response listAccountUsers(Call call) {
    Store.Account a = account(call);
    ArrayNode list = Json.array();
    a.members.values().forEach(au -> list.add(accountUserView(call.store(), au)));
    return Response.ok(list);
  }

  /** find_or_initialize_by(user_id).update!(user_id, role): adds the user or changes the role. */
  static Response addAccountUser(Call call) {
    Store store = call.store();
    Store.Account a = account(call);
    Request request = call.request();
    String userParam = request.paramText("user_id");
    Store.User user = userParam == null ? null : store.users.get(Ids.rubyToI(userParam));
    String roleParam = request.paramText("role");
    Store.Role role = null;
    if (roleParam != null) {
      try {
        role = Store.Role.valueOf(roleParam.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiError.error(500, "'" + roleParam + "' is not a valid role"); // enum ArgumentError
      }
    }
    if (user == null) {
      throw ApiError.invalid(List.of("User must exist"), List.of("user"));
    }
    Store.AccountUser au = a.members.get(user.id);
    if (au == null) {
      au = store.addMember(a, user, role == null ? Store.Role.AGENT : role);
    } else if (role != null && role != au.role) {
      au.role = role;
      store.platformData.accountUserUpdatedAt.put(a.id + ":" + user.id, Store.now());
    }
    return Response.ok(accountUserView(store, au));
  }

  /** Removes the membership of params[:user_id] if there is one; 200 either way. */
  static Response removeAccountUser(Call call) {
    Store.Account a = account(call);
    String userParam = call.request().paramText("user_id");
    if (userParam != null) {
      a.members.remove(Ids.rubyToI(userParam));
    }
    return Response.empty(200);
  }

  /** AccountUser#as_json: raw columns, enums by name, ISO timestamps. */
  static ObjectNode accountUserView(Store store, Store.AccountUser au) {
    String key = au.accountId + ":" + au.userId;
    ObjectNode o = Json.object();
    o.put("id", store.platformData.accountUserId(store, au.accountId, au.userId));
    o.put("account_id", au.accountId);
    o.put("user_id", au.userId);
    o.put("role", au.role.json());
    o.putNull("inviter_id");
    o.put("created_at", iso(au.createdAt));
    o.put("updated_at", iso(store.platformData.accountUserUpdatedAt.getOrDefault(key, au.createdAt)));
    o.putNull("active_at");
    o.put("availability", au.availability);
    o.put("auto_offline", au.autoOffline);
    o.putNull("custom_role_id");
    return o;
  }

  // ---- users ----

  /** An existing e-mail returns that user (and grants the app permission on it); otherwise a new user. */
  static Response createUser(Call call) {
    Store store = call.store();
    ObjectNode params = call.request().body();
    String email = Json.text(params, "email");
    Store.User existing = null;
    if (email != null) {
      for (Store.User u : store.users.values()) {
        if (u.email.equalsIgnoreCase(email.strip())) {
          existing = u;
        }
      }
    }
    Store.User user = existing;
    if (user == null) {
      String name = Json.text(params, "name");
      String password = Json.text(params, "password");
      List<String> messages = new ArrayList<>();
      List<String> attributes = new ArrayList<>();
      if (email == null || email.isBlank()) {
        fail(messages, attributes, "email", "Email can't be blank");
      } else if (!EMAIL.matcher(email.strip()).matches()) {
        fail(messages, attributes, "email", "Email is invalid");
      }
      if (password == null || password.isEmpty()) {
        fail(messages, attributes, "password", "Password can't be blank");
      } else {
        checkPassword(password, messages, attributes);
      }
      if (name == null || name.isBlank()) {
        fail(messages, attributes, "name", "Name can't be blank");
      }
      if (!messages.isEmpty()) {
        throw ApiError.invalid(messages, attributes);
      }
      user = store.createUser(name, email.strip());
      // users_controller.rb user_params: name, display_name, email, password, custom_attributes
      if (params.has("display_name")) {
        user.displayName = Json.text(params, "display_name");
      }
      if (params.get("custom_attributes") instanceof ObjectNode custom) {
        user.customAttributes.setAll(custom.deepCopy());
      }
    }
    app(call).permissibles.add("User:" + user.id);
    return Response.ok(userView(store, user));
  }

  static Response showUser(Call call) {
    return Response.ok(userView(call.store(), user(call)));
  }

  /** name, email, password; custom_attributes merged into the existing ones. */
  static Response updateUser(Call call) {
    Store store = call.store();
    Store.User user = user(call);
    ObjectNode params = call.request().body();
    List<String> messages = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    String email = params.has("email") ? Json.text(params, "email") : user.email;
    if (email == null || email.isBlank()) {
      fail(messages, attributes, "email", "Email can't be blank");
    } else {
      if (!EMAIL.matcher(email.strip()).matches()) {
        fail(messages, attributes, "email", "Email is invalid");
      }
      for (Store.User other : store.users.values()) {
        if (other.id != user.id && other.email.equalsIgnoreCase(email.strip())) {
          fail(messages, attributes, "email", "Email has already been taken");
        }
      }
    }
    String name = params.has("name") ? Json.text(params, "name") : user.name;
    if (name == null || name.isBlank()) {
      fail(messages, attributes, "name", "Name can't be blank");
    }
    if (params.has("password")) {
      checkPassword(String.valueOf(Json.text(params, "password")), messages, attributes);
    }
    if (!messages.isEmpty()) {
      throw ApiError.invalid(messages, attributes);
    }
    user.name = name;
    user.email = email.strip().toLowerCase(Locale.ROOT);
    if (params.has("display_name")) {
      user.displayName = Json.text(params, "display_name");
    }
    if (params.get("custom_attributes") instanceof ObjectNode custom) {
      user.customAttributes.setAll(custom.deepCopy());
    }
    return Response.ok(userView(store, user));
  }

  /** DeleteObjectJob: the user, its token and its memberships. */
  static Response deleteUser(Call call) {
    Store store = call.store();
    Store.User user = user(call);
    store.users.remove(user.id);
    store.tokens.remove(user.accessToken);
    for (Store.Account a : store.accounts.values()) {
      a.members.remove(user.id);
      a.inboxes.values().forEach(i -> i.memberIds.remove(user.id));
    }
    return Response.empty(200);
  }

  /** {@code {"url": FRONTEND_URL/app/login?email=...&sso_auth_token=...}}; the sandbox is its own frontend. */
  static Response loginLink(Call call) {
    Store.User user = user(call);
    String host = call.request().header("host");
    ObjectNode o = Json.object();
    o.put("url", "http://" + (host == null ? "127.0.0.1" : host) + "/app/login?email="
        + URLEncoder.encode(user.email, StandardCharsets.UTF_8).replace("+", "%20")
        + "&sso_auth_token=" + call.store().newToken());
    return Response.ok(o);
  }

  /** users/token.json.jbuilder: the user's current access token (unchanged), expiry null, a short user. */
  static Response userToken(Call call) {
    Store.User user = user(call);
    ObjectNode o = Json.object();
    o.put("access_token", user.accessToken);
    o.putNull("expiry");
    ObjectNode u = o.putObject("user");
    u.put("id", user.id);
    u.put("name", user.name);
    u.put("display_name", user.displayName);
    u.put("email", user.email);
    u.put("pubsub_token", user.pubsubToken);
    return Response.ok(o);
  }

  /** {@code platform/api/v1/models/_user}. */
  static ObjectNode userView(Store store, Store.User user) {
    Store.AccountUser active = null;
    List<Store.AccountUser> memberships = new ArrayList<>();
    for (Store.Account a : store.accounts.values()) {
      Store.AccountUser au = a.members.get(user.id);
      if (au != null) {
        memberships.add(au);
        if (active == null) {
          active = au;
        }
      }
    }
    ObjectNode o = Views.user(user, active);
    ArrayNode accounts = o.putArray("accounts");
    for (Store.AccountUser au : memberships) {
      ObjectNode entry = accounts.addObject();
      entry.put("id", au.accountId);
      entry.put("name", store.accounts.get(au.accountId).name);
      entry.putNull("active_at");
      entry.put("role", au.role.json());
    }
    return o;
  }

  /** Chatwoot's password_complexity check (Devise also wants 6..128 characters). */
  private static void checkPassword(String password, List<String> messages, List<String> attributes) {
    if (password.length() < 6) {
      fail(messages, attributes, "password", "Password is too short (minimum is 6 characters)");
    }
    boolean ok = password.chars().anyMatch(Character::isUpperCase)
        && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(Character::isDigit)
        && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    if (!ok) {
      fail(messages, attributes, "password", "Password must contain at least 1 uppercase letter, 1 lowercase "
          + "letter, 1 number, and 1 special character");
    }
  }

  private static void fail(List<String> messages, List<String> attributes, String attribute, String message) {
    messages.add(message);
    if (!attributes.contains(attribute)) {
      attributes.add(attribute);
    }
  }

  // ---- agent bots ----

  /** The bots the app created (platform_app_permissibles of type AgentBot), as a bare array. */
  static Response listBots(Call call) {
    ArrayNode list = Json.array();
    for (Store.AgentBot b : call.store().bots.values()) {
      if (app(call).permissibles.contains("AgentBot:" + b.id)) {
        list.add(botView(b));
      }
    }
    return Response.ok(list);
  }

  static Response createBot(Call call) {
    Store store = call.store();
    ObjectNode params = call.request().body();
    Long accountId = botAccount(store, params, null);
    String name = Json.text(params, "name");
    if (name == null || name.isBlank()) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    Store.AgentBot bot = store.createBot(accountId, name);
    bot.description = Json.text(params, "description");
    bot.outgoingUrl = Json.text(params, "outgoing_url");
    app(call).permissibles.add("AgentBot:" + bot.id);
    return Response.ok(botView(bot));
  }

  /** agent_bots_controller.rb#avatar: purges the picture if any (the sandbox keeps none); answers the bot. */
  static Response deleteBotAvatar(Call call) {
    return Response.ok(botView(bot(call)));
  }

  static Response showBot(Call call) {
    return Response.ok(botView(bot(call)));
  }

  /** name, description, outgoing_url and account_id (moving the bot replaces the record, same id and token). */
  static Response updateBot(Call call) {
    Store store = call.store();
    Store.AgentBot bot = bot(call);
    ObjectNode params = call.request().body();
    Long accountId = botAccount(store, params, bot.accountId);
    if (params.has("name") && (Json.text(params, "name") == null || Json.text(params, "name").isBlank())) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
    if (!java.util.Objects.equals(accountId, bot.accountId)) {
      Store.AgentBot moved = new Store.AgentBot(bot.id, accountId, bot.name, bot.accessToken, bot.createdAt);
      moved.description = bot.description;
      moved.outgoingUrl = bot.outgoingUrl;
      store.bots.put(moved.id, moved);
      store.tokens.put(moved.accessToken, moved);
      bot = moved;
    }
    if (params.has("name")) {
      bot.name = Json.text(params, "name");
    }
    if (params.has("description")) {
      bot.description = Json.text(params, "description");
    }
    if (params.has("outgoing_url")) {
      bot.outgoingUrl = Json.text(params, "outgoing_url");
    }
    return Response.ok(botView(bot));
  }

  /** destroy! at once (unlike accounts and users); 200 with an empty body. */
  static Response deleteBot(Call call) {
    Store store = call.store();
    Store.AgentBot bot = bot(call);
    store.bots.remove(bot.id);
    store.tokens.remove(bot.accessToken);
    return Response.empty(200);
  }

  private static Long botAccount(Store store, ObjectNode params, Long current) {
    if (!params.has("account_id")) {
      return current;
    }
    JsonNode raw = params.get("account_id");
    if (raw.isNull() || raw.asText().isBlank()) {
      return null;
    }
    long id = Ids.rubyToI(raw.asText());
    if (!store.accounts.containsKey(id)) {
      throw ApiError.invalid(List.of("Account must exist"), List.of("account"));
    }
    return id;
  }

  /**
   * chatwoot-4.10/app/views/platform/api/v1/models/_agent_bot.json.jbuilder, field for field: id, name,
   * description, outgoing_url, account_id, access_token. Its {@code outgoing_url} renders the bot's
   * <em>name</em> (upstream writes {@code resource.name} there), so the stored URL is not shown.
   */
  static ObjectNode botView(Store.AgentBot b) {
    ObjectNode o = Json.object();
    o.put("id", b.id);
    o.put("name", b.name);
    o.put("description", b.description);
    o.put("outgoing_url", b.name);
    if (b.accountId == null) {
      o.putNull("account_id");
    } else {
      o.put("account_id", b.accountId);
    }
    o.put("access_token", b.accessToken);
    return o;
  }
}
