package io.workbridge.benchmarks.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short run of the latency probe (half-second poll intervals, two changes of each kind): every change
 * crosses over and is counted — never timed; the timings are what {@code BENCHMARKS.md} reports.
 */
class LatencyProbeTest {

  @Test
  void everyChangeCrossesOverAndIsCounted() {
    LatencyProbe.Options options =
        LatencyProbe.Options.parse(
            "--samples", "2", "--window-s", "1", "--latency-ms", "0", "--work-orders-every-s", "0.5",
            "--servicetitan-every-s", "0.5");

    List<LatencyProbe.Measured> measured = LatencyProbe.run(options);

    assertThat(measured)
        .extracting(LatencyProbe.Measured::name)
        .containsExactly(
            "ServiceTitan dispatch → ServiceChannel status",
            "ServiceChannel subscriber note → ServiceTitan job note",
            "ServiceChannel new work order → ServiceTitan booking, with the webhook");
    assertThat(measured).allSatisfy(m -> assertThat(m.latencies()).hasSize(2).allMatch(d -> !d.isNegative()));
    assertThat(LatencyProbe.render(options, measured))
        .contains("| ServiceTitan dispatch → ServiceChannel status | 2 |")
        .contains("≤ 35.0 s");
  }

  @Test
  void percentiles_areNearestRank() {
    LatencyProbe.Measured measured =
        new LatencyProbe.Measured(
            "x", Duration.ofSeconds(1), List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4)));

    assertThat(measured.percentile(50)).isEqualTo(Duration.ofSeconds(2));
    assertThat(measured.percentile(95)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void options_nameWhatIsWrong() {
    assertThatThrownBy(() -> LatencyProbe.Options.parse("--samples", "0")).hasMessageContaining("--samples");
    assertThatThrownBy(() -> LatencyProbe.Options.parse("--bogus", "1")).hasMessageContaining("--bogus");
    assertThatThrownBy(() -> LatencyProbe.Options.parse("--window-s")).hasMessageContaining("missing value");
  }
}
