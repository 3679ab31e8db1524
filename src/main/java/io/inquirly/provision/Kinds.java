package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.ANY;
import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.LIST;
import static io.inquirly.provision.Kind.Type.OBJECT;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.AgentBotsApi;
import io.inquirly.api.AutomationRulesApi;
import io.inquirly.api.CannedResponsesApi;
import io.inquirly.api.HelpCenterApi;
import io.inquirly.api.LabelsApi;
import io.inquirly.api.WebhooksApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every kind, in dependency order: a kind only refers to kinds before it. */
public final class Kinds {
  private Kinds() {}

  /** Creates and updates run in this order, deletes in the reverse. */
  public static final List<Kind> ALL = List.of(
      new AccountKind(),
      new UserKind(),
      agentBot(),
      new AgentKind(),
      label(),
      new CustomAttributeKind(),
      new InboxKind(),
      new TeamKind(),
      cannedResponse(),
      webhook(),
      automationRule(),
      new MacroKind(),
      portal(),
      new CategoryKind(),
      new WorkingHoursKind(),
      new AssignmentPolicyKind(),
      new CampaignKind(),
      new DashboardAppKind(),
      new SlaPolicyKind(),
      new CustomRoleKind());

  /** The kind a file names (case-insensitive, aliases allowed), or null. */
  public static Kind find(String name) {
    for (Kind k : ALL) {
      if (k.name().equalsIgnoreCase(name) || k.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
        return k;
      }
    }
    return null;
  }

  public static int order(Kind k) {
    return ALL.indexOf(k);
  }

  public static List<String> names() {
    List<String> out = new ArrayList<>();
    ALL.forEach(k -> out.add(k.name()));
    return out;
  }

  static Kind label() {
    return new SimpleKind("Label", LabelsApi.CRUD, "title", "id").caseless("title", "color")
        .field("title", STRING).field("description", STRING).field("color", STRING).field("show_on_sidebar", BOOLEAN);
  }

  static Kind cannedResponse() {
    return new SimpleKind("CannedResponse", CannedResponsesApi.CRUD, "short_code", "id")
        .field("short_code", STRING).field("content", STRING);
  }

  static Kind webhook() {
    // a typo (mesage_created) passed --dry-run and diff, then failed at apply with a 422: caught when read
    return new SimpleKind("Webhook", WebhooksApi.CRUD, "url", "webhook_id").sets("subscriptions")
        .field("url", STRING).field("name", STRING).field("subscriptions", LIST)
        .oneOf("subscriptions", WebhooksApi.EVENTS);
  }

  static Kind agentBot() {
    return new SimpleKind("AgentBot", AgentBotsApi.CRUD, "name", "id") {
      @Override
      protected boolean include(JsonNode record, Ctx ctx) {
        ctx.bots.put(record.path("name").asText(), record.path("id").asLong());
        return !record.path("system_bot").asBoolean(false) && !record.path("account_id").isNull();
      }

      @Override
      public String create(Ctx ctx, Resource r) {
        String id = super.create(ctx, r);
        ctx.bots.put(r.get("name").asText(), Long.parseLong(id));
        return id;
      }
    }.field("name", STRING).field("description", STRING).field("outgoing_url", STRING).field("bot_config", OBJECT);
  }

  static Kind automationRule() {
    return new SimpleKind("AutomationRule", AutomationRulesApi.CRUD, "name", "id") {
      /** add_label and remove_label actions, and conditions on labels, name labels by title. */
      @Override
      public List<Ref> keeps(Resource r) {
        List<Ref> out = new ArrayList<>();
        for (JsonNode a : r.get("actions")) {
          String action = a.path("action_name").asText();
          if (action.equals("add_label") || action.equals("remove_label")) {
            a.path("action_params").forEach(p -> {
              if (p.isTextual()) {
                out.add(new Ref("actions", "Label", p.asText()));
              }
            });
          }
        }
        for (JsonNode c : r.get("conditions")) {
          if (c.path("attribute_key").asText().equals("labels")) {
            c.path("values").forEach(v -> {
              if (v.isTextual()) {
                out.add(new Ref("conditions", "Label", v.asText()));
              }
            });
          }
        }
        return out;
      }
    }
        .field("name", STRING).field("description", STRING).field("event_name", STRING).field("active", BOOLEAN)
        .field("conditions", ANY).field("actions", ANY)
        .oneOf("event_name", java.util.List.of(io.inquirly.api.AutomationRulesApi.EVENTS));
  }

  static Kind portal() {
    return new SimpleKind("Portal", HelpCenterApi.PORTALS, "slug", "id") {
      @Override
      protected String id(JsonNode record) {
        return record.path("slug").asText();
      }
    }.noDelete()
        .field("slug", STRING).field("name", STRING).field("color", STRING).field("custom_domain", STRING)
        .field("header_text", STRING).field("homepage_link", STRING).field("page_title", STRING)
        .field("archived", BOOLEAN).field("config", OBJECT);
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
