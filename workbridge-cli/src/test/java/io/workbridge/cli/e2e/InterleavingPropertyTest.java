package io.workbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.workbridge.cli.e2e.LifecycleScenario.Step;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.fault.FaultSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The whole-day {@link LifecycleScenario} with sync cycles at random points: for each seed, between two
 * cycles the people take 0 to 4 steps (a step that needs the sync's work first — a CSR acting on a booking
 * the sync has not made yet — waits for the next cycle), processes restart now and then, and a quarter of
 * the seeds run under a random fault schedule (429 bursts, 5xx, connections dropped after the server acted,
 * access tokens expiring). ServiceTitan's export feeds are snapshots, so several steps between two polls
 * are seen as one: the sync must treat statuses as milestones.
 *
 * <p>Every seed must end with no duplicate, nothing lost, and the same remote state as the step-by-step run
 * (a sync after every step), except what no integration can know, each listed here:
 *
 * <ul>
 *   <li>The first text of the technician's note, when the office edited it before the sync's notes feed
 *       read it: ServiceTitan keeps only the latest text, so only the edited version reaches ServiceChannel.
 * </ul>
 *
 * A failing seed is printed with its step-and-cycle trace; replay one with {@code
 * -Dworkbridge.interleaving.seed=N}, change the count with {@code -Dworkbridge.interleaving.seeds=N}.
 */
class InterleavingPropertyTest {
  private static final String ST_TENANT = "/[a-z]+/v2/tenant/\\d+";
  private static final int SEEDS = Integer.getInteger("workbridge.interleaving.seeds", 120);
  private static final Long ONLY_SEED = Long.getLong("workbridge.interleaving.seed");

  private static SortedMap<String, String> stepByStep;

  private static Level logLevelBefore;

  @BeforeAll
  static void runStepByStep() {
    // Hundreds of injected faults: each stopped stream or deferred record is logged at WARN, which says nothing
    // here — except when one seed is replayed to see what happened.
    Logger workbridge = (Logger) LoggerFactory.getLogger("io.workbridge");
    logLevelBefore = workbridge.getLevel();
    if (ONLY_SEED == null) {
      workbridge.setLevel(Level.ERROR);
    }
    stepByStep = play(-1, (world, scenario, trace) -> new StepByStep());
  }

  @AfterAll
  static void restoreLogLevel() {
    ((Logger) LoggerFactory.getLogger("io.workbridge")).setLevel(logLevelBefore);
  }

  @Test
  void anyInterleavingOfStepsCyclesRestartsAndFaults_endsInTheStepByStepState() {
    Map<Long, String> failures = new ConcurrentSkipListMap<>();
    LongStream seeds = ONLY_SEED != null ? LongStream.of(ONLY_SEED) : LongStream.range(0, SEEDS);
    seeds.parallel().forEach(seed -> {
      List<String> trace = new ArrayList<>();
      try {
        SortedMap<String, String> state = play(seed, (world, scenario, log) -> new Randomly(seed, log));
        List<String> differences = differences(stepByStep, state);
        if (!differences.isEmpty()) {
          failures.put(seed, String.join("\n", differences));
        }
      } catch (AssertionError | RuntimeException failure) {
        failures.put(seed, failure.toString());
      }
    });
    assertThat(failures).as("seeds ending otherwise than the step-by-step run (replay with -Dworkbridge.interleaving.seed=N)").isEmpty();
  }

  /** Decides, step by step, when the bridge syncs. */
  private interface Placement {
    /** Whether to run a cycle before the next step. */
    boolean cycleBefore(Step next);

    /** Whether the process restarts before this cycle. */
    default boolean restart() {
      return false;
    }

    /** Called before each cycle, e.g. to expire tokens. */
    default void beforeCycle(SimulatedWorld world) {}

    /** Called once the world exists, e.g. to plan faults. */
    default void prepare(SimulatedWorld world) {}
  }

  private interface PlacementFactory {
    Placement create(SimulatedWorld world, LifecycleScenario scenario, List<String> trace);
  }

  /** A sync until quiet after every step: the reference. */
  private static final class StepByStep implements Placement {
    @Override
    public boolean cycleBefore(Step next) {
      return true;
    }
  }

  /** 0 to 4 steps between cycles, a restart now and then, and faults for a quarter of the seeds. */
  private static final class Randomly implements Placement {
    private final Random random;
    private final boolean faults;
    private final List<String> trace;
    private int stepsLeft;

    Randomly(long seed, List<String> trace) {
      this.random = new Random(seed);
      this.faults = seed % 4 == 3;
      this.trace = trace;
      this.stepsLeft = random.nextInt(5);
    }

    @Override
    public boolean cycleBefore(Step next) {
      if (stepsLeft > 0) {
        stepsLeft--;
        return false;
      }
      stepsLeft = random.nextInt(5);
      return true;
    }

    @Override
    public boolean restart() {
      return random.nextInt(8) == 0;
    }

    @Override
    public void beforeCycle(SimulatedWorld world) {
      if (faults && random.nextInt(4) == 0) {
        trace.add("tokens expire");
        world.serviceTitan().oauth().expireAccessTokens();
        world.serviceChannel().oauth().expireAccessTokens();
        world.vendor().oauth().expireAccessTokens();
      }
    }

    @Override
    public void prepare(SimulatedWorld world) {
      if (faults) {
        planFaults(world, random, trace);
      }
    }
  }

  /**
   * Plays the scenario once in a fresh world with cycles where {@code placement} says, then syncs until
   * quiet, checks nothing was duplicated or lost, and returns the end state.
   */
  private static SortedMap<String, String> play(long seed, PlacementFactory placements) {
    List<String> trace = new ArrayList<>();
    try (SimulatedWorld world = SimulatedWorld.start();
        TestStore store = TestStore.h2InMemory();
        RemoteView remote = new RemoteView(world)) {
      LifecycleScenario scenario = new LifecycleScenario(world, remote);
      Placement placement = placements.create(world, scenario, trace);
      placement.prepare(world);
      BridgeWiring wiring = scenario.wiring(store);
      WorkBridge[] bridge = {wiring.open()};
      Consumer<String> cycle =
          why -> {
            if (placement.restart()) {
              trace.add("restart");
              bridge[0].close();
              bridge[0] = wiring.open();
            }
            placement.beforeCycle(world);
            trace.add("cycle (" + why + ")");
            bridge[0].runOnce();
            world.tick();
          };
      try {
        for (Step step : scenario.steps()) {
          if (placement instanceof StepByStep) {
            Cycles.untilQuiet(bridge[0], world);
          } else if (placement.cycleBefore(step)) {
            cycle.accept("placed");
          }
          int waited = 0;
          while (!step.ready().getAsBoolean()) {
            if (++waited > Cycles.MAX_CYCLES) {
              throw new AssertionError("step '" + step.name() + "' never became ready");
            }
            cycle.accept("'" + step.name() + "' waits for the sync");
          }
          trace.add(step.name());
          step.action().run();
        }
        for (FaultSchedule faults : schedules(world)) {
          faults.clear();
        }
        Cycles.untilQuiet(bridge[0], world);
      } finally {
        bridge[0].close();
      }
      scenario.assertNoDuplicates();
      SortedMap<String, String> state = new TreeMap<>(scenario.snapshot());
      scenario.allowUnseenFirstText(state);
      world.verify();
      return state;
    } catch (AssertionError | RuntimeException failure) {
      throw new AssertionError("seed " + seed + " failed: " + failure + "\n  trace: " + trace, failure);
    }
  }

  private static List<String> differences(SortedMap<String, String> expected, SortedMap<String, String> actual) {
    TreeSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    return keys.stream()
        .filter(key -> !Objects.equals(expected.get(key), actual.get(key)))
        .map(key -> key + ":\n    step by step: " + expected.get(key) + "\n    interleaved:  " + actual.get(key))
        .toList();
  }

  private static List<FaultSchedule> schedules(SimulatedWorld world) {
    return List.of(world.serviceTitan().faults(), world.serviceChannel().simulator().faults(), world.vendor().faults());
  }

  /** A random selection of faults on the bridge's own calls (the people in the simulators are never hit). */
  private static void planFaults(SimulatedWorld world, Random random, List<String> trace) {
    List<Fault> kinds =
        List.of(
            Fault.status(503),
            Fault.status(500),
            Fault.disconnectAfterProcessing(),
            Fault.disconnect(),
            Fault.respond(SimResponse.json(429, Json.obj("message", "Too many requests")).withHeader("Retry-After", "1")));
    List<String[]> targets =
        List.of(
            new String[] {"st", "POST", ST_TENANT + "/booking-provider/\\d+/bookings"},
            new String[] {"st", "POST", ST_TENANT + "/jobs/\\d+/notes"},
            new String[] {"st", "PATCH", ST_TENANT + "/jobs/\\d+"},
            new String[] {"st", "GET", ST_TENANT + "/export/.*"},
            new String[] {"sc", "PUT", "/v3/workorders/\\d+/status"},
            new String[] {"sc", "PUT", "/v3/workorders/\\d+/decline"},
            new String[] {"sc", "POST", "/v3/workorders/\\d+/notes"},
            new String[] {"sc", "POST", "/v3/workorders/\\d+/universalCheckIn"},
            new String[] {"sc", "POST", "/v3/workorders/\\d+/universalCheckOut"},
            new String[] {"sc", "POST", "/v3/workorders/\\d+/attachments"},
            new String[] {"sc", "POST", "/v3/invoices"},
            new String[] {"sc", "GET", "/v3/odata/workorders"},
            new String[] {"vendor", "POST", "/v1/alerts/[^/]+/outcome"},
            new String[] {"vendor", "GET", "/v1/accounts/[^/]+/alerts"});
    int count = 4 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      String[] target = targets.get(random.nextInt(targets.size()));
      Fault fault = kinds.get(random.nextInt(kinds.size()));
      int match = 1 + random.nextInt(3);
      FaultSchedule schedule =
          switch (target[0]) {
            case "st" -> world.serviceTitan().faults();
            case "sc" -> world.serviceChannel().simulator().faults();
            default -> world.vendor().faults();
          };
      schedule.on(target[1], target[2]).matchNumber(match).then(fault);
      trace.add("fault " + i + ": " + target[1] + " " + target[2] + " #" + match);
    }
  }
}
