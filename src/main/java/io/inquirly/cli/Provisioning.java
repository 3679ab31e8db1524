package io.inquirly.cli;

import io.inquirly.provision.Api;
import io.inquirly.provision.Ctx;
import io.inquirly.provision.Loader;
import io.inquirly.provision.Plan;
import io.inquirly.provision.Planner;
import io.inquirly.provision.Resource;
import java.util.List;
import java.util.Locale;

/** What apply and diff share: loading files, planning, printing a plan, confirming prune. */
final class Provisioning {
  private Provisioning() {}

  static Ctx ctx(Session session) {
    return new Ctx(new Api(session.invoker(null)), session::warn);
  }

  static List<Resource> load(Session session, List<String> files) {
    if (files == null || files.isEmpty()) {
      throw CliException.usage("no resource file given", "pass -f FILE, -f DIR or -f - for stdin");
    }
    return new Loader(session.io()::getenv, session.io().in()).load(files);
  }

  static Plan plan(Ctx ctx, List<Resource> resources, boolean prune) {
    return new Planner(ctx).plan(resources, prune);
  }

  static boolean json(Session session) {
    String o = session.options().output();
    return o != null && o.toLowerCase(Locale.ROOT).equals("json");
  }

  /** The plan for people on stdout, warnings on stderr. */
  static void print(Session session, Plan plan, boolean fields) {
    plan.warnings().forEach(session::warn);
    plan.lines(fields, false).forEach(session.io().out()::println);
    session.io().out().println(plan.changes() ? plan.summary() : "No changes: " + plan.steps().size()
        + " resource" + (plan.steps().size() == 1 ? "" : "s") + " up to date.");
  }

  /** Asks before deleting on a terminal; without one, --yes is required. */
  static void confirmPrune(Session session, Plan plan) {
    long n = plan.count(Plan.Action.DELETE);
    session.confirm("delete " + n + " resource" + (n == 1 ? "" : "s") + " not in the file (--prune)",
        "add --yes to confirm, or check the plan with --dry-run first");
  }

}
