package io.workbridge.benchmarks.e2e;

import io.workbridge.benchmarks.e2e.SimulatedDeployment.Cycle;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Back-fills work orders into ServiceTitan bookings: the subscriber creates them over a past period,
 * then sync cycles run back to back until one performs no effect; one more cycle is the idle cycle with
 * every work order tracked.
 */
final class Backfill {

  /**
   * What the back-fill did and cost.
   *
   * @param workOrders work orders created
   * @param bookings bookings in ServiceTitan afterwards
   * @param cycles sync cycles run, the last (quiet) one included
   * @param wallTime from the first cycle's start to the last one's end
   * @param calls the calls of all those cycles
   * @param idleCycle the calls of the idle cycle that followed
   * @param rateLimited requests each simulator refused with 429
   * @param heapSeeded heap in use after seeding, before the sync (after GC)
   * @param heapAfterSync heap in use after the sync and the idle cycle, the request journals cleared (after GC)
   * @param loadBefore the system load average (1 min) when the sync started, negative when unknown
   * @param loadAfter the system load average (1 min) when the sync ended, negative when unknown
   */
  record Result(
      int workOrders,
      int bookings,
      int cycles,
      Duration wallTime,
      CallTally calls,
      CallTally idleCycle,
      Map<RemoteSystem, Long> rateLimited,
      long heapSeeded,
      long heapAfterSync,
      double loadBefore,
      double loadAfter) {}

  private Backfill() {}

  /**
   * Runs the back-fill on a fresh deployment.
   *
   * @param options how many work orders, limits, latency, spacing
   * @return the result
   * @throws IllegalStateException when the sync did not book every work order or the idle cycle did anything
   */
  static Result run(HarnessOptions options) {
    int count = options.workOrders();
    Instant activatedAt = Instant.now().minus(options.spacing().multipliedBy(count)).minus(Duration.ofMinutes(1));
    try (SimulatedDeployment deployment = SimulatedDeployment.start(options.limits(), options.latency(), activatedAt, options.concurrency())) {
      deployment.seedWorkOrders(count, options.spacing());
      long heapSeeded = Heap.usedAfterGc();

      int maxCycles = count / 50 + 10;
      CallTally calls = CallTally.NONE;
      int cycles = 0;
      double loadBefore = systemLoad();
      long start = System.nanoTime();
      Cycle cycle;
      do {
        cycle = deployment.runCycle();
        calls = calls.plus(cycle.calls());
        cycles++;
        if (!cycle.report().quarantined().isEmpty()) {
          throw new IllegalStateException("the back-fill quarantined records: " + cycle.report().quarantined());
        }
      } while ((cycle.report().totalPerformed() > 0 || !cycle.report().completed()) && cycles < maxCycles);
      Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
      double loadAfter = systemLoad();

      int bookings = deployment.serviceTitan().count("bookings");
      if (bookings != count) {
        throw new IllegalStateException(
            "the back-fill booked " + bookings + " of " + count + " work orders in " + cycles + " cycles; last: "
                + cycle.report());
      }
      Cycle idle = deployment.runCycle();
      if (idle.report().totalPerformed() != 0 || !idle.report().completed()) {
        throw new IllegalStateException("the idle cycle was not idle: " + idle.report());
      }
      Map<RemoteSystem, Long> rateLimited = new EnumMap<>(RemoteSystem.class);
      for (RemoteSystem system : RemoteSystem.values()) {
        rateLimited.put(system, deployment.rateLimited(system));
      }
      deployment.clearJournals();
      long heapAfterSync = Heap.usedAfterGc();
      return new Result(
          count,
          bookings,
          cycles,
          wallTime,
          calls,
          idle.calls(),
          Collections.unmodifiableMap(rateLimited),
          heapSeeded,
          heapAfterSync,
          loadBefore,
          loadAfter);
    }
  }

  /** The machine's load average over the last minute (other processes share the CPU with the run). */
  private static double systemLoad() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
