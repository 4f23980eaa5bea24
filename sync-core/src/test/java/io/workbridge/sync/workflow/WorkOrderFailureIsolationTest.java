package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.store.DeferredRecord;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One record whose write fails transiently does not hold up the others: it is deferred in the store with a
 * backoff while the stream goes on, tried again on later cycles, and quarantined after the policy's attempts;
 * only failures that concern the whole platform, or several records in a row, stop the stream.
 */
class WorkOrderFailureIsolationTest {

  private static PlatformUnavailableException serverError() {
    return new PlatformUnavailableException("ServiceTitan answered 503 to creating the booking");
  }

  private static String key(WorkOrder workOrder) {
    return Long.toString(workOrder.id());
  }

  @Test
  void aRecordWhoseWriteFailsIsDeferred_theOthersGoOn_andItIsDoneOnALaterCycleOnce() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder failing = world.issue(ACME);
    WorkOrder fine = world.issue(ACME);
    world.serviceTitan.failBookingsWithExternalId(key(failing), serverError());

    SyncReport first = world.cycle();

    assertThat(first.completed()).isTrue();
    world.onlyBookingFor(fine);
    assertThat(world.serviceTitan.bookingsWithExternalId(key(failing))).isEmpty();
    assertThat(first.deferred())
        .singleElement()
        .satisfies(deferred -> {
          assertThat(deferred.recordKey()).isEqualTo(WorkOrderSync.WORK_ORDER_STREAM + ":" + key(failing));
          assertThat(deferred.reason()).contains("503");
          assertThat(deferred.attempts()).isEqualTo(1);
        });
    DeferredRecord stored = world.store.deferred().find(WorkOrderSync.WORK_ORDER_STREAM, key(failing)).orElseThrow();
    assertThat(stored.nextAttempt()).isEqualTo(world.storeClock.instant().plus(Duration.ofSeconds(30)));
    assertThat(world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)).isPresent();

    world.serviceTitan.failBookingsWithExternalId(key(failing), null);
    // The booking's outcome is unknown (a 503): it settles for 60 s before it is looked up and created.
    for (int cycle = 0; cycle < 6; cycle++) {
      assertThat(world.cycle().completed()).isTrue();
    }

    world.onlyBookingFor(failing);
    world.onlyBookingFor(fine);
    assertThat(world.store.deferred().list()).isEmpty();
    assertThat(world.store.quarantine().list()).isEmpty();
  }

  @Test
  void aRecordThatKeepsFailingIsQuarantinedAfterThePolicysAttempts_withItsLastReason() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings -> settings.recordRetry(new RecordRetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(5), 3)));
    WorkOrder failing = world.issue(ACME);
    world.serviceTitan.failBookingsWithExternalId(key(failing), serverError());

    for (int cycle = 0; cycle < 12; cycle++) {
      world.cycle();
    }

    assertThat(world.store.deferred().list()).isEmpty();
    assertThat(world.store.quarantine().find(WorkOrderSync.WORK_ORDER_STREAM, key(failing)))
        .hasValueSatisfying(record -> assertThat(record.reason()).startsWith("still failing after 3 attempts: "));
    assertThat(world.serviceTitan.bookingsWithExternalId(key(failing))).isEmpty();

    // Fixed, the operator's retry books it once.
    world.serviceTitan.failBookingsWithExternalId(key(failing), null);
    world.storeClock.advance(Duration.ofMinutes(2));
    RetryOutcome retried =
        world.sync().retry(world.store.quarantine().find(WorkOrderSync.WORK_ORDER_STREAM, key(failing)).orElseThrow());
    assertThat(retried.result()).isEqualTo(RetryOutcome.Result.RELEASED);
    world.onlyBookingFor(failing);
  }

  @Test
  void aRecordWaitingForItsWriteOfUnknownOutcomeToSettle_isNotGivenUp_staysDue_andIsDoneOnceAfterwards() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings
                    .recordRetry(new RecordRetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(5), 3))
                    .uncertainEffectSettle(Duration.ofMinutes(5)));
    WorkOrder waiting = world.issue(ACME);
    world.serviceTitan.failBookingsWithExternalId(key(waiting), serverError());
    world.cycle();
    world.serviceTitan.failBookingsWithExternalId(key(waiting), null);

    // Four minutes of 30 s cycles while the booking write settles: each one meets the effect in flight, which is
    // not an attempt of the record's (the policy would have given up after three).
    for (int cycle = 0; cycle < 8; cycle++) {
      world.cycle();
    }
    assertThat(world.store.quarantine().list()).isEmpty();
    assertThat(world.store.deferred().find(WorkOrderSync.WORK_ORDER_STREAM, key(waiting)))
        .hasValueSatisfying(
            record -> {
              assertThat(record.attempts()).isEqualTo(1);
              assertThat(record.nextAttempt()).as("due for whoever comes next").isBefore(world.storeClock.instant());
            });

    for (int cycle = 0; cycle < 4; cycle++) {
      world.cycle();
    }
    world.onlyBookingFor(waiting);
    assertThat(world.store.deferred().list()).isEmpty();
    assertThat(world.store.quarantine().list()).isEmpty();
  }

  @Test
  void aPlatformWideFailureStopsTheStream_withoutDeferringAnythingOrMovingTheCursor() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.serviceTitan.failBookingsWithExternalId(
        key(workOrder), new PlatformUnavailableException("ServiceTitan throttled the call (429)", null, false, true));

    SyncReport report = world.cycle();

    assertThat(report.completed()).isFalse();
    assertThat(report.stoppedBecause()).hasValueSatisfying(reason -> assertThat(reason).contains("429"));
    assertThat(report.deferred()).isEmpty();
    assertThat(world.store.deferred().list()).isEmpty();
    assertThat(world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)).isEqualTo(Optional.empty());
  }

  @Test
  void severalRecordsFailingInARowStopTheStream_theCursorStays_andNothingIsLost() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder[] workOrders = {world.issue(ACME), world.issue(ACME), world.issue(ACME), world.issue(ACME)};
    for (WorkOrder workOrder : workOrders) {
      world.serviceTitan.failBookingsWithExternalId(key(workOrder), serverError());
    }

    SyncReport report = world.cycle();

    assertThat(report.completed()).isFalse();
    assertThat(report.stoppedBecause()).hasValueSatisfying(reason -> assertThat(reason).contains("3 records in a row failed"));
    assertThat(report.deferred()).hasSize(2);
    assertThat(world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)).isEqualTo(Optional.empty());

    for (WorkOrder workOrder : workOrders) {
      world.serviceTitan.failBookingsWithExternalId(key(workOrder), null);
    }
    for (int cycle = 0; cycle < 6; cycle++) {
      world.cycle();
    }
    for (WorkOrder workOrder : workOrders) {
      world.onlyBookingFor(workOrder);
    }
    assertThat(world.store.deferred().list()).isEmpty();
  }

  @Test
  void aDeferredRecordThatIsProcessedWhenTheFeedBringsItAgain_leavesTheDeferredRecords() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.serviceTitan.failBookingsWithExternalId(key(workOrder), serverError());
    world.cycle();
    world.serviceTitan.failBookingsWithExternalId(key(workOrder), null);
    assertThat(world.store.deferred().list()).hasSize(1);

    // Changed in ServiceChannel after the settling time: the feed brings it again before its deferral is due.
    world.storeClock.advance(Duration.ofSeconds(61));
    world.serviceChannel.putWorkOrder(
        WorkOrder.builder().from(workOrder).description("Also the freezer").updatedAt(world.clock.instant()).build());
    world.cycle();

    world.onlyBookingFor(workOrder);
    assertThat(world.store.deferred().list()).isEmpty();
  }
}
