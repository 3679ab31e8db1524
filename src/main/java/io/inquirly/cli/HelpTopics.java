package io.inquirly.cli;

/** Text of the help topics that are not generated. */
final class HelpTopics {
  private HelpTopics() {}

  static final String ENVIRONMENT = """
      Environment

        INQUIRLY_URL                 server URL (like --server)
        INQUIRLY_TOKEN               user or agent-bot access token (like --token)
        INQUIRLY_ACCOUNT_ID          account id (like --account)
        INQUIRLY_PLATFORM_TOKEN      platform app token (like --platform-token)
        INQUIRLY_PROFILE             profile of the config file (like --profile)
        INQUIRLY_INBOX_IDENTIFIER    public API: inbox identifier
        INQUIRLY_CONTACT_IDENTIFIER  public API: contact identifier
        INQUIRLY_HMAC_TOKEN          public API: the inbox's HMAC token
        INQUIRLY_TOKEN_COMMAND       a command printing the access token (like token_command)
        INQUIRLY_CONFIG              config file path (default $XDG_CONFIG_HOME/inquirly/config.yaml)
        XDG_CONFIG_HOME              base of the config path (default ~/.config)
        NO_COLOR                     no colours in output
        COLUMNS                      terminal width for tables

      The launcher (bin/inquirly) also reads:
        INQUIRLY_JAVA_HOME           the JDK to run on (default: the private runtime 'make install' built
                                     from a JDK 25+, else JAVA_HOME, else java on PATH)
        INQUIRLY_JAVA_OPTS           extra JVM options, e.g. -Xmx2g for very large imports

      Precedence: flags, then the environment, then the profile, then defaults.
      The config file is written with mode 0600; a warning is shown when others can read it.
      """;

  static final String FORMATTING = """
      Output formats (-o, --output)

        table   on a terminal: fitted to its width (long text cut with …, never ids, times or numbers;
                columns that do not fit left out), times as 2026-12-05 14:03 UTC, durations as 6h 22m;
                piped: tab-separated, never cut, times as ISO 8601 UTC (default)
        wide    a table of every column, not fitted to the terminal
        json    one JSON document: an array for lists (streamed page by page with --all)
        jsonl   one JSON record per line
        yaml    YAML
        csv     RFC 4180 CSV with a header row
        ids     one id per line, for xargs and --ids -

      --columns id,name,custom_attributes.plan   pick table and csv columns (dotted paths)
      --jq EXPR                                  filter the JSON with jq (strings print raw)
      --raw                                      print the server's answer untouched

      Lists show one page; --all fetches every page, --page N one page, --limit N stops after N records.
      Data goes to stdout; progress, warnings and errors go to stderr. Colour only on a terminal, never with
      NO_COLOR or --no-color.
      """;
}
