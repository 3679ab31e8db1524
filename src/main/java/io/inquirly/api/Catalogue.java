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
    add("accounts", "List the accounts your token can reach", ProfileApi::accounts);
    add("contacts", "Create, find, update, label, merge and delete contacts", ContactsApi::group);
    add("conversations", "List, create, assign, label and resolve conversations", ConversationsApi::group);
    add("inboxes", "List and show inboxes", InboxesApi::group);
    add("messages", "List, send and delete the messages of a conversation", MessagesApi::group);
    add("profile", "Show or update your own profile", ProfileApi::profile);
    add("reports", "Conversation reports: time series (with charts), summaries, per agent/inbox/team", ReportsApi::group);
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
