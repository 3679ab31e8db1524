package io.inquirly.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpansTest {
  static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

  @Test
  void spansCountBackOrForward() {
    assertThat(Spans.ago("--since", "7d", NOW)).isEqualTo(1_800_000_000L - 7 * 86_400);
    assertThat(Spans.ago("--since", "12h", NOW)).isEqualTo(1_800_000_000L - 12 * 3600);
    assertThat(Spans.ago("--since", "30m", NOW)).isEqualTo(1_800_000_000L - 1800);
    assertThat(Spans.ago("--since", "2w", NOW)).isEqualTo(1_800_000_000L - 14 * 86_400);
    assertThat(Spans.ahead("--until", "2h", NOW)).isEqualTo(1_800_000_000L + 7200);
  }

  @Test
  void datesAreUtcMidnightAndDateTimesUtcUnlessOffset() {
    assertThat(Spans.ago("--since", "2026-12-01", NOW)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z").getEpochSecond());
    assertThat(Spans.ahead("--until", "2026-12-01T09:30", NOW))
        .isEqualTo(Instant.parse("2026-12-01T09:30:00Z").getEpochSecond());
    assertThat(Spans.ahead("--until", "2026-12-01T09:30:00+02:00", NOW))
        .isEqualTo(Instant.parse("2026-12-01T07:30:00Z").getEpochSecond());
    assertThat(Spans.ago("--since", "1790000000", NOW)).isEqualTo(1_790_000_000L);
  }

  @Test
  void badInputNamesTheOptionAndTheForms() {
    assertThatThrownBy(() -> Spans.ago("--since", "7x", NOW)).isInstanceOf(InvalidInput.class)
        .hasMessage("invalid --since '7x': use 7d, 12h, 30m, 2w or a date like 2026-12-01");
    assertThatThrownBy(() -> Spans.ahead("--until", "2026-13-45", NOW)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("invalid --until '2026-13-45'");
  }
}
