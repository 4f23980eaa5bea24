package io.workbridge.servicechannel;

import io.workbridge.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when something sleeps through it; every sleep is recorded, nothing really waits. */
final class FakeTime extends Clock implements Sleeper {
  private volatile Instant now;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  FakeTime(Instant start) {
    this.now = start;
  }

  FakeTime() {
    this(Instant.parse("2026-06-01T12:00:00Z"));
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** Moves the clock without recording a sleep. */
  void advance(Duration duration) {
    now = now.plus(duration);
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
