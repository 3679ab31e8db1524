package io.inquirly.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a shell completion script. */
@Command(name = "completion", description = "Print the shell completion script for bash, zsh or fish.",
    footer = {"%nExamples:",
        "  source <(inquirly completion bash)                          # this shell",
        "  inquirly completion bash > ~/.local/share/bash-completion/completions/inquirly",
        "  inquirly completion zsh > \"${fpath[1]}/_inquirly\"",
        "  inquirly completion fish > ~/.config/fish/completions/inquirly.fish",
        "%n'make install' installs all three under PREFIX/share/inquirly/completions."})
final class CompletionCommand implements Executable {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish")
  String shell;

  @Override
  public int execute(Session session) {
    session.io().out().print(Completions.script(shell, spec.root().commandLine()));
    return ExitCode.OK;
  }
}
