package io.workbridge.sync.crash;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts crash points — every call into a port or the store, once before and once after it reaches
 * its target — and crashes the process at one chosen point. A crash-free run with
 * {@link #never()} tells how many points a scenario has; a seeded run then picks one of them.
 */
public final class CrashPlan {
  private final AtomicLong points = new AtomicLong();
  private final long crashAt;
  private volatile String crashedAt;

  private CrashPlan(long crashAt) {
    this.crashAt = crashAt;
  }

  /** A plan that never crashes (to count the points of a scenario). */
  public static CrashPlan never() {
    return new CrashPlan(0);
  }

  /** A plan that crashes at the {@code point}-th crash point (1-based). */
  public static CrashPlan at(long point) {
    if (point < 1) {
      throw new IllegalArgumentException("point must be at least 1, was " + point);
    }
    return new CrashPlan(point);
  }

  /** Counts one crash point; true if the process must die here. */
  public boolean due() {
    return points.incrementAndGet() == crashAt;
  }

  /** The crash to throw at a due point, remembering where it happened. */
  public SimulatedCrash crash(String where) {
    crashedAt = where;
    return new SimulatedCrash(points.get(), where);
  }

  /** Counts one crash point and throws {@link SimulatedCrash} if it is the chosen one. */
  public void point(String where) {
    if (due()) {
      throw crash(where);
    }
  }

  /** How many crash points were passed so far. */
  public long points() {
    return points.get();
  }

  /** Where the crash happened, or null if it did not (yet). */
  public String crashedAt() {
    return crashedAt;
  }

  /** True once the crash happened. */
  public boolean crashed() {
    return crashedAt != null;
  }

  @Override
  public String toString() {
    return crashAt == 0 ? "CrashPlan{never}" : "CrashPlan{at " + crashAt + ", crashed at " + crashedAt + "}";
  }
}
