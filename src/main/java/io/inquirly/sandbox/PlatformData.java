package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/** Columns of Chatwoot's tables that only the platform API shows; kept beside {@link Store}'s records. */
final class PlatformData {
  /** account id → its {@code limits} column (jsonb). */
  final Map<Long, ObjectNode> accountLimits = new HashMap<>();
  /** "accountId:userId" → the account_users row id. */
  final Map<String, Long> accountUserIds = new HashMap<>();
  /** account_users row → updated_at (epoch seconds), when it changed after creation. */
  final Map<String, Long> accountUserUpdatedAt = new HashMap<>();

  ObjectNode limits(long accountId) {
    return accountLimits.computeIfAbsent(accountId, id -> Json.object());
  }

  long accountUserId(Store store, long accountId, long userId) {
    return accountUserIds.computeIfAbsent(accountId + ":" + userId, k -> store.nextId("account_users"));
  }
}
