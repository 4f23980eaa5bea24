package io.workbridge.sync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  @Test
  void advanceAndSet_moveTheClock() {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

    assertThat(clock.advance(Duration.ofMinutes(2))).isEqualTo(Instant.parse("2026-01-01T00:02:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:02:00Z"));
    clock.set(Instant.parse("2030-05-05T05:05:05Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2030-05-05T05:05:05Z").toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void withZone_sharesTheSameTime() {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    var berlin = clock.withZone(ZoneId.of("Europe/Berlin"));

    clock.advance(Duration.ofHours(1));

    assertThat(berlin.instant()).isEqualTo(clock.instant());
    assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }
}
