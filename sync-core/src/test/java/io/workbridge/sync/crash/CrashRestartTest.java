package io.workbridge.sync.crash;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.LeadFeed;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.LeadCount;
import io.workbridge.sync.workflow.LeadSync;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The randomized crash-restart test: the scripted scenario runs once without a crash, then with the
 * process dying at random crash points, one per seed — in a port call before or after its remote
 * effect, or in a store call before or after its write. The seeds are taken in groups of
 * {@link #CRASHES_PER_RUN}: one scenario run crashes at each point of its group in turn. A crash throws away every workflow object;
 * the restarted process builds new ones over the same durable store and the same remote platforms,
 * and finds the dead process's reservations expired (its store clock has moved past the lease). At
 * the end the remote state must equal the crash-free run's: no duplicate booking, job, note, check-in,
 * attachment or invoice, and nothing missing.
 */
class CrashRestartTest {
  /** How many seeds, each giving one crash point; {@code -Dworkbridge.crash.seeds=N}. */
  private static final int SEEDS = Integer.getInteger("workbridge.crash.seeds", 500);

  /** The first seed; {@code -Dworkbridge.crash.firstSeed=N} replays from a reported one. */
  private static final int FIRST_SEED = Integer.getInteger("workbridge.crash.firstSeed", 0);

  /**
   * How many seeds' crashes one scenario run takes, one after another (each followed by a restart).
   * Grouping keeps the test within a minute; {@code -Dworkbridge.crash.perRun=1} gives every seed a
   * run of its own.
   */
  private static final int CRASHES_PER_RUN = Integer.getInteger("workbridge.crash.perRun", 5);
  private static final long MASTER_SEED = 0x5eed_2026_1125L;
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final ConnectionId TENANT = ConnectionId.of("tenant-1");
  private static final int MAX_CYCLES_PER_PHASE = 12;

  private static Level previousLevel;

  @BeforeAll
  static void quietCycleLogs() {
    Logger sync = (Logger) LoggerFactory.getLogger("io.workbridge.sync");
    previousLevel = sync.getLevel();
    sync.setLevel(Level.ERROR);
  }

  @AfterAll
  static void restoreCycleLogs() {
    ((Logger) LoggerFactory.getLogger("io.workbridge.sync")).setLevel(previousLevel);
  }

  @Test
  void crashAtRandomPoints_restartEndsInTheCrashFreeState() {
    Outcome reference = run(CrashPlan.never());
    if (Boolean.getBoolean("workbridge.crash.print")) { System.err.println(reference.snapshot); }
    assertThat(reference.restarts).isZero();
    assertThat(reference.snapshot)
        .contains("invoice INV-", "check-in", "ACTION-REQUIRED", "attachment", "job ")
        .contains("SCHEDULED", "RESOLVED", "DISMISSED", "ref=st-booking");

    int injected = 0;
    for (int first = FIRST_SEED; first < FIRST_SEED + SEEDS; first += CRASHES_PER_RUN) {
      int last = Math.min(first + CRASHES_PER_RUN, FIRST_SEED + SEEDS) - 1;
      long[] points = CrashPoints.forSeeds(reference.plan, MASTER_SEED, first, last);
      Outcome crashed = run(CrashPlan.at(points));

      String seeds = "seeds " + first + ".." + last + " (" + crashed.plan + ")";
      assertThat(crashed.plan.crashedAtEveryPoint()).as(seeds).isTrue();
      assertThat(crashed.restarts).as(seeds).isEqualTo(points.length);
      assertThat(Snapshots.difference(reference.snapshot, crashed.snapshot))
          .as("remote state after restarts differs from the crash-free run, " + seeds)
          .isEmpty();
      injected += crashed.restarts;
    }
    assertThat(injected).isGreaterThanOrEqualTo(SEEDS - SEEDS / 100);
  }

  /**
   * The same with four workers handling the work orders: which record reaches a numbered crash point varies
   * from run to run, and bookings and jobs are created in another order (so their ids and the order of the
   * snapshot's lines differ), but no line may be missing or extra.
   */
  @Test
  void crashAtRandomPoints_withConcurrentWorkers_restartEndsWithTheSameRemoteRecords() {
    Outcome reference = run(CrashPlan.never(), 4);
    assertThat(reference.restarts).isZero();
    int seeds = Math.max(CRASHES_PER_RUN, SEEDS / 5);
    int injected = 0;
    for (int first = FIRST_SEED; first < FIRST_SEED + seeds; first += CRASHES_PER_RUN) {
      int last = Math.min(first + CRASHES_PER_RUN, FIRST_SEED + seeds) - 1;
      long[] points = CrashPoints.forSeeds(reference.plan, MASTER_SEED, first, last);
      Outcome crashed = run(CrashPlan.at(points), 4);

      String difference = Snapshots.difference(reference.snapshot, crashed.snapshot);
      assertThat(difference.isEmpty() || difference.startsWith("same lines in another order"))
          .as("remote records after restarts differ from the crash-free run, seeds %d..%d (%s): %s",
              first, last, crashed.plan, difference)
          .isTrue();
      injected += crashed.restarts;
    }
    assertThat(injected).isGreaterThanOrEqualTo(seeds / 2);
  }

  private record Outcome(CrashPlan plan, String snapshot, long points, int restarts) {}

  private static Outcome run(CrashPlan plan) {
    return run(plan, 1);
  }

  private static Outcome run(CrashPlan plan, int concurrency) {
    WorkOrderScenario world = new WorkOrderScenario();
    LeadScenario leads = new LeadScenario(world.serviceTitan, world.worldClock);
    MutableClock storeClock = MutableClock.at("2026-03-02T08:00:00Z");
    SyncStore durable =
        InMemorySyncStore.create(
            SyncStoreSettings.builder().clock(storeClock).defaultLease(LEASE).build());
    SyncStore store = Crashing.store(durable, plan);
    WorkOrderPlatform serviceChannel =
        Crashing.port(WorkOrderPlatform.class, world.serviceChannel, plan, "serviceChannel");
    FieldServicePlatform serviceTitan =
        Crashing.port(FieldServicePlatform.class, world.serviceTitan, plan, "serviceTitan");
    LeadFeed vendor = Crashing.port(LeadFeed.class, leads.vendor, plan, "vendor");
    Process process = new Process(serviceChannel, serviceTitan, vendor, store.connection(TENANT), leads, concurrency);
    int restarts = 0;

    for (int phase = 0; phase < WorkOrderScenario.phases() + 1; phase++) {
      if (phase < WorkOrderScenario.phases()) {
        world.phase(phase);
        leads.phase(phase);
      }
      int cycles = 0;
      while (true) {
        storeClock.advance(Duration.ofSeconds(30));
        try {
          String before = cursors(durable);
          SyncReport workOrders = process.workOrders.runCycle();
          SyncReport alerts = process.leads.runCycle();
          boolean idle =
              workOrders.totalPerformed() == 0
                  && alerts.totalPerformed() == 0
                  && alerts.leadCount(LeadCount.REPLAYED) == 0
                  && before.equals(cursors(durable));
          if (idle) {
            break;
          }
        } catch (SimulatedCrash crash) {
          restarts++;
          storeClock.advance(LEASE);
          process = new Process(serviceChannel, serviceTitan, vendor, store.connection(TENANT), leads, concurrency);
        }
        cycles++;
        assertThat(cycles).as("cycles in phase %d (%s)", phase, plan).isLessThan(MAX_CYCLES_PER_PHASE);
      }
    }
    String snapshot = world.snapshot() + "== Leads vendor\n" + leads.snapshot();
    return new Outcome(plan, snapshot, plan.points(), restarts);
  }

  private static String cursors(SyncStore store) {
    ConnectionStore connection = store.connection(TENANT);
    return connection.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)
        + "|"
        + connection.cursors().get(WorkOrderSync.FIELD_EVENT_STREAM)
        + "|"
        + connection.cursors().get(LeadSyncConfig.ALERTS_STREAM)
        + "|"
        + connection.heldLeads().count();
  }

  /** One process's objects: all thrown away by a crash. */
  private static final class Process {
    final WorkOrderSync workOrders;
    final LeadSync leads;

    Process(
        WorkOrderPlatform serviceChannel,
        FieldServicePlatform serviceTitan,
        LeadFeed vendor,
        ConnectionStore store,
        LeadScenario scenario,
        int concurrency) {
      this.workOrders =
          new WorkOrderSync(serviceChannel, serviceTitan, store, WorkOrderScenario.settings(concurrency));
      this.leads =
          LeadSync.builder()
              .feed(vendor)
              .platform(serviceTitan)
              .store(store)
              .config(scenario.config::get)
              .build();
    }
  }
}
