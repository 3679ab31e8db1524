package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.config.ConfigFile;
import io.inquirly.http.ApiRequest;
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
      case "--inbox" -> cached("inboxes", "/api/v1/accounts/{account_id}/inboxes", "payload", "id", "name");
      case "--team" -> cached("teams", "/api/v1/accounts/{account_id}/teams", "", "id", "name");
      case "--agent" -> cached("agents", "/api/v1/accounts/{account_id}/agents", "", "email", "name");
      case "--label" -> cached("labels", "/api/v1/accounts/{account_id}/labels", "payload", "title", "description");
      case "--account" -> cached("accounts", "/api/v1/profile", "accounts", "id", "name");
      case "--profile" -> profiles();
      default -> List.of();
    };
  }

  private List<Candidate> cached(String key, String path, String records, String value, String description) {
    return cache.computeIfAbsent(key, k -> fetch(path, records, value, description));
  }

  private List<Candidate> fetch(String path, String records, String value, String description) {
    List<Candidate> out = new ArrayList<>();
    try (Session s = session.get()) {
      String filled = s.invoker(null).expand(path, Map.of());
      JsonNode body = s.client().send(ApiRequest.get(filled, s.target().token())).json();
      JsonNode list = records.isEmpty() ? body : body.path(records);
      for (JsonNode item : list) {
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
