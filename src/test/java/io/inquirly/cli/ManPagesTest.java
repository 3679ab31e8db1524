package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The man pages have the sections man pages have, pass groff's checks and render within 80 columns. The groff
 * checks need groff (Debian package groff-base); without it they are skipped, saying so.
 */
class ManPagesTest {
  private static final Map<String, String> PAGES = Reference.man();

  @Test
  void everyPageHasTheSectionsOfAManPage() {
    for (Map.Entry<String, String> e : PAGES.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).contains(".SH NAME\n", ".SH SYNOPSIS\n", ".SH DESCRIPTION\n",
          ".SH OPTIONS\n", ".SH EXIT STATUS\n", ".SH ENVIRONMENT\n", ".SH FILES\n", ".SH SEE ALSO\n")
          .doesNotContain("\n.nf\nUsage:");
    }
    assertThat(PAGES.get("inquirly.1")).contains(".SH EXAMPLES\n", ".SH COMMANDS\n", "\n.B INQUIRLY_URL\n");
    assertThat(PAGES.get("inquirly-contacts-create.1")).contains(".SH EXAMPLES\n", "\\fB\\-\\-email\\fR \\fIEMAIL\\fR")
        .contains(".SH SEE ALSO\n\\fBinquirly\\fR(1),\n\\fBinquirly\\-contacts\\fR(1)\n");
  }

  private static String run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void groffFindsNothingToWarnAboutAndPagesFitEightyColumns(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")),
        "groff is not installed (Debian package groff-base): the man pages are not linted");
    StringBuilder all = new StringBuilder();
    PAGES.values().forEach(all::append);
    Files.writeString(dir.resolve("all.1"), all.toString());
    assertThat(run(dir, "groff", "-man", "-Tutf8", "-ww", "-z", "all.1")).isEmpty();
    String rendered = run(dir, "groff", "-man", "-Tutf8", "-rLL=80n", "-P-cbou", "all.1");
    List<String> lines = rendered.lines().toList();
    assertThat(lines).hasSizeGreaterThan(PAGES.size() * 20);
    assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(80));
    // never a word, option or path hyphenated across lines (groff's hyphen is U+2010)
    assertThat(lines).noneMatch(l -> l.endsWith("\u2010"));
    assertThat(rendered).contains("FILE.rejects.csv", "custom_attributes.KEY");
  }
}
