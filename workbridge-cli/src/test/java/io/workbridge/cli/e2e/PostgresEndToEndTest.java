package io.workbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.workflow.SyncReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The {@link LifecycleScenario} with its state in PostgreSQL (a schema of its own per test, dropped
 * afterwards): restarted between phases, and run by two processes — two bridges with their own clients
 * and store connections — sharing the database and syncing at the same time, which must never perform
 * the same effect twice.
 */
@EnabledIfEnvironmentVariable(named = "WORKBRIDGE_TEST_PG_URL", matches = ".+", disabledReason = TestStore.POSTGRES_SKIPPED)
class PostgresEndToEndTest {
  private SimulatedWorld world;
  private TestStore store;
  private RemoteView remote;
  private LifecycleScenario scenario;

  @BeforeEach
  void start() {
    world = SimulatedWorld.start();
    store = TestStore.postgres();
    remote = new RemoteView(world);
    scenario = new LifecycleScenario(world, remote);
  }

  @AfterEach
  void stop() {
    remote.close();
    world.verify();
    world.close();
    store.close();
  }

  @Test
  void wholeDay_withAFreshProcessEveryPhase_endsAsSpecified() {
    BridgeWiring wiring = scenario.wiring(store);
    List<Cycles> runs = new ArrayList<>();

    scenario.run(phase -> runs.add(Cycles.untilQuiet(wiring, world)));

    scenario.assertOutcome();
    scenario.assertNoDuplicates();
    scenario.assertEachEffectPerformedOnce(Cycles.performed(runs.stream().flatMap(Cycles::all)));
  }

  @Test
  void twoProcessesSharingTheDatabase_syncingAtOnce_neverPerformTheSameEffectTwice() throws Exception {
    for (int i = 0; i < 10; i++) {
      world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.TROY);
    }
    BridgeWiring wiring = scenario.wiring(store);
    List<SyncReport> reports = new ArrayList<>();
    ExecutorService processes = Executors.newFixedThreadPool(2);
    try (WorkBridge first = wiring.open();
        WorkBridge second = wiring.open()) {
      scenario.run(phase -> reports.addAll(untilBothQuiet(first, second, processes)));
    } finally {
      processes.shutdownNow();
    }

    scenario.assertOutcome();
    scenario.assertNoDuplicates();
    scenario.assertEachEffectPerformedOnce(Cycles.performed(reports.stream()));
    assertThat(remote.bookings().stream().filter(b -> "ServiceChannel".equals(b.get("source")))).hasSize(15);
  }

  /** Both bridges run a cycle at the same time, again and again, until neither does anything any more. */
  private List<SyncReport> untilBothQuiet(WorkBridge first, WorkBridge second, ExecutorService processes) {
    List<List<Map<String, SyncReport>>> rounds =
        Cycles.untilSettled(
            () -> {
              Future<Map<String, SyncReport>> a = processes.submit(first::runOnce);
              Future<Map<String, SyncReport>> b = processes.submit(second::runOnce);
              return List.of(result(a), result(b));
            },
            round -> round.stream().allMatch(Cycles::isQuiet),
            world);
    return rounds.stream().flatMap(List::stream).flatMap(cycle -> cycle.values().stream()).toList();
  }

  private static Map<String, SyncReport> result(Future<Map<String, SyncReport>> cycle) {
    try {
      return cycle.get(60, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    } catch (ExecutionException | TimeoutException failed) {
      throw new AssertionError("a process failed", failed);
    }
  }
}
