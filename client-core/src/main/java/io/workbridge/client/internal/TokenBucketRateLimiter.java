package io.workbridge.client.internal;

import io.workbridge.client.RateLimiter;
import io.workbridge.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Token bucket with reservation: a caller reserves the next permit under the lock (the bucket may go into
 * debt), then sleeps outside it, so waiting threads are served in order and never spin.
 */
public final class TokenBucketRateLimiter implements RateLimiter {
  private final double capacity;
  private final double permitsPerNano;
  private final Clock clock;
  private final Sleeper sleeper;

  private double tokens;
  private Instant lastRefill;
  private Instant pausedUntil = Instant.MIN;

  /** Creates a full bucket of {@code permits} refilled evenly over {@code period}. */
  public TokenBucketRateLimiter(int permits, Duration period, Clock clock, Sleeper sleeper) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be >= 1, was " + permits);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    this.capacity = permits;
    this.permitsPerNano = permits / (double) period.toNanos();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.tokens = permits;
    this.lastRefill = clock.instant();
  }

  @Override
  public void acquire() {
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  @Override
  public synchronized void pauseFor(Duration duration) {
    Instant until = clock.instant().plus(duration);
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  /** Takes one permit and returns how long the caller must wait before using it. */
  synchronized Duration reserve() {
    Instant now = clock.instant();
    long elapsed = Duration.between(lastRefill, now).toNanos();
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * permitsPerNano);
      lastRefill = now;
    }
    tokens -= 1;
    long debtNanos = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / permitsPerNano);
    long pauseNanos = pausedUntil.isAfter(now) ? Duration.between(now, pausedUntil).toNanos() : 0;
    return Duration.ofNanos(Math.max(debtNanos, pauseNanos));
  }
}
