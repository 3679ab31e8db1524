package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Enterprise records of one account, kept as the JSON the server renders: SLA policies, the SLAs applied to
 * conversations, custom roles, agent capacity policies (with their inbox limits) and which agent follows which
 * capacity policy.
 */
final class EnterpriseTables {
  final Map<Long, ObjectNode> slaPolicies = new LinkedHashMap<>();
  /** {@code {id, sla_policy_id, conversation_id (display id), sla_status, created_at, _events: [..]}}. */
  final Map<Long, ObjectNode> appliedSlas = new LinkedHashMap<>();
  final Map<Long, ObjectNode> customRoles = new LinkedHashMap<>();
  final Map<Long, ObjectNode> capacityPolicies = new LinkedHashMap<>();
  /** inbox limit id → {@code {id, inbox_id, agent_capacity_policy_id, conversation_limit, ...}}. */
  final Map<Long, ObjectNode> inboxLimits = new LinkedHashMap<>();
  /** user id → capacity policy id (account_users.agent_capacity_policy_id). */
  final Map<Long, Long> capacityOfUser = new LinkedHashMap<>();
}
