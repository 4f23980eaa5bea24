package io.workbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  @Test
  void advanceAndSet_moveTheClock_withoutRecordingSleeps() {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

    assertThat(clock.advance(Duration.ofMinutes(2))).isEqualTo(Instant.parse("2026-01-01T00:02:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:02:00Z"));
    clock.set(Instant.parse("2030-05-05T05:05:05Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2030-05-05T05:05:05Z").toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.advance(Duration.ofSeconds(-5))).isEqualTo(Instant.parse("2030-05-05T05:05:00Z"));
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void sleep_recordsEachWait_andMovesTheClockInsteadOfBlocking() {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    long before = System.nanoTime();

    clock.sleep(Duration.ofHours(2));
    clock.sleep(Duration.ofMillis(250));

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T02:00:00.250Z"));
    assertThat(clock.sleeps()).containsExactly(Duration.ofHours(2), Duration.ofMillis(250));
  }

  @Test
  void sleep_ofZeroOrNegative_isRecordedButLeavesTheClock() {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

    clock.sleep(Duration.ZERO);
    clock.sleep(Duration.ofSeconds(-3));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.sleeps()).containsExactly(Duration.ZERO, Duration.ofSeconds(-3));
  }

  @Test
  void withZone_sharesTheSameTimeAndSleeps() {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));

    clock.advance(Duration.ofHours(1));
    ((MutableClock) berlin).sleep(Duration.ofMinutes(1));

    assertThat(berlin.instant()).isEqualTo(clock.instant()).isEqualTo(Instant.parse("2026-01-01T01:01:00Z"));
    assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void fixed_standsAtTheDocumentedInstant() {
    assertThat(MutableClock.fixed().instant()).isEqualTo(Instant.parse("2026-01-15T12:00:00Z"));
  }
}
