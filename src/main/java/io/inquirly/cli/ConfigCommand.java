package io.inquirly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.config.ConfigFile;
import io.inquirly.config.Profile;
import io.inquirly.config.Resolver;
import io.inquirly.http.Json;
import io.inquirly.http.Redactor;
import io.inquirly.output.Format;
import io.inquirly.output.Output;
import io.inquirly.output.OutputOptions;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** config view | use | set. */
@Command(name = "config", description = "View and change the config file's profiles.",
    subcommands = {ConfigCommand.View.class, ConfigCommand.Use.class, ConfigCommand.Set.class})
final class ConfigCommand {

  @Command(name = "view", description = "Print the config file, tokens masked (YAML; -o json for JSON).",
      footer = {"%nExamples:", "  inquirly config view", "  inquirly config view -o json --jq '.profiles | keys'"})
  static final class View implements Executable {
    @Override
    public int execute(Session session) {
      ConfigFile file = session.configFile();
      ConfigFile.Content content = file.read();
      ObjectNode root = Json.object();
      root.put("path", file.path().toString());
      root.put("current_profile", content.currentProfile());
      ObjectNode profiles = root.putObject("profiles");
      for (Map.Entry<String, Profile> e : content.profiles().entrySet()) {
        ObjectNode p = profiles.putObject(e.getKey());
        for (String key : Profile.KEYS) {
          String v = Resolver.setting(e.getValue(), key);
          if (v != null) {
            p.put(key, Profile.secret(key) ? Redactor.mask(v) : v);
          }
        }
      }
      Output output = session.options().output() == null && session.options().jq() == null
          ? new Output(new OutputOptions(Format.YAML, null, null, false, false, 0), session.io().out())
          : session.output();
      output.single(root, List.of());
      return ExitCode.OK;
    }
  }

  @Command(name = "use", description = "Make a profile the current one.",
      footer = {"%nExample:", "  inquirly config use staging"})
  static final class Use implements Executable {
    @Parameters(paramLabel = "PROFILE", description = "the profile's name")
    String name;

    @Override
    public int execute(Session session) {
      ConfigFile file = session.configFile();
      ConfigFile.Content content = file.read();
      if (!content.profiles().containsKey(name)) {
        throw CliException.usage("no profile '" + name + "' in " + file.path(),
            content.profiles().isEmpty() ? "create one with 'inquirly auth login --profile " + name + "'"
                : "known profiles: " + String.join(", ", content.profiles().keySet()));
      }
      file.write(new ConfigFile.Content(name, content.profiles()));
      session.status("Now using profile '" + name + "'.");
      return ExitCode.OK;
    }
  }

  @Command(name = "set", description = "Set one setting of a profile (the current one, or --profile).",
      footer = {"%nSettings: url, token, account_id, platform_token, inbox_identifier, contact_identifier, hmac_token.",
          "A value of - reads it from stdin (for tokens).", "%nExamples:",
          "  inquirly config set url https://support.example.com",
          "  echo \"$TOKEN\" | inquirly config set token - --profile ci"})
  static final class Set implements Executable {
    @Parameters(index = "0", paramLabel = "KEY", description = "the setting")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "its value, or - to read it from stdin")
    String value;

    @Override
    public int execute(Session session) {
      String v = value.equals("-") ? session.readLine() : value;
      if (v == null || v.isBlank()) {
        throw CliException.usage("no value for " + key, "give a value, or pipe it on stdin with -");
      }
      if (key.equals("url")) {
        Session.parseUrl(v);
      }
      String name = AuthCommand.profileName(session);
      ConfigFile file = session.configFile();
      ConfigFile.Content content = file.read();
      Profile updated = content.profiles().getOrDefault(name, Profile.empty()).with(key, v);
      content.profiles().put(name, updated);
      file.write(new ConfigFile.Content(content.currentProfile() == null ? name : content.currentProfile(),
          content.profiles()));
      session.status("Set " + key + " of profile '" + name + "'.");
      return ExitCode.OK;
    }
  }
}
