package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Credentials;
import io.inquirly.api.Invoker;
import io.inquirly.api.OperationRef;
import io.inquirly.api.PlatformApi;
import io.inquirly.api.ProfileApi;
import io.inquirly.config.ConfigFile;
import io.inquirly.config.Profile;
import io.inquirly.config.Resolver;
import io.inquirly.config.Target;
import io.inquirly.http.ApiClient;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import io.inquirly.http.Json;
import io.inquirly.http.Redactor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** auth login | status | logout. */
@Command(name = "auth", description = "Log in, check and forget credentials.",
    subcommands = {AuthCommand.Login.class, AuthCommand.Status.class, AuthCommand.Logout.class,
        AuthCommand.RotateToken.class})
final class AuthCommand {

  static String profileName(Session session) {
    if (session.options().profile() != null) {
      return session.options().profile();
    }
    String env = session.io().getenv(Resolver.PROFILE_ENV);
    if (env != null) {
      return env;
    }
    ConfigFile.Content content = session.configFile().read();
    return content.currentProfile() != null ? content.currentProfile() : Resolver.DEFAULT_PROFILE;
  }

  /** Asks on the terminal; a secret is read without echo. Never called when stdin is not a terminal. */
  static String prompt(Session session, String question, boolean secret) {
    java.io.Console console = System.console();
    if (secret && console != null) {
      char[] chars = console.readPassword("%s", question);
      return chars == null ? null : new String(chars).strip();
    }
    session.io().err().print(question);
    session.io().err().flush();
    return session.readLine();
  }

  /**
   * 'profile show' with this URL and token (before they are saved): the token owner and the accounts it reaches.
   */
  static JsonNode fetchProfile(Session session, URI url, String token) {
    return callWith(session, url, new Credentials(null, token, null, Map.of()), ProfileApi.SHOW);
  }

  /** Runs a catalogue operation against a server and credentials that are not (yet) the session's target. */
  private static JsonNode callWith(Session session, URI url, Credentials credentials, OperationRef op) {
    String token = credentials.userToken() != null ? credentials.userToken() : credentials.platformToken();
    try (ApiClient client = new ApiClient(url, session.httpSettings(), List.of(token))) {
      return new Invoker(client, credentials, null).call(op.resolve(), Map.of(), null);
    }
  }

  @Command(name = "login", description = "Save a server URL, token and account in a profile, after checking them.",
      footer = {"%nExamples:",
          "  inquirly auth login --server https://support.example.com     # asks for the token",
          "  echo \"$TOKEN\" | inquirly auth login --server $URL --with-token --account 1",
          "  echo \"$PLATFORM_TOKEN\" | inquirly auth login --with-platform-token"})
  static final class Login implements Executable {
    /**
     * The server is what this command saves, so {@code --url} cannot mean a resource's URL here: the old
     * spelling keeps working for login only (everywhere else {@code --url} is a resource field).
     */
    @Option(names = "--url", paramLabel = "URL", description = "the server to log in to (same as --server)")
    String loginUrl;

    @Option(names = "--with-token", description = "read the access token from stdin (for CI)")
    boolean withToken;

    @Option(names = "--with-platform-token", description = "read a platform app token from stdin and save it")
    boolean withPlatformToken;

    @Override
    public int execute(Session session) {
      Target target = session.target(true);
      String server = session.options().url();
      if (loginUrl != null && server != null && !Session.parseUrl(loginUrl).equals(Session.parseUrl(server))) {
        throw CliException.usage("--url " + loginUrl + " and --server " + server + " name different servers",
            "give one of them");
      }
      String url = loginUrl != null ? loginUrl : target.url();
      if (url == null && session.io().stdinTty()) {
        url = prompt(session, "Server URL: ", false);
      }
      if (url == null || url.isBlank()) {
        throw CliException.usage("no server URL to log in to", "pass --server https://support.example.com");
      }
      String name = profileName(session);
      ConfigFile file = session.configFile();
      ConfigFile.Content content = file.read();
      Profile profile = content.profiles().getOrDefault(name, Profile.empty()).withUrl(url);
      URI base = Session.parseUrl(url);
      if (withPlatformToken) {
        String token = secret(session, "Platform app token: ", "--with-platform-token");
        refused(() -> verifyPlatform(session, base, token), url, "platform app token",
            "copy it from Super Admin → Platform Apps");
        profile = profile.withPlatformToken(token);
        session.status("Platform token checked.");
      } else {
        String token = secret(session, "Access token: ", "--with-token");
        JsonNode[] answer = new JsonNode[1];
        refused(() -> answer[0] = fetchProfile(session, base, token), url, "access token",
            "copy it from Profile Settings → Access Token, whole");
        JsonNode me = answer[0];
        String account = chooseAccount(session, me, target.accountId());
        profile = profile.withToken(token).withAccountId(account);
        session.status("Logged in to " + url + " as " + me.path("name").asText() + " <" + me.path("email").asText()
            + ">, account " + account + ".");
      }
      content.profiles().put(name, profile);
      file.write(new ConfigFile.Content(name, content.profiles()));
      session.status("Saved profile '" + name + "' in " + file.path() + ".");
      return ExitCode.OK;
    }

    /**
     * Runs the check; a 401 is the token being refused, not a missing login (the generic hint would say "run
     * 'inquirly auth login'" to someone doing just that).
     */
    private static void refused(Runnable check, String url, String what, String where) {
      try {
        check.run();
      } catch (ApiException e) {
        if (e.failure() != Failure.AUTHENTICATION) {
          throw e;
        }
        throw new CliException(ExitCode.AUTH, e.getMessage(), url + " refused this " + what + ": " + where
            + ", and check that it belongs to this server");
      }
    }

    private String secret(Session session, String question, String flag) {
      String token;
      if (withToken || withPlatformToken) {
        token = session.readLine();
      } else if (session.io().stdinTty()) {
        token = prompt(session, question, true);
      } else {
        throw CliException.usage("stdin is not a terminal, so the token cannot be asked for",
            "pipe it in with " + flag + ", e.g. echo \"$TOKEN\" | inquirly auth login " + flag);
      }
      if (token == null || token.isBlank()) {
        throw CliException.usage("no token given", "pipe the token on stdin, or paste it at the prompt");
      }
      return token;
    }

    /** 'platform agent-bots list': the cheapest request a platform app token is accepted or refused for. */
    private static void verifyPlatform(Session session, URI base, String token) {
      callWith(session, base, new Credentials(null, (String) null, token, Map.of()), PlatformApi.AGENT_BOTS_LIST);
    }

    private static String chooseAccount(Session session, JsonNode me, String wanted) {
      List<JsonNode> accounts = new ArrayList<>();
      me.path("accounts").forEach(accounts::add);
      if (wanted != null) {
        for (JsonNode a : accounts) {
          if (a.path("id").asText().equals(wanted)) {
            return wanted;
          }
        }
        throw CliException.usage("this token cannot reach account " + wanted,
            "its accounts are " + describe(accounts));
      }
      if (accounts.isEmpty()) {
        throw new CliException(ExitCode.PERMISSION, "this token belongs to no account",
            "ask an administrator to add the user to an account");
      }
      if (accounts.size() == 1) {
        return accounts.get(0).path("id").asText();
      }
      if (!session.io().stdinTty()) {
        throw CliException.usage("this token reaches several accounts", "pick one with --account ID: "
            + describe(accounts));
      }
      for (int i = 0; i < accounts.size(); i++) {
        session.io().err().println("  " + (i + 1) + ") " + accounts.get(i).path("id").asText() + " "
            + accounts.get(i).path("name").asText());
      }
      String answer = prompt(session, "Account [1-" + accounts.size() + "]: ", false);
      try {
        int n = Integer.parseInt(answer == null ? "" : answer);
        return accounts.get(n - 1).path("id").asText();
      } catch (RuntimeException e) {
        throw CliException.usage("no such choice '" + answer + "'", "run again and type a number from the list");
      }
    }

    private static String describe(List<JsonNode> accounts) {
      List<String> parts = new ArrayList<>();
      for (JsonNode a : accounts) {
        parts.add(a.path("id").asText() + " (" + a.path("name").asText() + ")");
      }
      return String.join(", ", parts);
    }
  }

  @Command(name = "status", description = "Show which server, account and user the current settings reach.",
      footer = {"%nExamples:", "  inquirly auth status", "  inquirly auth status --profile ci -o json"})
  static final class Status implements Executable {
    @Override
    public int execute(Session session) {
      Target target = session.target();
      ObjectNode status = Json.object();
      status.put("profile", target.profile());
      status.put("url", target.url());
      status.put("account_id", target.accountId());
      status.put("token", target.token() == null ? null : Redactor.mask(target.token()));
      status.put("platform_token", target.platformToken() == null ? null : Redactor.mask(target.platformToken()));
      ObjectNode origins = status.putObject("sources");
      for (Map.Entry<String, String> e : target.origins().entrySet()) {
        origins.put(e.getKey(), e.getValue());
      }
      if (target.token() == null) {
        session.output().single(status, List.of());
        throw new CliException(ExitCode.AUTH, "not logged in: no access token",
            "run 'inquirly auth login', or set INQUIRLY_TOKEN");
      }
      try {
        JsonNode me = fetchProfile(session, session.baseUrl(), target.token());
        status.put("user", me.path("name").asText() + " <" + me.path("email").asText() + ">");
        status.put("role", roleIn(me, target.accountId()));
        status.put("logged_in", true);
        session.output().single(status, List.of());
        return ExitCode.OK;
      } catch (ApiException e) {
        if (e.failure() != Failure.AUTHENTICATION) {
          throw e;
        }
        status.put("logged_in", false);
        session.output().single(status, List.of());
        throw new CliException(ExitCode.AUTH, "the server rejected the token (" + target.origins().get("token") + ")",
            "run 'inquirly auth login' for a new one");
      }
    }

    private static String roleIn(JsonNode me, String accountId) {
      for (JsonNode a : me.path("accounts")) {
        if (a.path("id").asText().equals(accountId)) {
          return a.path("role").asText(null);
        }
      }
      return accountId == null ? null : "(no access to account " + accountId + ")";
    }
  }

  @Command(name = "logout", description = "Remove a profile and its tokens from the config file.",
      footer = {"%nExamples:", "  inquirly auth logout", "  inquirly auth logout --profile staging"})
  static final class Logout implements Executable {
    @Override
    public int execute(Session session) {
      String name = profileName(session);
      ConfigFile file = session.configFile();
      ConfigFile.Content content = file.read();
      if (content.profiles().remove(name) == null) {
        throw CliException.usage("no profile '" + name + "' in " + file.path(),
            content.profiles().isEmpty() ? "there is nothing to log out of"
                : "known profiles: " + String.join(", ", content.profiles().keySet()));
      }
      String current = name.equals(content.currentProfile()) ? null : content.currentProfile();
      file.write(new ConfigFile.Content(current, content.profiles()));
      session.status("Logged out: removed profile '" + name + "' from " + file.path() + ".");
      return ExitCode.OK;
    }
  }

  @Command(name = "rotate-token", description = "Replace your access token with a new one (profile reset-token) and"
      + " save it in the current profile: asks on a terminal, --save in scripts. The token is never printed unless"
      + " --show-secrets.",
      footer = {"%nExamples:", "  inquirly auth rotate-token", "  inquirly auth rotate-token --yes --save"})
  static final class RotateToken implements Executable {
    @Option(names = "--yes", description = "do not ask for confirmation (required when stdin is not a terminal)")
    boolean yes;

    @Option(names = "--save", description = "save the new token in the current profile without asking")
    boolean save;

    @Option(names = "--show-secrets", description = "also print the new token on stdout")
    boolean showSecrets;

    @Override
    public int execute(Session session) {
      Target target = session.target();
      String name = profileName(session);
      if (!yes) {
        session.confirm("replace your access token (the old one stops working at once)",
            "add --yes, and --save to store the new token in profile '" + name + "'");
      }
      JsonNode me = session.invoker(null).call(io.inquirly.api.ProfileApi.RESET_TOKEN.resolve(), Map.of(), null);
      String token = me.path("access_token").asText(null);
      if (token == null || token.isEmpty()) {
        throw new CliException(ExitCode.FAILURE, "the server answered without the new token",
            "run 'inquirly profile show --show-secrets' to see it");
      }
      session.status("Your access token was replaced: the old one no longer works.");
      boolean store = save;
      if (!store && session.io().stdinTty()) {
        String answer = prompt(session, "Save the new token in profile '" + name + "'? [Y/n] ", false);
        store = answer == null || answer.isBlank() || answer.toLowerCase(java.util.Locale.ROOT).matches("y|yes");
      }
      if (store) {
        ConfigFile file = session.configFile();
        ConfigFile.Content content = file.read();
        Profile profile = content.profiles().getOrDefault(name, Profile.empty()).withToken(token);
        if (profile.url() == null) {
          profile = profile.withUrl(target.url());
        }
        if (profile.accountId() == null && target.accountId() != null) {
          profile = profile.withAccountId(target.accountId());
        }
        content.profiles().put(name, profile);
        file.write(new ConfigFile.Content(content.currentProfile() == null ? name : content.currentProfile(),
            content.profiles()));
        session.status("Saved the new token in profile '" + name + "' in " + file.path() + ".");
        if (session.io().getenv("INQUIRLY_TOKEN") != null) {
          session.warn("INQUIRLY_TOKEN still holds the old token and wins over the profile: update or unset it");
        }
      } else {
        session.status("The new token was not saved: " + (showSecrets ? "it is printed on stdout"
            : "'inquirly profile show --show-secrets' shows it"));
      }
      if (showSecrets) {
        session.io().out().println(token);
      }
      return ExitCode.OK;
    }
  }
}
