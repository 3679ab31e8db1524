package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.LIST;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.InboxesApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inboxes (API and website channels) by name, with their members (agent e-mails) and agent bot (by name).
 * Members are replaced as a whole; the channel cannot change after creation. The API has no inbox delete in
 * the spec, so --prune leaves inboxes alone.
 */
final class InboxKind extends Kind {
  static final String[] SETTINGS = {"greeting_enabled", "greeting_message", "enable_email_collect",
      "csat_survey_enabled", "enable_auto_assignment", "working_hours_enabled", "out_of_office_message", "timezone",
      "allow_messages_after_resolved", "lock_to_single_conversation", "sender_name_type", "business_name"};
  static final Set<String> CHANNEL = Set.of("webhook_url", "website_url", "widget_color", "welcome_title",
      "welcome_tagline");

  InboxKind() {
    super("Inbox");
    keyedBy("name").requires("channel").immutable("channel").sets("members").caseless("widget_color");
    field("name", STRING).field("channel", STRING);
    for (String s : SETTINGS) {
      field(s, s.endsWith("_enabled") || s.startsWith("enable_") || s.startsWith("allow_") || s.startsWith("lock_")
          ? BOOLEAN : STRING);
    }
    for (String c : List.of("webhook_url", "website_url", "widget_color", "welcome_title", "welcome_tagline")) {
      field(c, STRING);
    }
    field("members", LIST).field("agent_bot", STRING);
    oneOf("sender_name_type", io.inquirly.api.InboxesApi.SENDER_NAME_TYPES);
    // every channel an exported inbox may have (chatwoot-4.10/app/models/channel/): apply updates such an inbox's
    // settings, members and bot, and creates only API and website inboxes (cannotCreate)
    oneOf("channel", List.of("api", "website", "email", "facebook_page", "instagram", "line", "sms", "telegram",
        "tiktok", "twilio_sms", "twitter_profile", "whatsapp"));
  }

  /** The file's name of a channel type: api, website, or the type's own name (Channel::TwilioSms → twilio_sms). */
  static String channelName(String type) {
    return switch (type) {
      case "Channel::Api" -> "api";
      case "Channel::WebWidget" -> "website";
      default -> type.replaceFirst("^Channel::", "").replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    };
  }

  @Override
  public String cannotCreate(Resource r) {
    String channel = r.get("channel").asText();
    return channel.equals("api") || channel.equals("website") ? null
        : "apply creates only api and website inboxes: set up " + channel + " inboxes in the web app, then apply"
            + " updates their settings, members and agent bot";
  }

  @Override
  public boolean deletable() {
    return false;
  }

  @Override
  public List<String> needs() {
    return List.of("Agent", "AgentBot");
  }

  @Override
  public void validate(Resource r) {
    // the channel is one of oneOf("channel", ...), checked before this
    if (r.get("channel").asText().equals("website") && !r.has("website_url")) {
      throw new BadFile(r.at(), "website Inbox " + r.key() + " needs website_url");
    }
  }

  @Override
  public List<Ref> refs(Resource r) {
    List<Ref> out = new ArrayList<>();
    r.get("members").forEach(m -> out.add(new Ref("members", "Agent", m.asText())));
    if (r.has("agent_bot") && !r.get("agent_bot").isNull()) {
      out.add(new Ref("agent_bot", "AgentBot", r.get("agent_bot").asText()));
    }
    return out;
  }

  @Override
  public List<Current> read(Ctx ctx) {
    Map<Long, String> emails = new java.util.HashMap<>();
    ctx.users.forEach((email, id) -> emails.put(id, email));
    List<Current> out = new ArrayList<>();
    for (JsonNode i : ctx.api.list(InboxesApi.LIST, Map.of())) {
      ObjectNode s = SimpleKind.NODES.objectNode();
      s.set("name", i.path("name"));
      String type = i.path("channel_type").asText();
      s.put("channel", channelName(type));
      for (String f : SETTINGS) {
        s.set(f, i.path(f));
      }
      for (String f : List.of("webhook_url", "website_url", "widget_color", "welcome_title", "welcome_tagline")) {
        if (i.has(f) && !i.get(f).isNull()) {
          s.set(f, i.get(f));
        }
      }
      String id = i.path("id").asText();
      ArrayNode members = s.putArray("members");
      for (JsonNode m : ctx.api.list(InboxesApi.MEMBERS_LIST, Map.of("inbox_id", id))) {
        members.add(m.path("email").asText());
      }
      JsonNode bot = ctx.api.record(InboxesApi.AGENT_BOT_SHOW,
          ctx.api.send(InboxesApi.AGENT_BOT_SHOW, Map.of("id", id), null));
      if (bot.isObject() && bot.has("name")) {
        s.set("agent_bot", bot.get("name"));
      } else {
        s.putNull("agent_bot");
      }
      out.add(new Current(key(s), id, s));
    }
    return out;
  }

  private static ObjectNode body(Resource r, List<String> fields, boolean create) {
    ObjectNode body = SimpleKind.NODES.objectNode();
    ObjectNode channel = SimpleKind.NODES.objectNode();
    if (create) {
      channel.put("type", r.get("channel").asText().equals("website") ? "web_widget" : "api");
    }
    for (String f : fields) {
      if (!r.has(f) || f.equals("channel") || f.equals("members") || f.equals("agent_bot")) {
        continue;
      }
      if (CHANNEL.contains(f)) {
        channel.set(f, r.get(f));
      } else {
        body.set(f, r.get(f));
      }
    }
    if (!channel.isEmpty()) {
      body.set("channel", channel);
    }
    return body;
  }

  @Override
  public String create(Ctx ctx, Resource r) {
    JsonNode answer = ctx.api.send(InboxesApi.CREATE, Map.of(), body(r, new ArrayList<>(fields().keySet()), true));
    String id = ctx.api.record(InboxesApi.CREATE, answer).path("id").asText();
    if (r.has("members") && !r.get("members").isEmpty()) {
      ObjectNode m = SimpleKind.NODES.objectNode();
      m.put("inbox_id", Long.parseLong(id));
      m.set("user_ids", userIds(ctx, r.get("members")));
      ctx.api.send(InboxesApi.MEMBERS_ADD, Map.of(), m);
    }
    if (r.has("agent_bot") && !r.get("agent_bot").isNull()) {
      setBot(ctx, id, r.get("agent_bot"));
    }
    return id;
  }

  static ArrayNode userIds(Ctx ctx, JsonNode emails) {
    ArrayNode ids = SimpleKind.NODES.arrayNode();
    emails.forEach(e -> ids.add(ctx.user(e.asText())));
    return ids;
  }

  private static void setBot(Ctx ctx, String inboxId, JsonNode name) {
    ObjectNode b = SimpleKind.NODES.objectNode();
    if (name == null || name.isNull()) {
      b.set("agent_bot", NullNode.getInstance());
    } else {
      b.put("agent_bot", ctx.bot(name.asText()));
    }
    ctx.api.send(InboxesApi.AGENT_BOT_SET, Map.of("id", inboxId), b);
  }

  @Override
  public void update(Ctx ctx, Resource r, Current current, List<String> changed) {
    ObjectNode body = body(r, changed, false);
    if (!body.isEmpty()) {
      ctx.api.send(InboxesApi.UPDATE, Map.of("id", current.id()), body);
    }
    if (changed.contains("members")) {
      ObjectNode m = SimpleKind.NODES.objectNode();
      m.put("inbox_id", current.id());
      if (r.get("members").isEmpty()) {
        m.set("user_ids", userIds(ctx, current.state().get("members")));
        ctx.api.send(InboxesApi.MEMBERS_REMOVE, Map.of(), m);
      } else {
        m.set("user_ids", userIds(ctx, r.get("members")));
        ctx.api.send(InboxesApi.MEMBERS_UPDATE, Map.of(), m);
      }
    }
    if (changed.contains("agent_bot")) {
      setBot(ctx, current.id(), r.get("agent_bot"));
    }
  }
}
