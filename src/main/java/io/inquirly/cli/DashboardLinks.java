package io.inquirly.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard link pasted where an id is expected: {@code inquirly conversations show
 * https://support.example.com/app/accounts/1/conversations/42} means account 1, conversation 42. The link's last
 * number is the id; its account becomes {@code --account} unless one was given.
 */
final class DashboardLinks {
  /** Compiled on first use: every run passes its arguments here, and almost none holds a link. */
  private static final class Link {
    static final Pattern PATTERN =
        Pattern.compile("https?://[^/\\s]+/app/accounts/(\\d{1,18})(?:/[^?#\\s]*)?/(\\d{1,18})/?(?:[?#].*)?");
  }

  /** The arguments with links replaced by their ids; the links' host, or null when there was none. */
  record Rewritten(String[] args, String host) {}

  private DashboardLinks() {}

  static Rewritten rewrite(String[] args) {
    List<String> out = new ArrayList<>(args.length + 2);
    String account = null;
    String host = null;
    boolean accountGiven = false;
    for (String a : args) {
      if (a.equals("--account") || a.startsWith("--account=")) {
        accountGiven = true;
      }
      Matcher m = a.contains("/app/accounts/") ? Link.PATTERN.matcher(a) : null;
      if (m != null && m.matches()) {
        if (account != null && !account.equals(m.group(1))) {
          throw CliException.usage("the links name two accounts (" + account + " and " + m.group(1) + ")",
              "act on one account at a time");
        }
        account = m.group(1);
        host = URI.create(a).getHost();
        out.add(m.group(2));
      } else {
        out.add(a);
      }
    }
    if (account != null && !accountGiven) {
      out.add("--account");
      out.add(account);
    }
    return new Rewritten(out.toArray(String[]::new), host);
  }
}
