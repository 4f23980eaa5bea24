package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.PlatformUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The work orders of a page handled by several workers: every effect once, every count exact. */
class WorkOrderConcurrencyTest {

  private final WorkOrderWorld world = new WorkOrderWorld(settings -> settings.concurrency(4));

  private List<WorkOrder> issue(int count) {
    List<WorkOrder> issued = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      issued.add(world.issue(ACME));
    }
    return issued;
  }

  @Test
  void manyWorkOrders_oneBookingEach_countsExact_noLookupBeforeAFirstAttempt() {
    List<WorkOrder> issued = issue(400);

    SyncReport report = world.cycle();

    assertThat(report.completed()).isTrue();
    assertThat(report.performed(EffectType.CREATE_BOOKING)).isEqualTo(400);
    assertThat(report.totalPerformed()).isEqualTo(400);
    assertThat(report.alreadyDone()).isEmpty();
    assertThat(report.quarantined()).isEmpty();
    assertThat(report.deferred()).isEmpty();
    issued.forEach(world::onlyBookingFor);
    assertThat(world.serviceTitan.allBookings()).hasSize(400);
    assertThat(world.serviceTitan.calls("createBooking")).isEqualTo(400);
    assertThat(world.serviceTitan.calls("findBookingByExternalId")).isZero();

    SyncReport idle = world.cycle();
    assertThat(idle.totalPerformed()).isZero();
    assertThat(world.serviceTitan.calls("createBooking")).isEqualTo(400);
  }

  @Test
  void aPlatformWideFailure_stopsTheStream_keepsTheCursor_andTheNextCycleFinishesWithoutRepeats() {
    List<WorkOrder> issued = issue(40);
    Optional<String> cursorBefore = world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM);
    String failing = Long.toString(issued.get(10).id());
    world.serviceTitan.failBookingsWithExternalId(
        failing, new PlatformUnavailableException("ServiceTitan refused the credentials", null, false, true));

    SyncReport stopped = world.cycle();

    assertThat(stopped.completed()).isFalse();
    assertThat(stopped.stoppedBecause()).hasValueSatisfying(reason -> assertThat(reason).contains("credentials"));
    assertThat(world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)).isEqualTo(cursorBefore);
    assertThat(world.serviceTitan.bookingsWithExternalId(failing)).isEmpty();

    world.serviceTitan.failBookingsWithExternalId(failing, null);
    SyncReport next = world.cycle();

    assertThat(next.completed()).isTrue();
    issued.forEach(world::onlyBookingFor);
    assertThat(stopped.performed(EffectType.CREATE_BOOKING) + next.performed(EffectType.CREATE_BOOKING))
        .isEqualTo(40);
    assertThat(world.serviceTitan.allBookings()).hasSize(40);
  }

  @Test
  void anUnexpectedFailureInAWorker_propagates() {
    issue(20);
    world.serviceTitan.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createBooking")) {
            throw new IllegalStateException("a bug in a worker");
          }
        });

    Throwable thrown = catchThrowable(world::cycle);

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("a bug in a worker");
  }

  @Test
  void concurrencyBelowOne_isRefused() {
    Throwable thrown =
        catchThrowable(
            () -> WorkOrderSyncSettings.builder().companyName("x").activatedAt(WorkOrderWorld.ACTIVATED).concurrency(0).build());

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrency");
  }
}
