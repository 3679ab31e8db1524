package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enterprise routes: SLA policies, applied SLAs (list, metrics, CSV download), custom roles, agent capacity
 * policies with their users and inbox limits. Reference: the controllers and views under
 * enterprise/app/controllers/api/v1/accounts/ and enterprise/app/views/api/v1/ (chatwoot 4.10 routes.rb declares
 * the routes for every edition). A sandbox is an Enterprise server when {@link Store#enterprise} is set (demo
 * sandboxes); otherwise these routes answer as a Community server does, whose Rails has no controller for them:
 * 404 with the HTML error page, not the JSON RecordNotFound answer.
 */
final class EnterpriseRoutes {
  private static final String SLA = Admin.A + "/sla_policies";
  private static final String APPLIED = Admin.A + "/applied_slas";
  private static final String ROLES = Admin.A + "/custom_roles";
  private static final String CAPACITY = Admin.A + "/agent_capacity_policies";
  static final int APPLIED_PER_PAGE = 25;
  static final Set<String> PERMISSIONS = Set.of("conversation_manage", "conversation_unassigned_manage",
      "conversation_participating_manage", "contact_manage", "report_manage", "knowledge_base_manage");
  /** Rails' public/404.html, as a missing controller answers in production. */
  static final String MISSING_ROUTE_PAGE = "<!DOCTYPE html>\n<html>\n<head>\n  <title>The page you were looking for "
      + "doesn't exist (404)</title>\n</head>\n<body>\n  <h1>The page you were looking for doesn't exist.</h1>\n"
      + "</body>\n</html>\n";

  private EnterpriseRoutes() {}

  /** A route only an Enterprise server has: its handler runs on one, a Community server has no controller. */
  private static Router.Handler enterprise(Router.Handler h) {
    return call -> {
      if (!call.store().enterprise) {
        throw missingController();
      }
      return h.handle(call);
    };
  }

  /** Rails' answer to a routing error (no controller): its 404 page, not the JSON RecordNotFound answer. */
  static ApiError missingController() {
    return new ApiError(Response.text(404, "text/html; charset=utf-8", MISSING_ROUTE_PAGE));
  }

  static void register(Router r) {
    r.app("GET", SLA, enterprise(EnterpriseRoutes::slaList));
    r.app("POST", SLA, enterprise(EnterpriseRoutes::slaCreate));
    r.app("GET", SLA + "/{id}", enterprise(EnterpriseRoutes::slaShow));
    r.app("PATCH", SLA + "/{id}", enterprise(EnterpriseRoutes::slaUpdate));
    r.app("PUT", SLA + "/{id}", enterprise(EnterpriseRoutes::slaUpdate));
    r.app("DELETE", SLA + "/{id}", enterprise(EnterpriseRoutes::slaDelete));
    r.app("GET", APPLIED, enterprise(EnterpriseRoutes::appliedList));
    r.app("GET", APPLIED + "/metrics", enterprise(EnterpriseRoutes::appliedMetrics));
    r.app("GET", APPLIED + "/download", enterprise(EnterpriseRoutes::appliedDownload));
    r.app("PATCH", Admin.A + "/csat_survey_responses/{id}", enterprise(EnterpriseRoutes::csatReview));
    r.app("GET", ROLES, enterprise(EnterpriseRoutes::roleList));
    r.app("POST", ROLES, enterprise(EnterpriseRoutes::roleCreate));
    r.app("GET", ROLES + "/{id}", enterprise(EnterpriseRoutes::roleShow));
    r.app("PATCH", ROLES + "/{id}", enterprise(EnterpriseRoutes::roleUpdate));
    r.app("PUT", ROLES + "/{id}", enterprise(EnterpriseRoutes::roleUpdate));
    r.app("DELETE", ROLES + "/{id}", enterprise(EnterpriseRoutes::roleDelete));
    r.app("GET", CAPACITY, enterprise(EnterpriseRoutes::capacityList));
    r.app("POST", CAPACITY, enterprise(EnterpriseRoutes::capacityCreate));
    r.app("GET", CAPACITY + "/{id}", enterprise(EnterpriseRoutes::capacityShow));
    r.app("PATCH", CAPACITY + "/{id}", enterprise(EnterpriseRoutes::capacityUpdate));
    r.app("PUT", CAPACITY + "/{id}", enterprise(EnterpriseRoutes::capacityUpdate));
    r.app("DELETE", CAPACITY + "/{id}", enterprise(EnterpriseRoutes::capacityDelete));
    r.app("GET", CAPACITY + "/{policy}/users", enterprise(EnterpriseRoutes::usersList));
    r.app("POST", CAPACITY + "/{policy}/users", enterprise(EnterpriseRoutes::usersAdd));
    r.app("DELETE", CAPACITY + "/{policy}/users/{id}", enterprise(EnterpriseRoutes::usersRemove));
    r.app("POST", CAPACITY + "/{policy}/inbox_limits", enterprise(EnterpriseRoutes::limitCreate));
    r.app("PATCH", CAPACITY + "/{policy}/inbox_limits/{id}", enterprise(EnterpriseRoutes::limitUpdate));
    r.app("PUT", CAPACITY + "/{policy}/inbox_limits/{id}", enterprise(EnterpriseRoutes::limitUpdate));
    r.app("DELETE", CAPACITY + "/{policy}/inbox_limits/{id}", enterprise(EnterpriseRoutes::limitDelete));
  }

  private static EnterpriseTables tables(Call call) {
    return call.account().enterpriseTables;
  }

  // ---- demo records ----

  /** Demo: SLA policy 1 (missed on the first conversation, hit on the second), custom role 1, capacity policy 1. */
  static void seed(Store store, Store.Account account, Store.Inbox inbox, long agentId) {
    EnterpriseTables t = account.enterpriseTables;
    ObjectNode sla = slaPolicy(store, t, "Priority support");
    sla.put("description", "First answer within an hour, resolved within a day");
    sla.put("first_response_time_threshold", 3600.0);
    sla.put("resolution_time_threshold", 86400.0);
    List<Store.Conversation> conversations = new ArrayList<>(account.conversations.values());
    String[] statuses = {"missed", "hit"};
    for (int i = 0; i < Math.min(2, conversations.size()); i++) {
      ObjectNode a = Json.object();
      long id = store.nextId("applied_slas");
      a.put("id", id);
      a.put("sla_policy_id", sla.get("id").asLong());
      a.put("conversation_id", conversations.get(i).displayId);
      a.put("sla_status", statuses[i]);
      a.put("created_at", Store.now() - 3600); // an hour ago: the SLAs applied when the conversations came in
      a.put("updated_at", Store.now() - 3600);
      ArrayNode events = a.putArray("_events");
      if (statuses[i].equals("missed")) {
        ObjectNode e = events.addObject();
        e.put("id", store.nextId("sla_events"));
        e.put("event_type", "frt");
        e.put("created_at", Store.now());
      }
      t.appliedSlas.put(id, a);
    }
    ObjectNode role = Json.object();
    role.put("id", store.nextId("custom_roles"));
    role.put("name", "Report viewer");
    role.put("description", "Sees reports, nothing else");
    role.putArray("permissions").add("report_manage");
    stamp(role);
    t.customRoles.put(role.get("id").asLong(), role);
    ObjectNode policy = capacityPolicy(store, account, "Two at a time");
    ObjectNode limit = Json.object();
    limit.put("id", store.nextId("inbox_capacity_limits"));
    limit.put("inbox_id", inbox.id);
    limit.put("agent_capacity_policy_id", policy.get("id").asLong());
    limit.put("conversation_limit", 2);
    limit.put("created_at", Store.now());
    limit.put("updated_at", Store.now());
    t.inboxLimits.put(limit.get("id").asLong(), limit);
    t.capacityOfUser.put(agentId, policy.get("id").asLong());
  }

  private static void stamp(ObjectNode o) {
    o.put("created_at", Views.iso(Store.now()));
    o.put("updated_at", Views.iso(Store.now()));
  }

  // ---- SLA policies (index: {payload: [...]}, show/create/update: {payload: {...}}) ----

  private static ObjectNode slaPolicy(Store store, EnterpriseTables t, String name) {
    ObjectNode p = Json.object();
    long id = store.nextId("sla_policies");
    p.put("id", id);
    p.put("name", name);
    p.putNull("description");
    p.putNull("first_response_time_threshold");
    p.putNull("next_response_time_threshold");
    p.putNull("resolution_time_threshold");
    p.put("only_during_business_hours", false);
    t.slaPolicies.put(id, p);
    return p;
  }

  private static void slaFields(ObjectNode params, ObjectNode target) {
    Admin.copy(params, target, "name", "description", "first_response_time_threshold",
        "next_response_time_threshold", "resolution_time_threshold", "only_during_business_hours");
    for (String f : List.of("first_response_time_threshold", "next_response_time_threshold",
        "resolution_time_threshold")) {
      JsonNode v = target.get(f);
      if (v != null && !v.isNull()) {
        target.put(f, v.asDouble()); // float columns
      }
    }
    if (Admin.blank(Json.text(target, "name"))) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
  }

  static Response slaList(Call call) {
    call.requireAdministrator();
    return Response.ok(Admin.payload(Admin.list(tables(call).slaPolicies.values())));
  }

  static Response slaShow(Call call) {
    call.requireAdministrator();
    return Response.ok(Admin.payload(Admin.view(Admin.find(tables(call).slaPolicies, call.path("id")))));
  }

  static Response slaCreate(Call call) {
    call.requireAdministrator();
    ObjectNode params = Admin.params(call, "sla_policy");
    ObjectNode draft = Json.object();
    draft.put("name", "");
    slaFields(params, draft);
    ObjectNode p = slaPolicy(call.store(), tables(call), draft.get("name").asText());
    slaFields(params, p);
    return Response.ok(Admin.payload(Admin.view(p)));
  }

  static Response slaUpdate(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.find(tables(call).slaPolicies, call.path("id"));
    ObjectNode copy = p.deepCopy();
    slaFields(Admin.params(call, "sla_policy"), copy);
    p.setAll(copy);
    return Response.ok(Admin.payload(Admin.view(p)));
  }

  /** DeleteObjectJob later; the sandbox runs it at once. */
  static Response slaDelete(Call call) {
    call.requireAdministrator();
    ObjectNode p = Admin.find(tables(call).slaPolicies, call.path("id"));
    long id = p.get("id").asLong();
    tables(call).slaPolicies.remove(id);
    tables(call).appliedSlas.values().removeIf(a -> a.get("sla_policy_id").asLong() == id);
    return Response.empty(200);
  }

  // ---- applied SLAs ----

  /** since/until (both), inbox_id, team_id, sla_policy_id, assigned_agent_id, label_list[]. */
  private static List<ObjectNode> applied(Call call) {
    call.requireAdministrator();
    Request q = call.request();
    Store.Account account = call.account();
    String since = q.query("since");
    String until = q.query("until");
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode a : tables(call).appliedSlas.values()) {
      Store.Conversation c = account.conversations.get(a.get("conversation_id").asLong());
      if (c == null) {
        continue;
      }
      long created = a.get("created_at").asLong();
      boolean keep = Admin.blank(since) || Admin.blank(until)
          || created >= Ids.rubyToI(since) && created <= Ids.rubyToI(until); // DateRangeHelper: an inclusive range
      keep &= matches(q.query("inbox_id"), c.inboxId);
      keep &= Admin.blank(q.query("team_id")) || Long.valueOf(Ids.rubyToI(q.query("team_id"))).equals(c.teamId);
      keep &= matches(q.query("sla_policy_id"), a.get("sla_policy_id").asLong());
      keep &= Admin.blank(q.query("assigned_agent_id"))
          || Long.valueOf(Ids.rubyToI(q.query("assigned_agent_id"))).equals(c.assigneeId);
      List<String> labels = q.queryList("label_list");
      keep &= labels.isEmpty() || c.labels.stream().anyMatch(labels::contains);
      if (keep) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean matches(String given, long value) {
    return Admin.blank(given) || Ids.rubyToI(given) == value;
  }

  private static List<ObjectNode> missed(List<ObjectNode> applied) {
    return applied.stream().filter(a -> a.get("sla_status").asText().equals("missed")).toList();
  }

  static Response appliedList(Call call) {
    List<ObjectNode> missed = missed(applied(call));
    int page = Ids.page(call.request().query("page"));
    int from = (int) Math.min((long) (page - 1) * APPLIED_PER_PAGE, missed.size());
    int to = Math.min(from + APPLIED_PER_PAGE, missed.size());
    ObjectNode body = Json.object();
    ArrayNode payload = body.putArray("payload");
    Store.Account account = call.account();
    for (ObjectNode a : missed.subList(from, to)) {
      ObjectNode row = payload.addObject();
      ObjectNode policy = tables(call).slaPolicies.get(a.get("sla_policy_id").asLong());
      ObjectNode sla = row.putObject("applied_sla");
      sla.put("id", a.get("id").asLong());
      sla.put("sla_id", a.get("sla_policy_id").asLong());
      sla.put("sla_status", a.get("sla_status").asText());
      sla.put("created_at", a.get("created_at").asLong());
      sla.put("updated_at", a.get("updated_at").asLong());
      sla.set("sla_description", policy.get("description"));
      sla.set("sla_name", policy.get("name"));
      Store.Conversation c = account.conversations.get(a.get("conversation_id").asLong());
      ObjectNode conv = row.putObject("conversation");
      conv.put("id", c.displayId);
      Store.Contact contact = account.contacts.get(c.contactId);
      ObjectNode contactNode = conv.putObject("contact");
      if (contact != null) {
        contactNode.put("name", contact.name);
      }
      ArrayNode labels = conv.putArray("labels");
      c.labels.forEach(labels::add);
      if (c.assigneeId != null && call.store().users.containsKey(c.assigneeId)) {
        Store.User u = call.store().users.get(c.assigneeId);
        ObjectNode assignee = conv.putObject("assignee");
        assignee.put("id", u.id);
        assignee.put("name", u.name);
      }
      ArrayNode events = row.putArray("sla_events");
      a.withArray("_events").forEach(e -> events.add(e.deepCopy()));
    }
    ObjectNode meta = body.putObject("meta");
    meta.put("count", missed.size());
    meta.put("current_page", page);
    return Response.ok(body);
  }

  static Response appliedMetrics(Call call) {
    List<ObjectNode> all = applied(call);
    int misses = missed(all).size();
    ObjectNode body = Json.object();
    body.put("total_applied_slas", all.size());
    body.put("number_of_sla_misses", misses);
    body.put("hit_rate", misses == 0 ? "100%" : java.math.BigDecimal.valueOf(
        (all.size() - misses) * 100.0 / all.size()).setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString() + "%");
    return Response.ok(body);
  }

  /** download.csv.erb: a header row, a blank line, then a row per missed SLA (indented by the template). */
  static Response appliedDownload(Call call) {
    Store.Account account = call.account();
    StringBuilder csv = new StringBuilder("Conversation ID,SLA Policy Breached,Assignee,Team,Inbox,Labels,"
        + "Conversation Link,Breached Events\n\n");
    for (ObjectNode a : missed(applied(call))) {
      Store.Conversation c = account.conversations.get(a.get("conversation_id").asLong());
      Store.User assignee = c.assigneeId == null ? null : call.store().users.get(c.assigneeId);
      Store.Team team = c.teamId == null ? null : account.teams.get(c.teamId);
      Store.Inbox inbox = account.inboxes.get(c.inboxId);
      List<String> events = new ArrayList<>();
      a.withArray("_events").forEach(e -> events.add(e.get("event_type").asText()));
      csv.append("  ").append(CsvCells.line(List.of(String.valueOf(c.displayId),
          tables(call).slaPolicies.get(a.get("sla_policy_id").asLong()).get("name").asText(),
          assignee == null ? "" : assignee.name, team == null ? "" : team.name, inbox == null ? "" : inbox.name,
          String.join(",", c.labels), "http://localhost/app/accounts/" + account.id + "/conversations/"
              + c.displayId, String.join(", ", events))));
    }
    return Response.text(200, "text/csv", csv.toString());
  }

  // ---- CSAT review notes (enterprise csat_survey_responses_controller.rb#update) ----

  static Response csatReview(Call call) {
    call.requireAdministrator();
    Store.CsatResponse r = call.account().csatResponses.get(call.pathId("id"));
    if (r == null) {
      throw ApiError.notFound();
    }
    r.reviewNotes = Json.text(call.request().body(), "csat_review_notes");
    r.reviewNotesUpdatedAt = Store.now();
    r.reviewNotesUpdatedBy = call.membership().userId;
    r.updatedAt = Store.now();
    return Response.ok(CsatRoutes.view(call, r));
  }

  // ---- custom roles (bare array; records) ----

  private static void roleFields(ObjectNode params, ObjectNode target) {
    Admin.copy(params, target, "name", "description");
    if (params.has("permissions")) {
      ArrayNode perms = Json.array();
      for (JsonNode p : params.withArray("permissions")) {
        if (!PERMISSIONS.contains(p.asText())) {
          throw ApiError.invalid(List.of("Permissions contains invalid values"), List.of("permissions"));
        }
        perms.add(p.asText());
      }
      target.set("permissions", perms);
    }
    if (Admin.blank(Json.text(target, "name"))) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
  }

  static Response roleList(Call call) {
    call.requireAdministrator();
    return Response.ok(Admin.list(tables(call).customRoles.values()));
  }

  static Response roleShow(Call call) {
    call.requireAdministrator();
    return Response.ok(Admin.view(Admin.find(tables(call).customRoles, call.path("id"))));
  }

  static Response roleCreate(Call call) {
    call.requireAdministrator();
    ObjectNode r = Json.object();
    r.put("id", 0);
    r.put("name", "");
    r.putNull("description");
    r.putArray("permissions");
    roleFields(Admin.params(call, "custom_role"), r);
    r.put("id", call.store().nextId("custom_roles"));
    stamp(r);
    tables(call).customRoles.put(r.get("id").asLong(), r);
    return Response.ok(Admin.view(r));
  }

  static Response roleUpdate(Call call) {
    call.requireAdministrator();
    ObjectNode r = Admin.find(tables(call).customRoles, call.path("id"));
    ObjectNode copy = r.deepCopy();
    roleFields(Admin.params(call, "custom_role"), copy);
    copy.put("updated_at", Views.iso(Store.now()));
    r.setAll(copy);
    return Response.ok(Admin.view(r));
  }

  static Response roleDelete(Call call) {
    call.requireAdministrator();
    ObjectNode r = Admin.find(tables(call).customRoles, call.path("id"));
    tables(call).customRoles.remove(r.get("id").asLong());
    return Response.empty(200);
  }

  // ---- agent capacity policies (bare array; records with their inbox limits) ----

  private static ObjectNode capacityPolicy(Store store, Store.Account account, String name) {
    ObjectNode p = Json.object();
    long id = store.nextId("agent_capacity_policies");
    p.put("id", id);
    p.put("name", name);
    p.putNull("description");
    p.putObject("exclusion_rules");
    p.put("created_at", Store.now());
    p.put("updated_at", Store.now());
    p.put("account_id", account.id);
    account.enterpriseTables.capacityPolicies.put(id, p);
    return p;
  }

  private static ObjectNode capacityView(Call call, ObjectNode p) {
    ObjectNode o = Admin.view(p);
    ArrayNode limits = o.putArray("inbox_capacity_limits");
    long id = p.get("id").asLong();
    for (ObjectNode l : tables(call).inboxLimits.values()) {
      if (l.get("agent_capacity_policy_id").asLong() == id) {
        ObjectNode v = limits.addObject();
        v.set("id", l.get("id"));
        v.set("inbox_id", l.get("inbox_id"));
        v.set("conversation_limit", l.get("conversation_limit"));
      }
    }
    return o;
  }

  private static void capacityFields(ObjectNode params, ObjectNode target) {
    Admin.copy(params, target, "name", "description");
    if (params.get("exclusion_rules") instanceof ObjectNode rules) {
      ObjectNode kept = Json.object();
      Admin.copy(rules, kept, "exclude_older_than_hours", "excluded_labels");
      target.set("exclusion_rules", kept);
    }
    if (Admin.blank(Json.text(target, "name"))) {
      throw ApiError.invalid(List.of("Name can't be blank"), List.of("name"));
    }
  }

  static Response capacityList(Call call) {
    call.requireAdministrator();
    ArrayNode a = Json.array();
    tables(call).capacityPolicies.values().forEach(p -> a.add(capacityView(call, p)));
    return Response.ok(a);
  }

  private static ObjectNode policy(Call call, String name) {
    return Admin.find(tables(call).capacityPolicies, call.path(name));
  }

  static Response capacityShow(Call call) {
    call.requireAdministrator();
    return Response.ok(capacityView(call, policy(call, "id")));
  }

  static Response capacityCreate(Call call) {
    call.requireAdministrator();
    ObjectNode params = Admin.params(call, "agent_capacity_policy");
    ObjectNode draft = Json.object();
    draft.put("name", "");
    capacityFields(params, draft);
    ObjectNode p = capacityPolicy(call.store(), call.account(), draft.get("name").asText());
    capacityFields(params, p);
    return Response.ok(capacityView(call, p));
  }

  static Response capacityUpdate(Call call) {
    call.requireAdministrator();
    ObjectNode p = policy(call, "id");
    ObjectNode copy = p.deepCopy();
    capacityFields(Admin.params(call, "agent_capacity_policy"), copy);
    copy.put("updated_at", Store.now());
    p.setAll(copy);
    return Response.ok(capacityView(call, p));
  }

  static Response capacityDelete(Call call) {
    call.requireAdministrator();
    long id = policy(call, "id").get("id").asLong();
    EnterpriseTables t = tables(call);
    t.capacityPolicies.remove(id);
    t.inboxLimits.values().removeIf(l -> l.get("agent_capacity_policy_id").asLong() == id);
    t.capacityOfUser.values().removeIf(v -> v == id);
    return Response.empty(200);
  }

  static Response usersList(Call call) {
    call.requireAdministrator();
    long id = policy(call, "policy").get("id").asLong();
    ArrayNode a = Json.array();
    for (Map.Entry<Long, Long> e : tables(call).capacityOfUser.entrySet()) {
      if (e.getValue() == id && call.account().members.containsKey(e.getKey())) {
        a.add(Admin.agent(call.store(), call.account(), e.getKey()));
      }
    }
    return Response.ok(a);
  }

  /** find_by!(user_id:) among the account's members: 404 for anyone else. */
  private static long member(Call call, JsonNode userId) {
    long id = userId == null || userId.isNull() ? -1 : userId.isNumber() ? userId.asLong()
        : Ids.rubyToI(userId.asText());
    if (!call.account().members.containsKey(id)) {
      throw ApiError.notFound();
    }
    return id;
  }

  static Response usersAdd(Call call) {
    call.requireAdministrator();
    long policyId = policy(call, "policy").get("id").asLong();
    long userId = member(call, call.request().body().get("user_id"));
    tables(call).capacityOfUser.put(userId, policyId);
    return Response.ok(Admin.agent(call.store(), call.account(), userId));
  }

  static Response usersRemove(Call call) {
    call.requireAdministrator();
    policy(call, "policy");
    long userId = member(call, Json.object().put("id", call.path("id")).get("id"));
    tables(call).capacityOfUser.remove(userId);
    return Response.empty(200);
  }

  private static ObjectNode limitView(ObjectNode l) {
    return l.deepCopy();
  }

  private static int conversationLimit(Call call) {
    JsonNode v = call.request().body().get("conversation_limit");
    if (v == null || v.isNull() || !v.canConvertToInt() || v.asInt() < 0) {
      throw ApiError.invalid(List.of("Conversation limit must be greater than or equal to 0"),
          List.of("conversation_limit"));
    }
    return v.asInt();
  }

  static Response limitCreate(Call call) {
    call.requireAdministrator();
    long policyId = policy(call, "policy").get("id").asLong();
    JsonNode inboxId = call.request().body().get("inbox_id");
    long inbox = inboxId == null || inboxId.isNull() ? -1 : inboxId.asLong();
    if (!call.account().inboxes.containsKey(inbox)) {
      throw ApiError.notFound();
    }
    for (ObjectNode l : tables(call).inboxLimits.values()) {
      if (l.get("agent_capacity_policy_id").asLong() == policyId && l.get("inbox_id").asLong() == inbox) {
        throw ApiError.invalid(List.of("Inbox has already been taken"), List.of("inbox_id"));
      }
    }
    ObjectNode l = Json.object();
    l.put("id", call.store().nextId("inbox_capacity_limits"));
    l.put("inbox_id", inbox);
    l.put("agent_capacity_policy_id", policyId);
    l.put("conversation_limit", conversationLimit(call));
    l.put("created_at", Store.now());
    l.put("updated_at", Store.now());
    tables(call).inboxLimits.put(l.get("id").asLong(), l);
    return Response.ok(limitView(l));
  }

  private static ObjectNode limit(Call call) {
    long policyId = policy(call, "policy").get("id").asLong();
    ObjectNode l = Admin.find(tables(call).inboxLimits, call.path("id"));
    if (l.get("agent_capacity_policy_id").asLong() != policyId) {
      throw ApiError.notFound();
    }
    return l;
  }

  static Response limitUpdate(Call call) {
    call.requireAdministrator();
    ObjectNode l = limit(call);
    l.put("conversation_limit", conversationLimit(call));
    l.put("updated_at", Store.now());
    return Response.ok(limitView(l));
  }

  static Response limitDelete(Call call) {
    call.requireAdministrator();
    ObjectNode l = limit(call);
    tables(call).inboxLimits.remove(l.get("id").asLong());
    return Response.empty(204);
  }
}
