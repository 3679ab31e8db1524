package io.inquirly.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.api.Catalogue;
import io.inquirly.api.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every route of the server's {@code config/routes.rb} under /api/v1/accounts, /api/v2/accounts, /platform and
 * /public is a catalogue command (same method and path template; PATCH and PUT of one update count as one) or is
 * listed, with a reason, in {@code src/test/resources/uncovered-routes.tsv}. The routes file is found as the
 * upstream sources are ({@code INQUIRLY_UPSTREAM}, default {@code ../shared/chatwoot-4.10}); without it the test is
 * skipped loudly, and fails on CI ({@code CI=true}), as the OpenAPI contract does.
 */
class RoutesCoverageTest {
  static final List<String> PREFIXES = List.of("/api/v1/accounts/", "/api/v2/accounts/", "/platform/", "/public/");
  static final Path LIST = Path.of("src/test/resources/uncovered-routes.tsv");

  static Path routesFile() {
    String dir = System.getenv("INQUIRLY_UPSTREAM");
    Path file = Path.of(dir == null || dir.isBlank() ? "../shared/chatwoot-4.10" : dir.strip())
        .resolve("config/routes.rb");
    if (!Files.isRegularFile(file)) {
      String why = "upstream routes not found at " + file.toAbsolutePath().normalize()
          + " (set INQUIRLY_UPSTREAM to the chatwoot-4.10 source)";
      if ("true".equalsIgnoreCase(System.getenv().getOrDefault("CI", "").strip())) {
        throw new IllegalStateException(why + "; CI=true, so this is an error");
      }
      System.err.println("WARNING: RoutesCoverageTest skipped: " + why);
      Assumptions.abort(why);
    }
    return file;
  }

  static List<RailsRoutes.Route> serverRoutes() throws IOException {
    List<RailsRoutes.Route> out = new ArrayList<>();
    for (RailsRoutes.Route r : RailsRoutes.parse(Files.readString(routesFile(), StandardCharsets.UTF_8))) {
      if (PREFIXES.stream().anyMatch(r.path()::startsWith) && !r.path().endsWith("/new")
          && !r.path().endsWith("/edit")) {
        out.add(r);
      }
    }
    return out;
  }

  static String template(String path) {
    return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+$", "");
  }

  static Set<String> commands() {
    Set<String> keys = new TreeSet<>();
    for (Operation op : Catalogue.operations()) {
      String method = op.method().equals("PUT") ? "PATCH" : op.method();
      keys.add(method + " " + template(op.path()));
    }
    return keys;
  }

  /** METHOD, path, reason; '#' comments and blank lines skipped. */
  static Map<String, String> listed() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length < 3 || cells[2].isBlank()) {
        throw new IllegalStateException(LIST + ": a line needs METHOD<TAB>PATH<TAB>reason: " + line);
      }
      out.put(cells[0] + " " + template(cells[1]), cells[2]);
    }
    return out;
  }

  static String key(RailsRoutes.Route r) {
    return (r.method().equals("PUT") ? "PATCH" : r.method()) + " " + template(r.path());
  }

  @Test
  void everyServerRouteIsACommandOrListedWithAReason() throws IOException {
    Set<String> commands = commands();
    Map<String, String> listed = listed();
    Set<String> missing = new TreeSet<>();
    for (RailsRoutes.Route r : serverRoutes()) {
      String k = key(r);
      if (!commands.contains(k) && !listed.containsKey(k)) {
        missing.add(k);
      }
    }
    assertThat(missing).as("routes of config/routes.rb that are neither a command nor in " + LIST
        + " (add a command, or a line METHOD<TAB>PATH<TAB>why)").isEmpty();
  }

  @Test
  void theListNamesOnlyRealRoutesThatNoCommandCovers() throws IOException {
    Set<String> routes = new TreeSet<>();
    serverRoutes().forEach(r -> routes.add(key(r)));
    Set<String> commands = commands();
    List<String> stale = new ArrayList<>();
    for (String k : listed().keySet()) {
      if (!routes.contains(k)) {
        stale.add(k + " (no such route)");
      } else if (commands.contains(k)) {
        stale.add(k + " (a command covers it now)");
      }
    }
    assertThat(stale).as("stale lines in " + LIST).isEmpty();
  }

  @Test
  void theParserReadsTheDsl() {
    String rb = String.join("\n", "namespace :api do", "  namespace :v1 do", "    resources :accounts do",
        "      scope module: :accounts do", "        resources :notes, only: [:index, :update] do",
        "          post :pin, on: :member", "          collection do", "            get :search",
        "            delete :destroy", "          end",
        "        end", "        resource :settings, only: [:show]", "        get :flag if ChatwootApp.enterprise?",
        "        if ChatwootApp.enterprise?", "          resources :slas, only: %i[index]", "        end",
        "      end", "    end", "  end", "end");
    assertThat(RailsRoutes.parse(rb).stream().map(Object::toString).toList()).contains(
        "GET /api/v1/accounts/{}/notes", "PATCH /api/v1/accounts/{}/notes/{}", "PUT /api/v1/accounts/{}/notes/{}",
        "POST /api/v1/accounts/{}/notes/{}/pin", "GET /api/v1/accounts/{}/notes/search",
        "GET /api/v1/accounts/{}/settings", "GET /api/v1/accounts/{}/flag", "GET /api/v1/accounts/{}/slas",
        "DELETE /api/v1/accounts/{}/notes")
        .doesNotContain("POST /api/v1/accounts/{}/notes", "DELETE /api/v1/accounts/{}/notes/{}");
  }

  /** Prints the uncovered routes (run by hand to fill the list). */
  public static void main(String[] args) throws IOException {
    Set<String> commands = commands();
    Set<String> seen = new TreeSet<>();
    for (RailsRoutes.Route r : serverRoutes()) {
      String k = key(r);
      if (!commands.contains(k) && seen.add(k)) {
        System.out.println(k.replace(" ", "\t"));
      }
    }
  }
}
