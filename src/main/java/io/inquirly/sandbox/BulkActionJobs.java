package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The background jobs {@code bulk_actions} queues (BulkActionsJob for conversations, Contacts::BulkActionJob with
 * app/services/contacts/bulk_action_service.rb for contacts): the request is answered first and the job runs a
 * moment later. "A moment" is counted in requests, not time, so tests are deterministic: by default the job runs
 * just before the next request is handled (that request sees the change). {@link Settings} can delay it further,
 * make it leave some ids unchanged (as a job whose record update fails validation does, silently), or make the
 * endpoint absent (404, an older server).
 */
final class BulkActionJobs {
  /**
   * @param afterRequests how many later requests pass before a queued job runs (1: before the next one)
   * @param unchanged ids the job leaves as they are
   * @param refused answer 404, as a server without bulk actions
   */
  record Settings(int afterRequests, Set<Long> unchanged, boolean refused) {
    static final Settings DEFAULT = new Settings(1, Set.of(), false);
  }

  record Job(long accountId, boolean contacts, List<Long> ids, ObjectNode params) {}

  private static final class Pending {
    final Job job;
    int wait;

    Pending(Job job, int wait) {
      this.job = job;
      this.wait = wait;
    }
  }

  /** Per store (one per sandbox); the store's lock guards every use. */
  private static final Map<Store, BulkActionJobs> ALL = new WeakHashMap<>();

  private final List<Pending> pending = new ArrayList<>();
  private Settings settings = Settings.DEFAULT;

  static BulkActionJobs of(Store store) {
    synchronized (ALL) {
      return ALL.computeIfAbsent(store, s -> new BulkActionJobs());
    }
  }

  Settings settings() {
    return settings;
  }

  void settings(Settings s) {
    settings = s;
  }

  void queue(Job job) {
    pending.add(new Pending(job, Math.max(1, settings.afterRequests())));
  }

  /** Called with the store locked before each request is handled: runs the jobs whose moment has come. */
  void beforeRequest(Store store) {
    if (pending.isEmpty()) {
      return;
    }
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (--p.wait <= 0) {
        it.remove();
        Store.Account account = store.accounts.get(p.job.accountId());
        if (account != null) {
          run(store, account, p.job);
        }
      }
    }
  }

  private void run(Store store, Store.Account account, Job job) {
    List<String> add = strings(job.params().path("labels").path("add"));
    if (job.contacts()) {
      for (Long id : job.ids()) {
        Store.Contact c = account.contacts.get(id);
        if (c == null || settings.unchanged().contains(id)) {
          continue;
        }
        if ("delete".equals(Json.text(job.params(), "action_name"))) {
          account.removeContact(c);
          account.conversations.values().removeIf(conv -> conv.contactId == c.id);
        } else {
          add.stream().filter(l -> !c.labels.contains(l)).forEach(c.labels::add);
        }
      }
      return;
    }
    List<String> remove = strings(job.params().path("labels").path("remove"));
    JsonNode fields = job.params().path("fields");
    long now = Store.now();
    for (Long displayId : job.ids()) {
      Store.Conversation c = account.conversations.get(displayId);
      if (c == null || settings.unchanged().contains(displayId)) {
        continue;
      }
      c.labels.removeAll(remove);
      add.stream().filter(l -> !c.labels.contains(l)).forEach(c.labels::add);
      if (fields.hasNonNull("status")) {
        ConversationRoutes.setStatus(store, account, c, fields.get("status").asText(), now);
      }
      if (job.params().hasNonNull("snoozed_until")) {
        c.snoozedUntil = job.params().get("snoozed_until").asLong();
      }
      if (fields.has("assignee_id")) {
        JsonNode a = fields.get("assignee_id");
        c.assigneeId = a.isNull() || !account.members.containsKey(a.asLong()) ? null : a.asLong();
      }
      if (fields.has("team_id")) {
        JsonNode t = fields.get("team_id");
        c.teamId = t.isNull() || !account.teams.containsKey(t.asLong()) ? null : t.asLong();
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> {
      if (!n.asText().isBlank()) {
        out.add(n.asText().strip());
      }
    });
    return out;
  }
}
