package io.workbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.cli.e2e.LifecycleScenario.Phase;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.store.FailingSyncStore;
import io.workbridge.sync.store.StoreCall;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link LifecycleScenario} — both integrations through a whole day — over an embedded H2 store: on one
 * long-running bridge, and with the process killed in the middle of every phase and restarted (the store
 * closed and reopened, a new {@link WorkBridge} over it). The restarted process must finish the work
 * without performing any effect twice.
 */
class WholeDayEndToEndTest {
  @TempDir Path data;

  private SimulatedWorld world;
  private TestStore store;
  private RemoteView remote;
  private LifecycleScenario scenario;

  @BeforeEach
  void start() {
    world = SimulatedWorld.start();
    store = TestStore.h2(data);
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
  void wholeDay_onOneBridge_endsAsSpecified() {
    List<Cycles> runs = new ArrayList<>();
    try (WorkBridge bridge = scenario.wiring(store).open()) {
      scenario.run(phase -> runs.add(Cycles.untilQuiet(bridge, world)));
    }

    scenario.assertOutcome();
    scenario.assertNoDuplicates();
    scenario.assertEachEffectPerformedOnce(Cycles.performed(runs.stream().flatMap(Cycles::all)));
  }

  @Test
  void processKilledAfterARemoteWriteBeforeRecordingIt_restartFindsTheWrite_andRepeatsNothing() {
    // The n-th effect confirmed in each phase never reaches the store: the write happened, the process died.
    List<StoreCall> kills =
        runKillingEachPhase(
            call -> call.is("effects", "confirm"), Map.of(Phase.INTAKE, 1, Phase.OFFICE, 3, Phase.FINISH, 2));

    assertThat(kills).hasSize(3);
    scenario.assertOutcome();
    scenario.assertNoDuplicates();
  }

  @Test
  void processKilledBeforeItsCursorMoved_restartRereadsThePage_andRepeatsNothing() {
    List<StoreCall> kills =
        runKillingEachPhase(
            call -> call.is("cursors", "compareAndSet"), Map.of(Phase.INTAKE, 2, Phase.OFFICE, 1, Phase.FINISH, 3));

    assertThat(kills).hasSize(3);
    scenario.assertOutcome();
    scenario.assertNoDuplicates();
  }

  /**
   * Runs the scenario; in each phase a first process dies at the {@code n}-th store call matching {@code
   * at}, then a second one over the reopened store runs once the dead one's reservations have lapsed.
   */
  private List<StoreCall> runKillingEachPhase(Predicate<StoreCall> at, Map<Phase, Integer> nth) {
    BridgeWiring wiring = scenario.wiring(store);
    List<StoreCall> kills = new ArrayList<>();
    scenario.run(
        phase -> {
          int[] seen = {0};
          wiring.decorateStore(
              state ->
                  FailingSyncStore.wrap(state)
                      .failWhen(
                          call -> at.test(call) && ++seen[0] == nth.get(phase),
                          FailingSyncStore.Timing.BEFORE,
                          1,
                          call -> {
                            kills.add(call);
                            return new ProcessKilled(call);
                          }));
          try (WorkBridge dying = wiring.open()) {
            assertThatThrownBy(() -> Cycles.untilQuiet(dying, world)).isInstanceOf(ProcessKilled.class);
          }
          world.clock().advance(SyncStoreSettings.DEFAULT_LEASE.plus(Duration.ofMinutes(1)));
          wiring.decorateStore(UnaryOperator.identity());
          Cycles.untilQuiet(wiring, world);
        });
    return kills;
  }

  /** The process died: an {@link Error}, so no workflow's error handling can swallow it. */
  static final class ProcessKilled extends Error {
    private static final long serialVersionUID = 1L;

    ProcessKilled(StoreCall call) {
      super("process killed at " + call.describe(), null, false, false);
    }
  }
}
