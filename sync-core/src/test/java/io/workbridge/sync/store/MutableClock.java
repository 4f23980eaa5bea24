package io.workbridge.sync.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when told to: tests drive leases and timestamps with
 * {@link #advance(Duration)} and {@link #set(Instant)} instead of sleeping. Thread-safe.
 *
 * @deprecated the simulated clock is {@code io.workbridge.testkit.MutableClock} (same factory methods, plus a
 *     sleeper); this copy stays only until the test code that still imports it from this test-jar moves over,
 *     and is then deleted.
 */
@Deprecated(forRemoval = true)
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code start}, in UTC. */
  public static MutableClock at(Instant start) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** A clock standing at {@code start}, given as an ISO-8601 instant (e.g. "2026-01-01T00:00:00Z"). */
  public static MutableClock at(String start) {
    return at(Instant.parse(start));
  }

  /** Moves the clock forward (or back, if negative) by {@code amount} and returns the new instant. */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    return now.updateAndGet(t -> t.plus(amount));
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of the same moving time in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public String toString() {
    return "MutableClock{" + now.get() + ", " + zone + "}";
  }
}
