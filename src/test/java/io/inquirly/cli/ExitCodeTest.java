package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inquirly.api.MissingCredential;
import io.inquirly.bulk.BulkInputException;
import io.inquirly.common.UserError;
import org.junit.jupiter.api.Test;

/** One type for "bad input, here is the fix": every UserError maps by its kind, the CLI's own ones too. */
class ExitCodeTest {
  @Test
  void everyUserErrorMapsByItsKind() {
    assertThat(ExitCode.of(CliException.usage("bad flag", "fix it")))
        .isEqualTo(new ExitCode.Outcome(2, "bad flag", "fix it"));
    assertThat(ExitCode.of(new CliException(ExitCode.AUTH, "refused", null)).code()).isEqualTo(3);
    assertThat(ExitCode.of(new CliException(ExitCode.PERMISSION, "no account", "ask")).code()).isEqualTo(5);
    assertThat(ExitCode.of(new CliException(ExitCode.FAILURE, "not confirmed", null)).code()).isEqualTo(1);
    assertThat(ExitCode.of(new BulkInputException("bad row", "see line 3")))
        .isEqualTo(new ExitCode.Outcome(2, "bad row", "see line 3"));
    assertThat(ExitCode.of(new MissingCredential("no token", "log in")).code()).isEqualTo(3);
    assertThat(new CliException(ExitCode.USAGE, "x", null)).isInstanceOf(UserError.class);
  }

  @Test
  void anExitThatNoUserErrorEndsInIsRefused() {
    assertThatThrownBy(() -> new CliException(ExitCode.NOT_FOUND, "x", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no user error ends in exit 4");
  }
}
