package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.store.QuarantinedRecord;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Bad records are quarantined with a specific reason; the rest of the batch goes on (SDK-5). */
class WorkOrderQuarantineTest {

  @Test
  void sdk05_malformedWorkOrderIsQuarantinedAndTheRestOfTheBatchGoesOn() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder first = world.issue(ACME);
    world.serviceChannel.putMalformed("84999999", "missing field Location.Id", "{\"Id\":84999999}");
    WorkOrder last = world.issue(ACME);

    SyncReport report = world.cycle();

    world.onlyBookingFor(first);
    world.onlyBookingFor(last);
    assertThat(report.quarantined())
        .containsExactly(
            new SyncReport.Quarantined(
                WorkOrderSync.WORK_ORDER_STREAM + ":84999999", "missing field Location.Id"));
    assertThat(world.store.quarantine().find(WorkOrderSync.WORK_ORDER_STREAM, "84999999"))
        .get()
        .extracting(QuarantinedRecord::reason, QuarantinedRecord::payload)
        .containsExactly("missing field Location.Id", "{\"Id\":84999999}");
    assertThat(world.store.cursors().get(WorkOrderSync.WORK_ORDER_STREAM)).isPresent();
  }

  @Test
  void sdk05_workOrderMissingRequiredValuesIsQuarantinedWithASpecificReason() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder noName = world.workOrder(ACME).subscriber(new Subscriber(ACME, " ")).build();
    WorkOrder negativeNte = world.workOrder(ACME).nte(Money.of("-5", "USD")).build();
    WorkOrder good = world.workOrder(ACME).build();
    world.serviceChannel.putWorkOrder(noName);
    world.serviceChannel.putWorkOrder(negativeNte);
    world.serviceChannel.putWorkOrder(good);

    SyncReport report = world.cycle();

    assertThat(report.quarantined())
        .extracting(SyncReport.Quarantined::reason)
        // The records of a page are handled concurrently: the report lists them in the order they finished.
        .containsExactlyInAnyOrder("missing subscriber name", "negative NTE -5.00 USD");
    assertThat(world.serviceTitan.allBookings()).hasSize(1);
    world.onlyBookingFor(good);
  }

  @Test
  void sdk05_fixedWorkOrderLeavesTheQuarantine() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder bad = world.workOrder(ACME).number("").build();
    world.serviceChannel.putWorkOrder(bad);
    world.cycle();
    assertThat(world.store.quarantine().list()).hasSize(1);

    world.serviceChannel.putWorkOrder(WorkOrder.builder().from(bad).number("WO-1").build());
    world.cycle();

    assertThat(world.store.quarantine().list()).isEmpty();
    world.onlyBookingFor(bad);
  }

  @Test
  void sdk05_retry_refusedOnceIsReleased_stillBadStaysWithItsReasonUpdated() {
    WorkOrderWorld world = new WorkOrderWorld();
    AtomicBoolean refuse = new AtomicBoolean(true);
    world.serviceTitan.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createBooking") && refuse.get()) {
            throw new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "business unit inactive");
          }
        });
    WorkOrder refused = world.issue(ACME);
    WorkOrder bad = world.workOrder(ACME).nte(Money.of("-5", "USD")).build();
    world.serviceChannel.putWorkOrder(bad);
    world.cycle();
    assertThat(world.store.quarantine().list()).hasSize(2);
    // The office reactivates the business unit; the subscriber edits the bad NTE, still negative.
    refuse.set(false);
    world.serviceChannel.putWorkOrder(WorkOrder.builder().from(bad).nte(Money.of("-10", "USD")).build());
    String refusedKey = Long.toString(refused.id());
    String badKey = Long.toString(bad.id());

    RetryOutcome released = world.sync().retry(quarantined(world, refusedKey));
    RetryOutcome still = world.sync().retry(quarantined(world, badKey));

    assertThat(released).isEqualTo(new RetryOutcome(WorkOrderSync.WORK_ORDER_STREAM, refusedKey, RetryOutcome.Result.RELEASED, "processed"));
    world.onlyBookingFor(refused);
    assertThat(still.result()).isEqualTo(RetryOutcome.Result.STILL_QUARANTINED);
    assertThat(still.detail()).isEqualTo("negative NTE -10.00 USD");
    assertThat(world.store.quarantine().list())
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.recordKey()).isEqualTo(badKey);
              assertThat(record.reason()).isEqualTo("negative NTE -10.00 USD");
              assertThat(record.attempts()).isEqualTo(2);
            });
    // Retrying again repeats nothing.
    world.sync().retry(new QuarantinedRecord(world.store.connectionId(), WorkOrderSync.WORK_ORDER_STREAM, refusedKey,
        "again", "", 1, world.clock.instant(), world.clock.instant()));
    world.onlyBookingFor(refused);
  }

  @Test
  void sdk05_retry_notRetriedWhenTheRecordCannotBeReadAgainOrServiceChannelIsDown() {
    WorkOrderWorld world = new WorkOrderWorld();
    world.serviceTitan.putMalformed("job-export-17", "unknown job status 'Teleported'", "{}");
    world.serviceChannel.putMalformed("not-an-id", "missing field Id", "{}");
    WorkOrder bad = world.workOrder(ACME).number("").build();
    world.serviceChannel.putWorkOrder(bad);
    world.cycle();
    assertThat(world.store.quarantine().list()).hasSize(3);

    RetryOutcome event = world.sync().retry(quarantined(world, WorkOrderSync.FIELD_EVENT_STREAM, "job-export-17"));
    RetryOutcome noId = world.sync().retry(quarantined(world, "not-an-id"));
    world.serviceChannel.setFaultHook(
        (operation, phase) -> {
          throw new PlatformUnavailableException("ServiceChannel is down");
        });
    RetryOutcome down = world.sync().retry(quarantined(world, Long.toString(bad.id())));

    assertThat(event.result()).isEqualTo(RetryOutcome.Result.NOT_RETRIED);
    assertThat(event.detail()).contains("job-export-17");
    assertThat(noId.result()).isEqualTo(RetryOutcome.Result.NOT_RETRIED);
    assertThat(down.result()).isEqualTo(RetryOutcome.Result.NOT_RETRIED);
    assertThat(down.detail()).contains("ServiceChannel is down");
    assertThat(world.store.quarantine().list()).hasSize(3).allSatisfy(record -> assertThat(record.attempts()).isEqualTo(1));
  }

  private static QuarantinedRecord quarantined(WorkOrderWorld world, String key) {
    return quarantined(world, WorkOrderSync.WORK_ORDER_STREAM, key);
  }

  private static QuarantinedRecord quarantined(WorkOrderWorld world, String stream, String key) {
    return world.store.quarantine().find(stream, key).orElseThrow();
  }

  @Test
  void sdk05_malformedServiceTitanEventIsQuarantinedAndLaterEventsStillApply() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.putMalformed("job-export-17", "unknown job status 'Teleported'", "{}");
    world.serviceTitan.csrAccepts(world.onlyBookingFor(workOrder).id());

    SyncReport report = world.cycle();

    assertThat(report.quarantined())
        .extracting(SyncReport.Quarantined::reason)
        .containsExactly("unknown job status 'Teleported'");
    assertThat(world.statusOf(workOrder).extended()).isEqualTo("DISPATCH CONFIRMED");
  }

  @Test
  void sdk05_invoiceRefusedByServiceChannelIsQuarantinedWithTheRefusal() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.finish(job.id());
    Invoice tooHigh = world.serviceTitan.issueInvoice(job.id(), "INV-9", "900.00", "0", "Exported");

    SyncReport report = world.cycle();

    assertThat(world.serviceChannel.invoicesOf(workOrder.id())).isEmpty();
    assertThat(report.quarantined())
        .singleElement()
        .satisfies(
            quarantined ->
                assertThat(quarantined.reason()).contains("1104 invoice total exceeds the NTE"));
    assertThat(tooHigh.total().amountText()).isEqualTo("900.00");
  }
}
