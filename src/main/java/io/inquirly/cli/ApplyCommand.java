package io.inquirly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.provision.Ctx;
import io.inquirly.provision.Executor;
import io.inquirly.provision.Plan;
import io.inquirly.provision.Resource;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** kubectl-style apply: plan by natural keys, print it, execute it in dependency order. */
@Command(name = "apply", description = {"Make the account look like the resource files: create, update (and with "
    + "--prune delete) inboxes, agents, teams, labels, custom attributes, canned responses, webhooks, agent bots, "
    + "automation rules, portals and categories.",
    "",
    "Resources are matched by natural key (inbox name, agent e-mail, label title, attribute model+key, webhook url, "
        + "...) and refer to each other by name. Only the fields a file declares are compared, so applying the same "
        + "file again changes nothing. The plan is printed first (+ create, ~ update, - delete); --dry-run stops "
        + "there. A failure stops at the failed step; rerunning apply finishes the job. See docs/provisioning.md."},
    footer = {"%nExamples:",
        "  inquirly apply -f support-stack.yaml --dry-run",
        "  inquirly apply -f provisioning/ --prune --yes",
        "  inquirly export | inquirly apply -f -"})
final class ApplyCommand implements Executable {
  @Option(names = {"-f", "--filename"}, paramLabel = "FILE|DIR|-", required = true,
      description = "resource file (YAML or JSON), a directory of them, or - for stdin (repeatable)")
  List<String> files = new ArrayList<>();

  @Option(names = "--dry-run", description = "print the plan and send no write")
  boolean dryRun;

  @Option(names = "--prune", description = "also delete resources of the kinds in the files that the files do not "
      + "declare (asks first; --yes without a terminal)")
  boolean prune;

  @Option(names = "--yes", description = "do not ask before --prune deletes (required when stdin is not a terminal)")
  boolean yes;

  @Override
  public int execute(Session session) {
    session.longJob();
    List<Resource> resources = Provisioning.load(session, files);
    Ctx ctx = Provisioning.ctx(session);
    Plan plan = Provisioning.plan(ctx, resources, prune);
    boolean json = Provisioning.json(session);
    if (!json) {
      Provisioning.print(session, plan, false);
    }
    if (dryRun || !plan.changes()) {
      if (json) {
        ObjectNode o = plan.json();
        o.put("dry_run", dryRun);
        o.put("applied", false);
        session.output().raw(o);
      } else if (dryRun && plan.changes()) {
        session.status("Dry run: nothing was changed.");
      }
      return ExitCode.OK;
    }
    if (plan.count(Plan.Action.DELETE) > 0 && !yes) {
      Provisioning.confirmPrune(session, plan);
    }
    Executor executor = new Executor(ctx);
    try {
      executor.run(plan, session::status);
    } catch (Executor.StepFailed e) {
      session.io().err().println(session.safe("failed: " + e.step().action().verb() + " " + e.step().title() + ": "
          + e.getMessage()));
      session.io().err().println("done: " + e.done().size() + " of " + plan.writes().size() + " changes; not done: "
          + (e.notDone().size() + 1) + " (" + e.step().title()
          + e.notDone().stream().map(s -> ", " + s.title()).reduce("", String::concat)
          + "). Fix the cause and run apply again: it picks up where it stopped.");
      throw e.failure();
    }
    if (json) {
      ObjectNode o = plan.json();
      o.put("dry_run", false);
      o.put("applied", true);
      session.output().raw(o);
    } else {
      session.status("Applied: " + plan.count(Plan.Action.CREATE) + " created, " + plan.count(Plan.Action.UPDATE)
          + " updated, " + plan.count(Plan.Action.DELETE) + " deleted.");
    }
    return ExitCode.OK;
  }
}
