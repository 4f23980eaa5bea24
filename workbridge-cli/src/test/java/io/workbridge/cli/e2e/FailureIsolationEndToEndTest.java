package io.workbridge.cli.e2e;

import static io.workbridge.cli.e2e.RemoteView.id;
import static io.workbridge.cli.e2e.SimulatedWorld.ALBANY;
import static io.workbridge.cli.e2e.SimulatedWorld.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.servicechannel.WorkOrderState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failure isolation over the real adapters and simulators: ServiceChannel answering 500 to every status change
 * of one work order holds up neither the other work order's events nor the stream; the failing event is
 * deferred in the store and goes through, once, when ServiceChannel takes it again.
 */
class FailureIsolationEndToEndTest {
  @TempDir Path data;

  private SimulatedWorld world;
  private TestStore store;
  private RemoteView remote;
  private BridgeWiring wiring;

  @BeforeEach
  void start() {
    world = SimulatedWorld.start();
    store = TestStore.h2(data);
    remote = new RemoteView(world);
    wiring = BridgeWiring.over(world, store).withoutLeads();
  }

  @AfterEach
  void stop() {
    remote.close();
    world.close();
    store.close();
  }

  private long jobFor(long workOrder) {
    return world.convertToJob(id(remote.booking(workOrder)), "API SANDBOX #24");
  }

  private List<String> statusesOf(long workOrder) {
    return world.serviceChannel().workOrderState(workOrder).statusChanges().stream()
        .map(WorkOrderState.StatusChange::to)
        .toList();
  }

  @Test
  void oneWorkOrdersFailingStatusChange_isDeferred_theOtherWorkOrderIsAccepted_andItFollowsOnceLater() {
    long failing = world.workOrder(SANDBOX, ALBANY);
    long fine = world.workOrder(SANDBOX, ALBANY);
    Cycles.untilQuiet(wiring, world);
    int failingBefore = statusesOf(failing).size();
    int fineBefore = statusesOf(fine).size();

    // The CSR converts both bookings; ServiceChannel answers 500 to every status change of one work order.
    world.serviceChannel().simulator().faults().on("PUT", "/v3/workorders/" + failing + "/status").always()
        .then(Fault.status(500));
    jobFor(failing);
    jobFor(fine);
    Map<String, SyncReport> cycle;
    try (WorkBridge bridge = wiring.open()) {
      cycle = bridge.runOnce();
    }

    SyncReport push = cycle.get(WorkBridge.SERVICETITAN_CHANGES);
    assertThat(push.completed()).as("the stream went on: %s", push).isTrue();
    assertThat(statusesOf(fine)).hasSizeGreaterThan(fineBefore);
    assertThat(statusesOf(failing)).hasSize(failingBefore);
    // The booking's accept failed; the work order's later events (its job, its appointment) wait behind it.
    assertThat(push.deferred()).anySatisfy(deferred -> assertThat(deferred.reason()).contains("500"));
    assertThat(push.deferred()).allSatisfy(deferred -> assertThat(deferred.reason()).containsAnyOf("500", "waits for"));
    try (SyncStore opened = store.open(world.clock())) {
      assertThat(opened.connection(BridgeWiring.CONNECTION).deferred().list())
          .isNotEmpty()
          .allSatisfy(record -> {
            assertThat(record.stream()).isEqualTo(WorkOrderSync.FIELD_EVENT_STREAM);
            assertThat(record.group()).isEqualTo("wo:" + failing);
          })
          .extracting(DeferredRecord::attempts)
          .containsOnly(1);
    }

    world.serviceChannel().simulator().faults().clear();
    Cycles.untilQuiet(wiring, world);

    List<String> after = statusesOf(failing);
    assertThat(after.subList(failingBefore, after.size())).as("the deferred status change, once").containsExactlyElementsOf(
        statusesOf(fine).subList(fineBefore, statusesOf(fine).size()));
    try (SyncStore opened = store.open(world.clock())) {
      assertThat(opened.connection(BridgeWiring.CONNECTION).deferred().list()).isEmpty();
      assertThat(opened.connection(BridgeWiring.CONNECTION).quarantine().list()).isEmpty();
    }
  }
}
