package io.inquirly.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every API group, by command name. Groups are built on demand: starting the CLI for one command
 * builds one group, not the whole tree.
 */
public final class Catalogue {
  private static final Map<String, Entry> GROUPS = new LinkedHashMap<>();

  /** A group's name and summary are known without building its operations. */
  public record Entry(String name, String summary, Supplier<Group> build) {}

  private static void add(String name, String summary, Supplier<Group> build) {
    GROUPS.put(name, new Entry(name, summary, build));
  }

  static {
    add("account", "Show or change the account's settings", AccountApi::account);
    add("accounts", "List the accounts your token can reach", ProfileApi::accounts);
    add("agent-bots", "Create, list, update and delete the account's agent bots", AgentBotsApi::group);
    add("agents", "List, add, update and remove agents", AgentsApi::group);
    add("audit-logs", "List the account's audit log (Enterprise servers)", AccountApi::auditLogs);
    add("automation-rules", "Create, list, update and delete automation rules", AutomationRulesApi::group);
    add("canned-responses", "Create, list, update and delete canned responses", CannedResponsesApi::group);
    add("contacts", "Create, find, update, label, merge and delete contacts", ContactsApi::group);
    add("conversations", "List, create, assign, label and resolve conversations", ConversationsApi::group);
    add("custom-attributes", "Define typed custom attributes for contacts and conversations", CustomAttributesApi::group);
    add("custom-filters", "Save, list, update and delete your filters", CustomFiltersApi::group);
    add("help-center", "Portals, categories and articles of the help center", HelpCenterApi::group);
    add("inboxes", "Create, show and update inboxes, their agents and agent bot", InboxesApi::group);
    add("integrations", "List integration apps; connect, change and disconnect hooks", IntegrationsApi::group);
    add("labels", "Create, list, update and delete labels", LabelsApi::group);
    add("messages", "List, send and delete the messages of a conversation", MessagesApi::group);
    add("platform", "Platform API: provision accounts, users, memberships and agent bots (platform token)",
        PlatformApi::group);
    add("profile", "Show or update your own profile", ProfileApi::profile);
    add("public", "Public client API: act as a website visitor through an API inbox (no token)", PublicApi::group);
    add("reports", "Conversation reports: time series (with charts), summaries, per agent/inbox/team", ReportsApi::group);
    add("teams", "Create, list, update and delete teams and their members", TeamsApi::group);
    add("webhooks", "Create, list, update and delete webhooks", WebhooksApi::group);
  }

  private Catalogue() {}

  public static List<Entry> entries() {
    return List.copyOf(GROUPS.values());
  }

  public static Entry entry(String name) {
    return GROUPS.get(name);
  }

  /** Every operation of every group (builds them all). */
  public static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    for (Entry e : GROUPS.values()) {
      all.addAll(e.build().get().operations());
    }
    return all;
  }
}
