package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration records of one account that only the administration routes use. They are kept as the JSON
 * the server renders (plus private fields starting with {@code _}), which is all these routes need.
 */
final class AdminTables {
  final Map<Long, ObjectNode> labels = new LinkedHashMap<>();
  final Map<Long, ObjectNode> cannedResponses = new LinkedHashMap<>();
  final Map<Long, ObjectNode> customAttributes = new LinkedHashMap<>();
  final Map<Long, ObjectNode> customFilters = new LinkedHashMap<>();
  final Map<Long, ObjectNode> automationRules = new LinkedHashMap<>();
  final Map<Long, ObjectNode> webhooks = new LinkedHashMap<>();
  final Map<Long, ObjectNode> hooks = new LinkedHashMap<>();
  final Map<Long, ObjectNode> portals = new LinkedHashMap<>();
  final Map<Long, ObjectNode> categories = new LinkedHashMap<>();
  final Map<Long, ObjectNode> articles = new LinkedHashMap<>();
  /** inbox id → agent bot id. */
  final Map<Long, Long> inboxBots = new LinkedHashMap<>();
  /** inbox id → website channel fields (website_url, widget_color, welcome_title, ...). */
  final Map<Long, ObjectNode> inboxChannels = new LinkedHashMap<>();
  /** inbox id → its WhatsApp Cloud channel (the demo's WhatsApp inbox). */
  final Map<Long, WhatsappRoutes.Channel> whatsapp = new LinkedHashMap<>();
  /** Enterprise companies by id (CompanyRoutes). */
  final Map<Long, ObjectNode> companies = new LinkedHashMap<>();
  /** agent bot id → bot_config. */
  final Map<Long, ObjectNode> botConfigs = new LinkedHashMap<>();
  final List<ObjectNode> auditLogs = new ArrayList<>();
  // ---- issue 19a: contact notes, macros, conversation participants, attachment bytes ----
  final Map<Long, ObjectNode> notes = new LinkedHashMap<>();
  final Map<Long, ObjectNode> macros = new LinkedHashMap<>();
  /** conversation display id → participant user ids. */
  final Map<Long, java.util.Set<Long>> participants = new LinkedHashMap<>();
  /** attachment id → the uploaded bytes. */
  final Map<Long, byte[]> blobs = new java.util.HashMap<>();
}
