package io.workbridge.sync.crash;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts crash points — every call into a port or the store, once before and once after it reaches
 * its target — and crashes the process at chosen points. A crash-free run with {@link #never()}
 * tells how many points a scenario has; a seeded run then picks some of them.
 */
public final class CrashPlan {
  private final AtomicLong points = new AtomicLong();
  private final AtomicInteger crashes = new AtomicInteger();
  private final long[] crashAt;
  private final java.util.List<Kind> kinds;
  private final java.util.List<String> operations;
  private volatile String crashedAt;

  /** What happens at a crash point. */
  public enum Kind {
    /** Around a call that only reads. */
    READ,
    /** Around a port call that changes a remote platform. */
    REMOTE_WRITE,
    /** Around a store call that writes. */
    STORE_WRITE
  }

  private CrashPlan(long[] crashAt, boolean recordKinds) {
    this.crashAt = crashAt;
    this.kinds = recordKinds ? new java.util.ArrayList<>() : null;
    this.operations = recordKinds ? new java.util.ArrayList<>() : null;
  }

  /** A plan that never crashes (to count the points of a scenario). */
  public static CrashPlan never() {
    return new CrashPlan(new long[0], true);
  }

  /** A plan that crashes at each of the given crash points (1-based, distinct). */
  public static CrashPlan at(long... points) {
    long[] sorted = points.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] < 1 || (i > 0 && sorted[i] == sorted[i - 1])) {
        throw new IllegalArgumentException("points must be distinct and at least 1: " + Arrays.toString(points));
      }
    }
    return new CrashPlan(sorted, false);
  }

  /**
   * Counts one crash point; true if the process must die here.
   *
   * @param kind what the call does
   * @param operation which call, e.g. {@code "serviceTitan.createBooking"}
   */
  public boolean due(Kind kind, String operation) {
    if (kinds != null) {
      synchronized (kinds) {
        kinds.add(kind);
        operations.add(operation);
        return points.incrementAndGet() < 0;
      }
    }
    return Arrays.binarySearch(crashAt, points.incrementAndGet()) >= 0;
  }

  /**
   * The crash points of one kind grouped by operation, 1-based, as recorded by a {@link #never()}
   * plan; operations in name order.
   */
  public java.util.SortedMap<String, long[]> pointsByOperation(Kind kind) {
    if (kinds == null) {
      throw new IllegalStateException("only a never() plan records the kinds of its points");
    }
    java.util.SortedMap<String, java.util.List<Long>> grouped = new java.util.TreeMap<>();
    synchronized (kinds) {
      for (int i = 0; i < kinds.size(); i++) {
        if (kinds.get(i) == kind) {
          grouped.computeIfAbsent(operations.get(i), k -> new java.util.ArrayList<>()).add(i + 1L);
        }
      }
    }
    java.util.SortedMap<String, long[]> result = new java.util.TreeMap<>();
    grouped.forEach((op, list) -> result.put(op, list.stream().mapToLong(Long::longValue).toArray()));
    return result;
  }

  /** The crash to throw at a due point, remembering where it happened. */
  public SimulatedCrash crash(String where) {
    crashedAt = where;
    crashes.incrementAndGet();
    return new SimulatedCrash(points.get(), where);
  }

  /** How many crash points this plan has. */
  public int planned() {
    return crashAt.length;
  }

  /** How many crashes happened so far. */
  public int crashes() {
    return crashes.get();
  }

  /** Counts one crash point and throws {@link SimulatedCrash} if it is a chosen one. */
  public void point(Kind kind, String operation, String where) {
    if (due(kind, operation)) {
      throw crash(operation + " " + where);
    }
  }

  /** How many crash points were passed so far. */
  public long points() {
    return points.get();
  }

  /** Where the last crash happened, or null if none did (yet). */
  public String crashedAt() {
    return crashedAt;
  }

  /** True once every planned crash happened. */
  public boolean crashedAtEveryPoint() {
    return crashes.get() == crashAt.length;
  }

  @Override
  public String toString() {
    return crashAt.length == 0
        ? "CrashPlan{never}"
        : "CrashPlan{at " + Arrays.toString(crashAt) + ", " + crashes + " crashed, last at " + crashedAt + "}";
  }
}
