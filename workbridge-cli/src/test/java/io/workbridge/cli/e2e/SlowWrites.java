package io.workbridge.cli.e2e;

import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.fault.FaultContext;
import io.workbridge.testkit.fault.FaultSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slows every write (POST, PUT, PATCH, DELETE; token requests aside) the simulators of a {@link SimulatedWorld}
 * receive: each is held a random time before it is processed ({@link Fault#delayProcessing}), so a process
 * killed meanwhile leaves it in flight and it lands afterwards. Counts the writes started and those in flight,
 * for killing a process while one is.
 */
final class SlowWrites {
  private final Random random;
  private final Duration shortest;
  private final Duration longest;
  private final AtomicLong started = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean enabled = true;

  private SlowWrites(long seed, Duration shortest, Duration longest) {
    this.random = new Random(seed);
    this.shortest = shortest;
    this.longest = longest;
  }

  /** Slows the writes of the world's three simulators by {@code shortest} to {@code longest} each. */
  static SlowWrites install(SimulatedWorld world, long seed, Duration shortest, Duration longest) {
    SlowWrites writes = new SlowWrites(seed, shortest, longest);
    for (FaultSchedule faults :
        List.of(world.serviceTitan().faults(), world.serviceChannel().simulator().faults(), world.vendor().faults())) {
      faults.onAny().always().then(writes::hold);
    }
    return writes;
  }

  private SimResponse hold(SimRequest request, FaultContext context) {
    if (!enabled || request.method().equals("GET") || request.path().endsWith("/token")) {
      return context.proceed();
    }
    started.incrementAndGet();
    inFlight.incrementAndGet();
    try {
      return Fault.delayProcessing(delay()).apply(request, context);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private Duration delay() {
    long spread = longest.toMillis() - shortest.toMillis();
    synchronized (random) {
      return shortest.plusMillis(spread <= 0 ? 0 : random.nextLong(spread + 1));
    }
  }

  /** How many writes arrived so far. */
  long started() {
    return started.get();
  }

  /** How many writes are being held or processed now. */
  int inFlight() {
    return inFlight.get();
  }

  /** The shortest hold: a kill sooner than this after a write arrived lands while it is in flight. */
  Duration shortest() {
    return shortest;
  }

  /** Lets writes through at once from now on (those held already stay held). */
  void disable() {
    enabled = false;
  }
}
