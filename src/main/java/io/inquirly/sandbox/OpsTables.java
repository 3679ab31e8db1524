package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One account's campaigns, dashboard apps, assignment policies and notifications, kept as the JSON the server
 * renders plus private fields starting with {@code _} (see {@link Admin#view}).
 */
final class OpsTables {
  /** by display id (the id the campaign routes take). */
  final Map<Long, ObjectNode> campaigns = new LinkedHashMap<>();
  long lastCampaignDisplayId;
  final Map<Long, ObjectNode> dashboardApps = new LinkedHashMap<>();
  final Map<Long, ObjectNode> assignmentPolicies = new LinkedHashMap<>();
  /** inbox id → assignment policy id (an inbox has at most one, InboxAssignmentPolicy). */
  final Map<Long, Long> inboxPolicies = new LinkedHashMap<>();
  /** notifications of every member, each with its {@code _user_id}. */
  final Map<Long, ObjectNode> notifications = new LinkedHashMap<>();
  /** user id → notification settings (selected flags). */
  final Map<Long, ObjectNode> notificationSettings = new LinkedHashMap<>();
}
