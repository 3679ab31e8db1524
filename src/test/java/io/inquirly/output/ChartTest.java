package io.inquirly.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {
  @Test
  void barsScaleToTheLargestValueAndFitTheWidth() {
    List<String> lines = Chart.bars(List.of("mon", "tue", "wed"), List.of(0.0, 5.0, 10.0), 30);
    // 30 - "mon │" (5) - " 10" (3) = 22 bar cells; 5 of 10 is 11 cells
    assertThat(lines).containsExactly(
        "mon │" + " ".repeat(22) + " 0",
        "tue │" + "█".repeat(11) + " ".repeat(11) + " 5",
        "wed │" + "█".repeat(22) + " 10");
    lines.forEach(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
  }

  @Test
  void tinyValuesStillShowAnEighthAndAllZeroDrawsNothing() {
    assertThat(Chart.bar(0.01)).isEqualTo("▏");
    assertThat(Chart.bar(2.5)).isEqualTo("██▌");
    assertThat(Chart.bars(List.of("a"), List.of(0.0), 20)).containsExactly("a │                0");
  }

  @Test
  void barsKeepAMinimumWidthOnNarrowTerminals() {
    String line = Chart.bars(List.of("2026-11-01"), List.of(3.0), 5).get(0);
    assertThat(line).isEqualTo("2026-11-01 │██████████ 3");
  }

  @Test
  void sparklineMapsMinToLowestAndMaxToHighest() {
    assertThat(Chart.sparkline(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), 80)).isEqualTo("▁▂▃▄▅▆▇█");
    assertThat(Chart.sparkline(List.of(2.0, 2.0), 80)).isEqualTo("▄▄");
    assertThat(Chart.sparkline(List.of(), 80)).isEmpty();
  }

  @Test
  void sparklineAveragesIntoTheWidth() {
    assertThat(Chart.sparkline(List.of(0.0, 0.0, 8.0, 8.0), 2)).isEqualTo("▁█");
  }

  @Test
  void labelledSparklineShowsEndsAndRange() {
    assertThat(Chart.sparkline(List.of("d1", "d2", "d3"), List.of(1.0, 3.5, 2.0), 80))
        .containsExactly("d1 ▁█▄ d3  min 1 · max 3.5");
  }

  @Test
  void labelsAndValuesMustPair() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Chart.bars(List.of("a"), List.of(), 40))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
