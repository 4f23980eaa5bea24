package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.store.QuarantinedRecord;
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
        .containsExactly("missing subscriber name", "negative NTE -5 USD");
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
