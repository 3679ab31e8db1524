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

  /**
   * A group's name and summary are known without building its operations.
   *
   * @param implied the verb a word that is none of the group's commands stands before ({@code search grace} runs
   *     {@code search all grace}), or null
   */
  public record Entry(String name, String summary, String implied) {
    /** The group's operations (built on each call; callers keep the result). */
    public Supplier<Group> build() {
      return () -> Catalogue.build(name);
    }
  }

  private static void add(String name, String summary) {
    GROUPS.put(name, new Entry(name, summary, null));
  }

  private static void add(String name, String summary, String implied) {
    GROUPS.put(name, new Entry(name, summary, implied));
  }

  static {
    add("account", "Show or change the account's settings");
    add("accounts", "List the accounts your token can reach");
    add("agent-bots", "Create, list, update and delete the account's agent bots");
    add("agents", "List, add, update and remove agents");
    add("assignment-policies", "Create, list, update and delete assignment policies, and see their inboxes");
    add("audit-logs", "List the account's audit log (Enterprise servers)");
    add("automation-rules", "Create, list, update and delete automation rules");
    add("campaigns", "Create, list, update and delete website and SMS campaigns");
    add("canned-responses", "Create, list, update and delete canned responses");
    add("capacity-policies", "Agent capacity policies, their agents and inbox limits (Enterprise servers)");
    add("companies", "Companies contacts belong to: list, search, create, update, delete (Enterprise servers)");
    add("contacts", "Create, find, update, label, merge and delete contacts");
    add("conversations", "List, create, assign, label and resolve conversations");
    add("custom-attributes", "Define typed custom attributes for contacts and conversations");
    add("custom-filters", "Save, list, update and delete your filters");
    add("custom-roles", "Create, list, update and delete custom roles (Enterprise servers)");
    add("dashboard-apps", "Add, list, change and remove dashboard apps (pages beside conversations)");
    add("help-center", "Portals, categories and articles of the help center");
    add("inboxes", "Create, show and update inboxes, their agents and agent bot");
    add("integrations", "List integration apps; connect, change and disconnect hooks");
    add("labels", "Create, list, update and delete labels");
    add("macros", "Create, list, update, delete and run macros on conversations");
    add("messages", "List, send and delete the messages of a conversation");
    add("notifications", "Your notifications: list, read, snooze, delete; and their e-mail/push settings");
    add("platform", "Platform API: provision accounts, users, memberships and agent bots (platform token)");
    add("profile", "Show or update your own profile");
    add("public", "Public client API: act as a website visitor through an API inbox (no token)");
    add("reports", "Conversation reports: time series (with charts), summaries, per agent/inbox/team");
    add("search", "Search conversations, contacts, messages and articles (search QUERY: all four at once)", "all");
    add("sla", "SLA policies, and the conversations that missed them (Enterprise servers)");
    add("teams", "Create, list, update and delete teams and their members");
    add("webhooks", "Create, list, update and delete webhooks");
  }

  /**
   * Builds one group. A switch rather than a map of method references: references would load every group's
   * class (and spin a lambda for each) at start-up, for a run that needs one group.
   */
  private static Group build(String name) {
    return switch (name) {
      case "account" -> AccountApi.account();
      case "accounts" -> ProfileApi.accounts();
      case "agent-bots" -> AgentBotsApi.group();
      case "agents" -> AgentsApi.group();
      case "audit-logs" -> AccountApi.auditLogs();
      case "automation-rules" -> AutomationRulesApi.group();
      case "canned-responses" -> CannedResponsesApi.group();
      case "companies" -> CompaniesApi.group();
      case "contacts" -> ContactsApi.group();
      case "conversations" -> ConversationsApi.group();
      case "custom-attributes" -> CustomAttributesApi.group();
      case "custom-filters" -> CustomFiltersApi.group();
      case "custom-roles" -> EnterpriseApi.customRoles();
      case "capacity-policies" -> EnterpriseApi.capacityPolicies();
      case "help-center" -> HelpCenterApi.group();
      case "inboxes" -> InboxesApi.group();
      case "integrations" -> IntegrationsApi.group();
      case "labels" -> LabelsApi.group();
      case "macros" -> MacrosApi.group();
      case "messages" -> MessagesApi.group();
      case "platform" -> PlatformApi.group();
      case "profile" -> ProfileApi.profile();
      case "public" -> PublicApi.group();
      case "reports" -> ReportsApi.group();
      case "search" -> SearchApi.group();
      case "sla" -> EnterpriseApi.sla();
      case "teams" -> TeamsApi.group();
      case "webhooks" -> WebhooksApi.group();
      case "campaigns" -> CampaignsApi.group();
      case "dashboard-apps" -> DashboardAppsApi.group();
      case "notifications" -> NotificationsApi.group();
      case "assignment-policies" -> AssignmentPoliciesApi.group();
      default -> throw new IllegalArgumentException("no group " + name);
    };
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
