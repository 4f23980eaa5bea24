package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.WorkOrder;
import org.junit.jupiter.api.Test;

/** The two halves of a cycle, run on their own (a scheduler gives each its own interval). */
class WorkOrderCycleHalvesTest {

  @Test
  void pullReadsOnlyServiceChannel_pushReadsOnlyServiceTitan_togetherTheyDoWhatACycleDoes() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    WorkOrderSync sync = world.sync();

    SyncReport pulled = sync.pullWorkOrders();

    assertThat(pulled.performed(EffectType.CREATE_BOOKING)).isEqualTo(1);
    assertThat(world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)).isPresent();
    assertThat(world.store.cursors().get(WorkOrderSync.FIELD_EVENT_STREAM)).isEmpty();

    world.serviceTitan.csrAccepts(world.onlyBookingFor(workOrder).id());
    String workOrderCursor = world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM).orElseThrow();

    SyncReport pushed = sync.pushFieldEvents();

    assertThat(pushed.performed(EffectType.CHANGE_STATUS)).isEqualTo(1);
    assertThat(world.statusOf(workOrder).extended()).isEqualTo("DISPATCH CONFIRMED");
    assertThat(world.store.cursors().get(WorkOrderSync.FIELD_EVENT_STREAM)).isPresent();
    assertThat(world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)).contains(workOrderCursor);
    world.onlyBookingFor(workOrder);
  }
}
