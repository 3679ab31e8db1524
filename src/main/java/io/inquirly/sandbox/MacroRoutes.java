package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Macros (chatwoot-4.10 {@code macros_controller.rb}, {@code app/models/macro.rb}, {@code macro_policy.rb},
 * {@code app/views/api/v1/accounts/macros/}): {@code {"payload": ...}} envelopes; global macros and the caller's
 * personal ones; an agent's macros are always personal. {@code execute} runs the actions on the conversations
 * (MacrosExecutionJob) and answers {@code head :ok}.
 */
final class MacroRoutes {
  private static final String BASE = Admin.A + "/macros";
  static final Set<String> ACTIONS = Set.of("send_message", "add_label", "assign_team", "assign_agent",
      "mute_conversation", "change_status", "remove_label", "remove_assigned_team", "resolve_conversation",
      "snooze_conversation", "change_priority", "send_email_transcript", "send_attachment", "add_private_note",
      "send_webhook_event");

  private MacroRoutes() {}

  static void register(Router r) {
    r.app("GET", BASE, MacroRoutes::list);
    r.app("POST", BASE, MacroRoutes::create);
    r.app("GET", BASE + "/{id}", MacroRoutes::show);
    r.app("PATCH", BASE + "/{id}", MacroRoutes::update);
    r.app("PUT", BASE + "/{id}", MacroRoutes::update);
    r.app("DELETE", BASE + "/{id}", MacroRoutes::delete);
    r.app("POST", BASE + "/{id}/execute", MacroRoutes::execute);
  }

  private static long me(Call call) {
    return call.principal().user().id;
  }

  private static boolean global(ObjectNode m) {
    return "global".equals(m.path("visibility").asText());
  }

  private static boolean author(Call call, ObjectNode m) {
    return m.path("_created_by").asLong(-1) == me(call);
  }

  /** Macro.with_visibility: global ones and the caller's personal ones, by id. */
  static Response list(Call call) {
    ArrayNode a = Json.array();
    for (ObjectNode m : call.account().admin.macros.values()) {
      if (global(m) || author(call, m)) {
        a.add(view(call, m));
      }
    }
    return Response.ok(Admin.payload(a));
  }

  static Response show(Call call) {
    ObjectNode m = find(call);
    if (!global(m) && !author(call, m)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    return Response.ok(Admin.payload(view(call, m)));
  }

  static Response create(Call call) {
    ObjectNode p = call.request().body();
    ObjectNode m = Json.object();
    m.put("id", call.store().nextId("macros"));
    m.put("_created_by", me(call));
    assign(call, m, p, true);
    if (Admin.blank(m.path("name").asText(null))) {
      // macros.name is NOT NULL: the insert fails (the server answers 500 there; 422 here keeps it readable)
      throw ApiError.unprocessable("Name can't be blank");
    }
    call.account().admin.macros.put(m.get("id").asLong(), m);
    return Response.ok(Admin.payload(view(call, m)));
  }

  /** MacroPolicy#update?: the author, or an administrator for a global macro. */
  static Response update(Call call) {
    ObjectNode m = find(call);
    if (!author(call, m) && !(call.isAdministrator() && global(m))) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    ObjectNode copy = m.deepCopy();
    assign(call, copy, call.request().body(), false);
    m.setAll(copy);
    return Response.ok(Admin.payload(view(call, m)));
  }

  /** MacroPolicy#destroy?: the author, or an administrator for a global macro nobody created. */
  static Response delete(Call call) {
    ObjectNode m = find(call);
    boolean orphan = !m.has("_created_by") && global(m) && call.isAdministrator();
    if (!author(call, m) && !orphan) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    call.account().admin.macros.remove(m.get("id").asLong());
    return Response.empty(200);
  }

  /** MacroPolicy#execute?; the job applies the actions to each conversation that exists. */
  static Response execute(Call call) {
    ObjectNode m = find(call);
    if (!global(m) && !author(call, m)) {
      throw ApiError.unauthorized(ApiError.NOT_ALLOWED);
    }
    for (JsonNode id : call.request().body().path("conversation_ids")) {
      long displayId = id.isNumber() ? id.asLong() : Ids.rubyToI(id.asText());
      Store.Conversation c = call.account().conversations.get(displayId);
      if (c != null) {
        m.path("actions").forEach(a -> apply(c, a));
      }
    }
    return Response.empty(200);
  }

  /** The actions whose effect the sandbox can show; messages, e-mails and webhooks are not sent. */
  private static void apply(Store.Conversation c, JsonNode action) {
    JsonNode params = action.path("action_params");
    String first = params.path(0).isMissingNode() ? null : params.path(0).asText();
    switch (action.path("action_name").asText()) {
      case "add_label" -> params.forEach(l -> {
        if (!c.labels.contains(l.asText())) {
          c.labels.add(l.asText());
        }
      });
      case "remove_label" -> params.forEach(l -> c.labels.remove(l.asText()));
      case "change_status" -> c.status = first == null ? c.status : first;
      case "resolve_conversation" -> c.status = "resolved";
      case "snooze_conversation" -> c.status = "snoozed";
      case "change_priority" -> c.priority = first == null || first.equals("nil") ? null : first;
      case "mute_conversation" -> c.muted = true;
      case "assign_agent" -> c.assigneeId = first == null || first.equals("nil") ? null : Ids.rubyToI(first);
      case "assign_team" -> c.teamId = first == null || first.equals("nil") ? null : Ids.rubyToI(first);
      case "remove_assigned_team" -> c.teamId = null;
      default -> { }
    }
  }

  private static ObjectNode find(Call call) {
    return Admin.find(call.account().admin.macros, call.path("id"));
  }

  /**
   * permitted params: name, visibility, actions [{action_name, action_params[]}]; an agent's macro is personal
   * (Macro#set_visibility, which runs on update too); unknown actions fail validation with 422
   * {@code {"error":{"actions":["Macro execution actions x not supported."]}}}.
   */
  private static void assign(Call call, ObjectNode m, ObjectNode p, boolean create) {
    if (p.has("name")) {
      m.set("name", p.get("name"));
    }
    String visibility = p.path("visibility").asText(null);
    if (!call.isAdministrator()) {
      visibility = "personal";
    }
    if (visibility != null && !visibility.equals("personal") && !visibility.equals("global")) {
      throw ApiError.unprocessable("'" + visibility + "' is not a valid visibility");
    }
    if (visibility != null || create) {
      m.put("visibility", visibility == null ? "personal" : visibility);
    }
    if (p.has("actions")) {
      ArrayNode actions = Json.array();
      List<String> unknown = new ArrayList<>();
      for (JsonNode a : p.get("actions")) {
        ObjectNode kept = actions.addObject();
        kept.set("action_name", a.path("action_name"));
        if (a.has("action_params")) {
          kept.set("action_params", a.get("action_params"));
        }
        if (!ACTIONS.contains(a.path("action_name").asText())) {
          unknown.add(a.path("action_name").asText());
        }
      }
      if (!unknown.isEmpty()) {
        ObjectNode error = Json.object();
        error.putObject("error").putArray("actions")
            .add("Macro execution actions " + String.join(",", unknown) + " not supported.");
        throw ApiError.json(422, error);
      }
      m.set("actions", actions);
    } else if (create) {
      m.putArray("actions");
    }
    m.put("_updated_by", me(call));
  }

  /** {@code api/v1/models/_macro}. */
  private static ObjectNode view(Call call, ObjectNode m) {
    ObjectNode o = Json.object();
    o.set("id", m.get("id"));
    o.set("name", m.get("name"));
    o.set("visibility", m.get("visibility"));
    for (String who : new String[] {"created_by", "updated_by"}) {
      long id = m.path("_" + who).asLong(-1);
      if (call.account().members.containsKey(id)) {
        o.set(who, Admin.agent(call.store(), call.account(), id));
      }
    }
    o.put("account_id", call.account().id);
    o.set("actions", m.get("actions"));
    return o;
  }
}
