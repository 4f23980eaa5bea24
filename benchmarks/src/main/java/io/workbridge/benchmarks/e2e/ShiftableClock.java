package io.workbridge.benchmarks.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock moved by an adjustable offset: real time keeps running (rate-limit windows and token
 * lifetimes behave as in production), while a seeding step can stamp records in the past. Thread-safe.
 */
final class ShiftableClock extends Clock {
  private volatile Duration offset = Duration.ZERO;

  /** Moves the clock to system time plus {@code value} (negative: the past). */
  void shift(Duration value) {
    this.offset = value;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("always UTC");
  }
}
