package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole in-memory database of one sandbox. Global tables (users, accounts, bots, platform apps, tokens)
 * live here, per-account tables in {@link Account}. Ids come from global sequences like database ids;
 * conversation display ids come from a per-account sequence.
 *
 * <p>Not thread-safe by itself: the dispatcher runs every handler while holding {@link #lock()}.
 */
final class Store {
  enum Role {
    AGENT,
    ADMINISTRATOR;

    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final char[] TOKEN_ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

  private final Object lock = new Object();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Long> sequences = new HashMap<>();

  final Map<Long, Account> accounts = new LinkedHashMap<>();
  final Map<Long, User> users = new LinkedHashMap<>();
  final Map<Long, AgentBot> bots = new LinkedHashMap<>();
  final Map<Long, PlatformApp> platformApps = new LinkedHashMap<>();
  /** access token → its owner (User, AgentBot or PlatformApp). */
  final Map<String, Object> tokens = new HashMap<>();
  /** Columns only the platform API shows (account limits, account_user ids). */
  final PlatformData platformData = new PlatformData();

  /** Admin groups (branch admin): serve Enterprise-only routes such as audit_logs (demo sandboxes do). */
  boolean enterprise;

  Object lock() {
    return lock;
  }

  long nextId(String table) {
    return sequences.merge(table, 1L, Long::sum);
  }

  /** 24 random characters of Rails' has_secure_token alphabet (base58). */
  String newToken() {
    char[] out = new char[24];
    for (int i = 0; i < out.length; i++) {
      out[i] = TOKEN_ALPHABET[random.nextInt(TOKEN_ALPHABET.length)];
    }
    return new String(out);
  }

  String newUuid() {
    return java.util.UUID.randomUUID().toString();
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  // ---- factories (they register ids and tokens) ----

  Account createAccount(String name) {
    Account a = new Account(nextId("accounts"), name, now());
    accounts.put(a.id, a);
    return a;
  }

  User createUser(String name, String email) {
    User u = new User(nextId("users"), name, email.toLowerCase(Locale.ROOT), newToken(), newToken(), now());
    users.put(u.id, u);
    tokens.put(u.accessToken, u);
    return u;
  }

  AccountUser addMember(Account account, User user, Role role) {
    AccountUser au = new AccountUser(account.id, user.id, role, now());
    account.members.put(user.id, au);
    return au;
  }

  Inbox createApiInbox(Account account, String name) {
    Inbox inbox = new Inbox(nextId("inboxes"), account.id, nextId("channel_api"), name, "Channel::Api", now());
    inbox.identifier = newToken();
    inbox.hmacToken = newToken();
    inbox.secret = newToken();
    account.inboxes.put(inbox.id, inbox);
    return inbox;
  }

  AgentBot createBot(Long accountId, String name) {
    AgentBot bot = new AgentBot(nextId("agent_bots"), accountId, name, newToken(), now());
    bots.put(bot.id, bot);
    tokens.put(bot.accessToken, bot);
    return bot;
  }

  PlatformApp createPlatformApp(String name) {
    PlatformApp app = new PlatformApp(nextId("platform_apps"), name, newToken());
    platformApps.put(app.id, app);
    tokens.put(app.accessToken, app);
    return app;
  }

  /** The contact whose id is given, in this account only; 404 otherwise. */
  Contact contact(Account account, long id) {
    Contact c = account.contacts.get(id);
    if (c == null) {
      throw ApiError.notFound();
    }
    return c;
  }

  /** The conversation with this display id in the account; 404 otherwise. */
  Conversation conversation(Account account, long displayId) {
    Conversation c = account.conversations.get(displayId);
    if (c == null) {
      throw ApiError.notFound();
    }
    return c;
  }

  Team createTeam(Account account, String name) {
    Team t = new Team(nextId("teams"), account.id, name);
    account.teams.put(t.id, t);
    return t;
  }

  Inbox inbox(Account account, long id) {
    Inbox i = account.inboxes.get(id);
    if (i == null) {
      throw ApiError.notFound();
    }
    return i;
  }

  // ---- tables ----

  static final class Account {
    final long id;
    String name;
    String locale = "en";
    String domain;
    String supportEmail;
    String status = "active";
    final long createdAt;
    final ObjectNode settings = Json.object();
    final ObjectNode customAttributes = Json.object();
    final Map<Long, AccountUser> members = new LinkedHashMap<>();
    final Map<Long, Inbox> inboxes = new LinkedHashMap<>();
    final Map<Long, Contact> contacts = new LinkedHashMap<>();
    /** CSAT survey responses by id (one per input_csat message). */
    final Map<Long, CsatResponse> csatResponses = new LinkedHashMap<>();
    /** Contacts by their unique keys, so uniqueness checks stay O(1) with 100k contacts. */
    final ContactKeys contactKeys = new ContactKeys();
    /** Campaigns, dashboard apps, assignment policies, notifications. */
    final OpsTables ops = new OpsTables();

    /** The resolved contacts in id order, built on demand and dropped on any contact change. */
    private List<Contact> resolvedInOrder;

    void addContact(Contact c) {
      contacts.put(c.id, c);
      contactKeys.add(c);
      resolvedInOrder = null;
    }

    void removeContact(Contact c) {
      contacts.remove(c.id);
      contactKeys.remove(c);
      resolvedInOrder = null;
    }

    /** The columns both account updates (Application and Platform API) take as given, when present. */
    void assignLocaleDomainAndSupportEmail(ObjectNode params) {
      if (params.has("locale")) {
        locale = Json.text(params, "locale");
      }
      if (params.has("domain")) {
        domain = Json.text(params, "domain");
      }
      if (params.has("support_email")) {
        supportEmail = Json.text(params, "support_email");
      }
    }

    /** Forgets derived views of the contacts after one of them changed. */
    void contactChanged() {
      resolvedInOrder = null;
    }

    /**
     * The contacts list shows resolved contacts in id order. Walking 100k scattered objects for every page is
     * memory-bound (milliseconds a page), so the list is kept until a contact changes.
     */
    List<Contact> resolvedInOrder() {
      if (resolvedInOrder == null) {
        List<Contact> out = new ArrayList<>();
        for (Contact c : contacts.values()) {
          if (c.isResolved()) {
            out.add(c);
          }
        }
        resolvedInOrder = out;
      }
      return resolvedInOrder;
    }
    /** display id → conversation. */
    final Map<Long, Conversation> conversations = new LinkedHashMap<>();
    final Map<Long, Team> teams = new LinkedHashMap<>();
    final List<ReportingEvent> reportingEvents = new ArrayList<>();
    /** attribute_key → display type, for contact custom attribute definitions (filter keys). */
    final Map<String, String> contactAttributeTypes = new LinkedHashMap<>();
    // ---- admin groups (branch admin): teams, and the account's configuration tables ----
    final AdminTables admin = new AdminTables();
    /** SLA policies, custom roles, capacity policies (served when {@link Store#enterprise}). */
    final EnterpriseTables enterpriseTables = new EnterpriseTables();
    // ---- end admin groups ----
    private long lastDisplayId;

    Account(long id, String name, long createdAt) {
      this.id = id;
      this.name = name;
      this.createdAt = createdAt;
      settings.putNull("auto_resolve_after");
      settings.putNull("auto_resolve_message");
      settings.putNull("auto_resolve_ignore_waiting");
    }

    long nextDisplayId() {
      return ++lastDisplayId;
    }
  }

  static final class AccountUser {
    final long accountId;
    final long userId;
    Role role;
    String availability = "online";
    boolean autoOffline = true;
    /** set by PUT profile/set_active_account (epoch seconds), or null. */
    Long activeAt;
    final long createdAt;

    AccountUser(long accountId, long userId, Role role, long createdAt) {
      this.accountId = accountId;
      this.userId = userId;
      this.role = role;
      this.createdAt = createdAt;
    }

    Role role() {
      return role;
    }
  }

  static final class User {
    final long id;
    String name;
    String displayName;
    String email;
    /** regenerated by reset_access_token. */
    String accessToken;
    final String pubsubToken;
    String messageSignature;
    String type;
    final ObjectNode uiSettings = Json.object();
    final ObjectNode customAttributes = Json.object();
    final long createdAt;

    User(long id, String name, String email, String accessToken, String pubsubToken, long createdAt) {
      this.id = id;
      this.name = name;
      this.email = email;
      this.accessToken = accessToken;
      this.pubsubToken = pubsubToken;
      this.createdAt = createdAt;
    }
  }

  static final class Inbox {
    final long id;
    final long accountId;
    final long channelId;
    String name;
    final String channelType;
    String identifier;
    String hmacToken;
    String secret;
    boolean hmacMandatory;
    String webhookUrl;
    boolean enableAutoAssignment = true;
    boolean greetingEnabled;
    String greetingMessage;
    boolean enableEmailCollect = true;
    boolean csatSurveyEnabled;
    /** The help center portal linked to the inbox (inboxes.portal_id), or null. */
    Long portalId;
    boolean workingHoursEnabled;
    String outOfOfficeMessage;
    String timezone = "UTC";
    final com.fasterxml.jackson.databind.node.ArrayNode workingHours = WorkingHours.defaults();
    boolean allowMessagesAfterResolved = true;
    boolean lockToSingleConversation;
    String senderNameType = "friendly";
    String businessName;
    final Set<Long> memberIds = new LinkedHashSet<>();
    final long createdAt;

    Inbox(long id, long accountId, long channelId, String name, String channelType, long createdAt) {
      this.id = id;
      this.accountId = accountId;
      this.channelId = channelId;
      this.name = name;
      this.channelType = channelType;
      this.createdAt = createdAt;
    }

    boolean isApi() {
      return "Channel::Api".equals(channelType);
    }
  }

  static final class Contact {
    final long id;
    final long accountId;
    String name = "";
    String email;
    String phoneNumber;
    String identifier;
    boolean blocked;
    ObjectNode additionalAttributes = Json.object();
    ObjectNode customAttributes = Json.object();
    final long createdAt;
    Long lastActivityAt;
    final List<String> labels = new ArrayList<>();
    final List<ContactInbox> contactInboxes = new ArrayList<>();

    Contact(long id, long accountId, long createdAt) {
      this.id = id;
      this.accountId = accountId;
      this.createdAt = createdAt;
    }

    /** Chatwoot's "resolved" contact: it has an email, a phone number or an identifier. */
    boolean isResolved() {
      return email != null || phoneNumber != null || identifier != null;
    }
  }

  static final class ContactInbox {
    final long id;
    long contactId;
    final long inboxId;
    final String sourceId;
    final String pubsubToken;
    boolean hmacVerified;
    final long createdAt;

    ContactInbox(long id, long contactId, long inboxId, String sourceId, String pubsubToken, long createdAt) {
      this.id = id;
      this.contactId = contactId;
      this.inboxId = inboxId;
      this.sourceId = sourceId;
      this.pubsubToken = pubsubToken;
      this.createdAt = createdAt;
    }
  }

  /**
   * A conversation: global id, per-account display id (the id every API path and body uses). Status and
   * priority hold the enum names; timestamps are epoch seconds.
   */
  static final class Conversation {
    final long id;
    final long displayId;
    final long accountId;
    final long inboxId;
    long contactId;
    String contactInboxSourceId;
    String status = "open";
    /** low|medium|high|urgent or null. */
    String priority;
    Long assigneeId;
    Long teamId;
    Long snoozedUntil;
    boolean muted;
    final String uuid;
    final List<String> labels = new ArrayList<>();
    ObjectNode customAttributes = Json.object();
    ObjectNode additionalAttributes = Json.object();
    final long createdAt;
    long lastActivityAt;
    Long firstReplyCreatedAt;
    Long waitingSince;
    long agentLastSeenAt;
    long contactLastSeenAt;
    /** Typing status set through toggle_typing_status ("on"/"off"), per user id. */
    final Map<Long, String> typing = new HashMap<>();
    final List<Message> messages = new ArrayList<>();

    Conversation(long id, long displayId, long accountId, long inboxId, long contactId, long createdAt) {
      this(id, displayId, accountId, inboxId, contactId, createdAt, java.util.UUID.randomUUID().toString());
    }

    Conversation(long id, long displayId, long accountId, long inboxId, long contactId, long createdAt, String uuid) {
      this.id = id;
      this.displayId = displayId;
      this.accountId = accountId;
      this.inboxId = inboxId;
      this.contactId = contactId;
      this.createdAt = createdAt;
      this.lastActivityAt = createdAt;
      this.waitingSince = createdAt;
      this.uuid = uuid;
    }
  }

  /** Message types as stored (the integer is what responses show). */
  /** A CsatSurveyResponse (chatwoot-4.10/app/models/csat_survey_response.rb); times are epoch seconds. */
  static final class CsatResponse {
    final long id;
    final long accountId;
    final long messageId;
    final long conversationId;
    final long conversationDisplayId;
    final long contactId;
    final Long assignedAgentId;
    int rating;
    String feedbackMessage;
    final long createdAt;
    long updatedAt;
    /** Enterprise review notes: the text, when, and by whom (user id). */
    String reviewNotes;
    Long reviewNotesUpdatedAt;
    Long reviewNotesUpdatedBy;

    CsatResponse(long id, Message message, Conversation conversation, long createdAt) {
      this.id = id;
      this.accountId = conversation.accountId;
      this.messageId = message.id;
      this.conversationId = conversation.id;
      this.conversationDisplayId = conversation.displayId;
      this.contactId = conversation.contactId;
      this.assignedAgentId = conversation.assigneeId;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }
  }

  enum MessageType {
    INCOMING,
    OUTGOING,
    ACTIVITY,
    TEMPLATE;

    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A message of a conversation; ids are global. */
  static final class Message {
    final long id;
    final long accountId;
    final long inboxId;
    final long conversationId;
    final long conversationDisplayId;
    String content;
    final MessageType type;
    String contentType = "text";
    ObjectNode contentAttributes = Json.object();
    final boolean isPrivate;
    String status = "sent";
    /** "User", "Contact", "AgentBot" or null (activity). */
    final String senderType;
    /** Not final: a contact merge moves the mergee's messages to the base contact. */
    Long senderId;
    String echoId;
    String sourceId;
    final long createdAt;
    final List<Attachment> attachments = new ArrayList<>();

    Message(long id, Conversation conversation, String content, MessageType type, boolean isPrivate,
        String senderType, Long senderId, long createdAt) {
      this.id = id;
      this.accountId = conversation.accountId;
      this.inboxId = conversation.inboxId;
      this.conversationId = conversation.id;
      this.conversationDisplayId = conversation.displayId;
      this.content = content;
      this.type = type;
      this.isPrivate = isPrivate;
      this.senderType = senderType;
      this.senderId = senderId;
      this.createdAt = createdAt;
    }
  }

  /** A file attached to a message (multipart attachments[]). */
  record Attachment(long id, long messageId, String fileName, String contentType, int size, String fileType) {}

  /** A team of agents ({@code teams}); {@code memberIds} are user ids (team_members). */
  static final class Team {
    final long id;
    final long accountId;
    String name;
    String description;
    boolean allowAutoAssign = true;
    final Set<Long> memberIds = new LinkedHashSet<>();

    Team(long id, long accountId, String name) {
      this.id = id;
      this.accountId = accountId;
      this.name = name;
    }
  }

  /**
   * A reporting event like Chatwoot's {@code ReportingEvent}: first_response, reply_time and
   * conversation_resolved, with the value in seconds; the v2 reports are computed from these.
   */
  record ReportingEvent(long id, long accountId, String name, double value, long inboxId, Long userId,
      long conversationId, long eventStartTime, long eventEndTime, long createdAt) {}

  static final class AgentBot {
    final long id;
    /** null for a global (platform) bot. */
    final Long accountId;
    String name;
    String description;
    String outgoingUrl;
    /** regenerated by reset_access_token. */
    String accessToken;
    final long createdAt;

    AgentBot(long id, Long accountId, String name, String accessToken, long createdAt) {
      this.id = id;
      this.accountId = accountId;
      this.name = name;
      this.accessToken = accessToken;
      this.createdAt = createdAt;
    }
  }

  static final class PlatformApp {
    final long id;
    final String name;
    final String accessToken;
    /** "Account:1", "User:2", "AgentBot:3": resources this app created (platform_app_permissibles). */
    final Set<String> permissibles = new LinkedHashSet<>();

    PlatformApp(long id, String name, String accessToken) {
      this.id = id;
      this.name = name;
      this.accessToken = accessToken;
    }
  }

  // ---- admin groups (branch admin): teams ----

  Team team(Account account, long id) {
    Team t = account.teams.get(id);
    if (t == null) {
      throw ApiError.notFound();
    }
    return t;
  }
  // ---- end admin groups ----

  /**
   * Email (lower case), identifier and phone number to contact id, for one account; and identifier in lower case
   * to ids (identifiers are unique as typed, but filters compare them lower-cased).
   */
  static final class ContactKeys {
    final Map<String, Long> byEmail = new java.util.HashMap<>();
    final Map<String, Long> byIdentifier = new java.util.HashMap<>();
    final Map<String, Long> byPhone = new java.util.HashMap<>();
    final Map<String, java.util.SortedSet<Long>> byLowerIdentifier = new java.util.HashMap<>();

    void add(Contact c) {
      if (c.email != null) {
        byEmail.put(c.email.toLowerCase(Locale.ROOT), c.id);
      }
      if (c.identifier != null) {
        byIdentifier.put(c.identifier, c.id);
        byLowerIdentifier.computeIfAbsent(c.identifier.toLowerCase(Locale.ROOT), k -> new java.util.TreeSet<>())
            .add(c.id);
      }
      if (c.phoneNumber != null) {
        byPhone.put(c.phoneNumber, c.id);
      }
    }

    void remove(Contact c) {
      if (c.email != null) {
        byEmail.remove(c.email.toLowerCase(Locale.ROOT), c.id);
      }
      if (c.identifier != null) {
        byIdentifier.remove(c.identifier, c.id);
        java.util.SortedSet<Long> ids = byLowerIdentifier.get(c.identifier.toLowerCase(Locale.ROOT));
        if (ids != null && ids.remove(c.id) && ids.isEmpty()) {
          byLowerIdentifier.remove(c.identifier.toLowerCase(Locale.ROOT));
        }
      }
      if (c.phoneNumber != null) {
        byPhone.remove(c.phoneNumber, c.id);
      }
    }
  }
}
