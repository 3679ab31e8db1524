package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.AgentsApi;
import io.inquirly.api.InboxesApi;
import io.inquirly.api.Invoker;
import io.inquirly.api.LabelsApi;
import io.inquirly.api.Operation;
import io.inquirly.api.OperationRef;
import io.inquirly.api.ProfileApi;
import io.inquirly.api.TeamsApi;
import io.inquirly.config.ConfigFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jline.reader.Candidate;

/**
 * Values the shell offers for options, fetched from the server once and cached for the session (until
 * 'use' changes the account or profile). Completion never fails: a failed fetch offers nothing.
 */
final class LiveValues {
  private final Supplier<Session> session;
  private final Map<String, List<Candidate>> cache = new ConcurrentHashMap<>();

  LiveValues(Supplier<Session> session) {
    this.session = session;
  }

  void clear() {
    cache.clear();
  }

  List<Candidate> forOption(String option) {
    return switch (option) {
      case "--inbox" -> cached(InboxesApi.LIST, "id", "name");
      case "--team" -> cached(TeamsApi.LIST, "id", "name");
      case "--agent" -> cached(AgentsApi.LIST, "email", "name");
      case "--label" -> cached(LabelsApi.LIST, "title", "description");
      case "--account" -> cached(ProfileApi.ACCOUNTS_LIST, "id", "name");
      case "--profile" -> profiles();
      default -> List.of();
    };
  }

  private List<Candidate> cached(OperationRef list, String value, String description) {
    return cache.computeIfAbsent(list.command(), k -> fetch(list, value, description));
  }

  /** The first page of a catalogue list operation, its records as candidates. */
  private List<Candidate> fetch(OperationRef list, String value, String description) {
    List<Candidate> out = new ArrayList<>();
    try (Session s = session.get()) {
      Operation op = list.resolve();
      for (JsonNode item : Invoker.records(op, s.invoker(null).call(op, Map.of(), null))) {
        String v = item.path(value).asText("");
        if (!v.isEmpty()) {
          out.add(new Candidate(v, v, null, item.path(description).asText(null), null, null, true));
        }
      }
    } catch (RuntimeException e) {
      // completion offers what it can; errors show when the command runs
    }
    return out;
  }

  private List<Candidate> profiles() {
    List<Candidate> out = new ArrayList<>();
    try (Session s = session.get()) {
      for (String name : new ConfigFile(ConfigFile.defaultPath(s.io().env())).read().profiles().keySet()) {
        out.add(new Candidate(name));
      }
    } catch (RuntimeException e) {
      // no profiles to offer
    }
    return out;
  }
}
