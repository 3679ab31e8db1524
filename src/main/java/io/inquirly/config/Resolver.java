package io.inquirly.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Resolves flags, environment and the profiles file into one {@link Target}. */
public final class Resolver {
  /** The environment variable for each setting (by file key). */
  public static final Map<String, String> ENV = Map.of(
      "url", "INQUIRLY_URL",
      "token", "INQUIRLY_TOKEN",
      "account_id", "INQUIRLY_ACCOUNT_ID",
      "platform_token", "INQUIRLY_PLATFORM_TOKEN",
      "inbox_identifier", "INQUIRLY_INBOX_IDENTIFIER",
      "contact_identifier", "INQUIRLY_CONTACT_IDENTIFIER",
      "hmac_token", "INQUIRLY_HMAC_TOKEN",
      "token_command", "INQUIRLY_TOKEN_COMMAND");
  public static final String PROFILE_ENV = "INQUIRLY_PROFILE";
  public static final String DEFAULT_PROFILE = "default";

  private final Map<String, String> env;
  private final ConfigFile file;

  public Resolver(Map<String, String> env, ConfigFile file) {
    this.env = env;
    this.file = file;
  }

  public ConfigFile file() {
    return file;
  }

  /**
   * @param flags settings given as flags (null fields = not given)
   * @param profileFlag --profile, or null
   */
  public Target resolve(Profile flags, String profileFlag) {
    return resolve(flags, profileFlag, false);
  }

  /** As {@link #resolve(Profile, String)}; with {@code newProfileAllowed} a named profile may not exist yet. */
  public Target resolve(Profile flags, String profileFlag, boolean newProfileAllowed) {
    String envProfile = blankToNull(env.get(PROFILE_ENV));
    ConfigFile.Content content = file.exists() ? file.read() : new ConfigFile.Content(null, null);
    String name;
    boolean explicit;
    if (profileFlag != null) {
      name = profileFlag;
      explicit = true;
    } else if (envProfile != null) {
      name = envProfile;
      explicit = true;
    } else {
      name = content.currentProfile() != null ? content.currentProfile() : DEFAULT_PROFILE;
      explicit = false;
    }
    Profile stored = content.profiles().get(name);
    if (stored == null && explicit && !newProfileAllowed) {
      throw new ConfigException("profile '" + name + "' does not exist in " + file.path(),
          content.profiles().isEmpty() ? "create it with 'inquirly auth login --profile " + name + "'"
              : "known profiles: " + String.join(", ", content.profiles().keySet())
                  + "; create it with 'inquirly auth login --profile " + name + "'");
    }
    if (stored == null) {
      stored = Profile.empty();
    }
    Profile resolved = Profile.empty();
    Map<String, String> origins = new LinkedHashMap<>();
    for (String key : Profile.KEYS) {
      String flag = get(flags, key);
      String fromEnv = blankToNull(env.get(ENV.get(key)));
      String fromProfile = get(stored, key);
      String value;
      if (flag != null) {
        value = flag;
        origins.put(key, "flag");
      } else if (fromEnv != null) {
        value = fromEnv;
        origins.put(key, "env " + ENV.get(key));
      } else if (fromProfile != null) {
        value = fromProfile;
        origins.put(key, "profile " + name);
      } else {
        value = null;
      }
      resolved = resolved.with(key, value);
    }
    String account = resolved.accountId();
    if (account != null && !account.strip().matches("0*[1-9][0-9]{0,17}")) {
      String from = origins.get("account_id");
      String source = from.equals("flag") ? "--account" : from.startsWith("env ") ? from.substring(4)
          : "account_id of profile '" + name + "' in " + file.path();
      throw new ConfigException("invalid account id '" + account + "' from " + source
          + ": expected a positive whole number", "e.g. --account 3; 'inquirly accounts list' shows yours");
    }
    if (account != null) {
      resolved = resolved.withAccountId(String.valueOf(Long.parseLong(account.strip()))); // " 007" is account 7
    }
        TokenCommand command = resolved.token() == null && resolved.tokenCommand() != null
        ? new TokenCommand(resolved.tokenCommand(), origins.get("token_command"), env) : null;
    if (command != null) {
      origins.put("token", "token_command");
    }
    return new Target(name, resolved, origins, command);
  }

  static String get(Profile p, String key) {
    return blankToNull(switch (key) {
      case "url" -> p.url();
      case "token" -> p.token();
      case "account_id" -> p.accountId();
      case "platform_token" -> p.platformToken();
      case "inbox_identifier" -> p.inboxIdentifier();
      case "contact_identifier" -> p.contactIdentifier();
      case "hmac_token" -> p.hmacToken();
      case "token_command" -> p.tokenCommand();
      default -> throw new IllegalArgumentException(key);
    });
  }

  /** A profile's setting by file key (null when unset). */
  public static String setting(Profile p, String key) {
    return get(p, key);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
