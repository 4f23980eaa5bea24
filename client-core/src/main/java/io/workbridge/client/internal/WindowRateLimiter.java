package io.workbridge.client.internal;

import io.workbridge.client.RateLimiter;
import io.workbridge.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * At most {@code permits} requests per window, however the server aligns its windows: a request counts from
 * the moment it takes its permit until one window after its answer. A server counts a request when it
 * arrives, which is between those two moments; so for any server window holding {@code permits + 1}
 * arrivals, the last of them would have been sent while the other {@code permits} still counted here — which
 * this limiter refuses. No clock agreement with the server and no latency bound is needed; the price is
 * one round trip per window.
 *
 * <p>A caller that finds no permit sleeps (through the {@link Sleeper}) until the oldest answer leaves the
 * window, or, when every permit is held by a request still waiting for its answer, a short while, and tries
 * again. Thread-safe.
 */
public final class WindowRateLimiter implements RateLimiter {
  private final int permits;
  private final Duration window;
  private final Duration recheck;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Deque<Instant> answeredAt = new ArrayDeque<>();
  private int inFlight;
  private Instant pausedUntil = Instant.MIN;

  /**
   * Creates a limiter with no request counted yet.
   *
   * @param permits requests allowed per window, at least 1
   * @param window the server's window, for example one second or one minute
   * @param clock the time source
   * @param sleeper how to wait
   */
  public WindowRateLimiter(int permits, Duration window, Clock clock, Sleeper sleeper) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be >= 1, was " + permits);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    this.permits = permits;
    this.window = window;
    Duration spacing = window.dividedBy(permits);
    Duration ceiling = Duration.ofMillis(20);
    this.recheck = spacing.isZero() ? Duration.ofNanos(1) : spacing.compareTo(ceiling) < 0 ? spacing : ceiling;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public void acquire() {
    Duration wait = tryTake();
    while (!wait.isZero()) {
      sleeper.sleep(wait);
      wait = tryTake();
    }
  }

  @Override
  public synchronized void answered() {
    if (inFlight > 0) {
      inFlight--;
      answeredAt.addLast(clock.instant());
    }
  }

  @Override
  public synchronized void pauseFor(Duration duration) {
    Instant until = clock.instant().plus(duration);
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  /** Takes a permit and returns zero, or returns how long to wait before trying again. */
  synchronized Duration tryTake() {
    Instant now = clock.instant();
    if (pausedUntil.isAfter(now)) {
      return Duration.between(now, pausedUntil);
    }
    Instant windowStart = now.minus(window);
    while (!answeredAt.isEmpty() && !answeredAt.peekFirst().isAfter(windowStart)) {
      answeredAt.pollFirst();
    }
    if (inFlight + answeredAt.size() < permits) {
      inFlight++;
      return Duration.ZERO;
    }
    if (answeredAt.isEmpty()) {
      return recheck;
    }
    return Duration.between(windowStart, answeredAt.peekFirst());
  }
}
