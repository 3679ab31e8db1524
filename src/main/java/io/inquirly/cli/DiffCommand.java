package io.inquirly.cli;

import io.inquirly.provision.Plan;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The plan only, for CI gates: exit 0 when nothing would change, 1 when something would. */
@Command(name = "diff", description = {"Show what 'inquirly apply' would change, without changing anything.",
    "",
    "Exit status: 0 nothing would change, 1 something would, 2 or more on errors (e.g. 2 for a bad file). "
        + "-o json prints the machine plan."},
    footer = {"%nExamples:",
        "  inquirly diff -f support-stack.yaml",
        "  inquirly diff -f support-stack.yaml -o json --jq '.summary'"})
final class DiffCommand implements Executable {
  @Option(names = {"-f", "--filename"}, paramLabel = "FILE|DIR|-", required = true,
      description = "resource file (YAML or JSON), a directory of them, or - for stdin (repeatable)")
  List<String> files = new ArrayList<>();

  @Option(names = "--prune", description = "also show deletions apply --prune would make")
  boolean prune;

  @Override
  public int execute(Session session) {
    session.longJob();
    Plan plan = Provisioning.plan(Provisioning.ctx(session), Provisioning.load(session, files), prune);
    if (Provisioning.json(session)) {
      plan.warnings().forEach(session::warn);
      session.output().raw(plan.json());
    } else {
      Provisioning.print(session, plan, true);
    }
    return plan.changes() ? ExitCode.FAILURE : ExitCode.OK;
  }
}
