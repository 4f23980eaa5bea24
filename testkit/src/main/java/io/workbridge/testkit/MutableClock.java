package io.workbridge.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated time of a test: a thread-safe clock that moves only when a test says so, to expire tokens
 * and roll rate-limit windows without sleeping, and the sleeper that goes with it. Share one instance between
 * the simulators, their OAuth servers and the client under test.
 *
 * <p>Where code takes a sleeper ({@code io.workbridge.client.Sleeper} and the like), pass {@code
 * clock::sleep}: each wait is recorded ({@link #sleeps()}) and moves the clock forward instead of blocking.
 *
 * <pre>{@code
 * MutableClock time = MutableClock.at("2026-01-15T12:00:00Z");
 * client = Client.builder().clock(time).sleeper(time::sleep).build();
 * ...
 * assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
 * }</pre>
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;
  private final List<Duration> sleeps;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone, List<Duration> sleeps) {
    this.now = now;
    this.zone = zone;
    this.sleeps = sleeps;
  }

  /**
   * A clock standing at the given instant, in UTC.
   *
   * @param start the instant
   * @return the clock
   */
  public static MutableClock at(Instant start) {
    return new MutableClock(
        new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC, new CopyOnWriteArrayList<>());
  }

  /**
   * A clock standing at the given ISO-8601 instant (e.g. {@code "2026-01-15T12:00:00Z"}), in UTC.
   *
   * @param start the instant
   * @return the clock
   */
  public static MutableClock at(String start) {
    return at(Instant.parse(start));
  }

  /**
   * A clock standing at 2026-01-15T12:00:00Z, in UTC.
   *
   * @return the clock
   */
  public static MutableClock fixed() {
    return at(Instant.parse("2026-01-15T12:00:00Z"));
  }

  /**
   * Moves the clock forward (or back, when negative); not recorded as a sleep.
   *
   * @param duration how far
   * @return the new instant
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /**
   * Sets the clock.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Sleeps in simulated time: records the wait and moves the clock forward by it, returning at once. A zero
   * or negative wait is recorded and leaves the clock where it is (a real sleep would not wait either). Pass
   * {@code clock::sleep} where a sleeper is expected.
   *
   * @param duration how long the caller wants to wait
   */
  public void sleep(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    sleeps.add(duration);
    if (!duration.isNegative()) {
      now.updateAndGet(instant -> instant.plus(duration));
    }
  }

  /** {@return every wait passed to {@link #sleep(Duration)} so far, in order} */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, newZone, sleeps);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "]";
  }
}
