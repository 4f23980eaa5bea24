package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static io.workbridge.sync.workflow.WorkOrderWorld.ACTIVATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.mapping.WorkOrderField;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.IvrInfo;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.store.CustomerLocation;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.MappingOrigin;
import io.workbridge.sync.store.StoredMapping;
import io.workbridge.sync.store.SubscriberLocation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intake: ServiceChannel work orders into ServiceTitan bookings and jobs (SC-1 … SC-6). */
class WorkOrderIntakeTest {

  private static final ConversionRule HVAC_AS_JOB =
      ConversionRule.builder()
          .subscriberId(ACME)
          .trade("hvac")
          .target(ConversionTarget.JOB)
          .businessUnitId(7L)
          .jobTypeId(8L)
          .campaignId(9L)
          .fieldPriority("High")
          .build();

  @Test
  void sc01_newOpenWorkOrderBecomesOneBooking() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);

    SyncReport first = world.cycle();
    SyncReport second = world.cycle();

    Booking booking = world.onlyBookingFor(workOrder);
    assertThat(booking.status()).isEqualTo(BookingStatus.NEW);
    assertThat(booking.externalId()).isEqualTo(Long.toString(workOrder.id()));
    assertThat(booking.name()).isEqualTo("Acme Stores - Acme #24");
    assertThat(first.performed(EffectType.CREATE_BOOKING)).isEqualTo(1);
    assertThat(second.performed(EffectType.CREATE_BOOKING)).isZero();
    assertThat(world.store.links().target(LinkKind.WORK_ORDER_BOOKING, Long.toString(workOrder.id())))
        .contains(Long.toString(booking.id()));
  }

  @Test
  void sc02_bookingCarriesChosenFieldsInOrderWithIvrInstructionsAndPin() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.fieldTemplates(
                    FieldTemplates.builder()
                        .fields(
                            List.of(
                                WorkOrderField.NTE,
                                WorkOrderField.NUMBER,
                                WorkOrderField.DESCRIPTION,
                                WorkOrderField.SCHEDULED_DATE))
                        .putIvr(
                            ACME,
                            IvrInfo.builder()
                                .phoneNumber("1-800-555-0199")
                                .instructions("Call, enter the PIN, then the work order number")
                                .pin("4321")
                                .build())
                        .build()));
    WorkOrder workOrder = world.issue(ACME);

    world.cycle();

    assertThat(world.onlyBookingFor(workOrder).summary())
        .isEqualTo(
            "NTE: 750.00 USD\n"
                + "Work order: "
                + workOrder.number()
                + "\n"
                + "Description: Rooftop unit not cooling\n"
                + "Scheduled: 2026-03-03 06:00 CST\n"
                + "IVR check-in: Call, enter the PIN, then the work order number\n"
                + "IVR phone: 1-800-555-0199\n"
                + "IVR PIN: 4321");
  }

  @Test
  void sc02_bookingByDefaultCarriesEveryFieldThatHasAValue() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);

    world.cycle();

    assertThat(world.onlyBookingFor(workOrder).summary())
        .contains("Work order: " + workOrder.number())
        .contains("PO: PO-" + workOrder.id())
        .contains("Subscriber: Acme Stores")
        .contains("Location: store 0024, Acme #24, 12 Main St, Dallas, TX 75001")
        .contains("Trade: HVAC")
        .contains("Category: REPAIR")
        .contains("Priority: P2 - Urgent")
        .contains("Caller: Store manager 555-0100")
        .doesNotContain("IVR");
  }

  @Test
  void sc03_workOrderCreatedBeforeActivationIsIgnored() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder old =
        world
            .workOrder(ACME)
            .createdAt(ACTIVATED.minus(Duration.ofDays(2)))
            .updatedAt(world.clock.instant())
            .build();
    world.serviceChannel.putWorkOrder(old);

    SyncReport report = world.cycle();

    assertThat(world.serviceTitan.allBookings()).isEmpty();
    assertThat(report.skipped())
        .containsExactly(new SyncReport.Skipped("workorder:" + old.id(), "created before activation (SC-3)"));
  }

  @Test
  void sc03_sc06_workOrderCreatedAfterActivationButAcceptedBeforeFirstSeen_getsItsBookingAcknowledged() {
    // Accepted in the ServiceChannel portal before the next poll: SC-3 goes by creation time alone, so the
    // work order is taken in, and the SC-6 path tells the booking it was accepted already.
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder started =
        world.workOrder(ACME).status(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED).build();
    world.serviceChannel.putWorkOrder(started);

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.serviceTitan.allBookings())
        .singleElement()
        .satisfies(
            booking -> {
              assertThat(booking.status()).isEqualTo(BookingStatus.ACCEPTED);
              assertThat(booking.summary()).contains("accepted directly in ServiceChannel");
            });
    assertThat(report.skipped()).isEmpty();
    assertThat(world.statusOf(started)).isEqualTo(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
  }

  @Test
  void sc03_workOrderCancelledBeforeItWasFirstSeen_getsNoBooking_andTheReportSaysWhy() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder cancelled = world.workOrder(ACME).status(WorkOrderStatus.of("COMPLETED", "CANCELLED")).build();
    world.serviceChannel.putWorkOrder(cancelled);

    SyncReport report = world.cycle();

    assertThat(world.serviceTitan.allBookings()).isEmpty();
    assertThat(report.skippedByReason()).containsEntry(IntakeDecision.ALREADY_CLOSED, 1);
  }

  @Test
  void sc04_matchingRuleSendsWorkOrderDirectlyAsJob() {
    WorkOrderWorld world =
        new WorkOrderWorld(settings -> settings.conversionRules(ConversionRules.of(HVAC_AS_JOB)));
    WorkOrder workOrder = world.workOrder(ACME).build();
    world.sync().entityMapping().set(ACME, workOrder.location().id(), 31L, 41L);
    world.serviceChannel.putWorkOrder(workOrder);

    SyncReport report = world.cycle();

    assertThat(world.serviceTitan.allBookings()).isEmpty();
    assertThat(world.serviceTitan.allJobs()).hasSize(1);
    FieldJob job = world.serviceTitan.allJobs().get(0);
    assertThat(job.externalId()).contains(Long.toString(workOrder.id()));
    assertThat(job.customerId()).isEqualTo(31L);
    assertThat(job.locationId()).isEqualTo(41L);
    assertThat(report.performed(EffectType.CREATE_JOB)).isEqualTo(1);
  }

  @Test
  void sc04_workOrderNotMatchingAnyRuleBecomesBooking() {
    WorkOrderWorld world =
        new WorkOrderWorld(settings -> settings.conversionRules(ConversionRules.of(HVAC_AS_JOB)));
    WorkOrder plumbing = world.workOrder(ACME).trade("PLUMBING").build();
    world.sync().entityMapping().set(ACME, plumbing.location().id(), 31L, 41L);
    world.serviceChannel.putWorkOrder(plumbing);

    world.cycle();

    assertThat(world.serviceTitan.allJobs()).isEmpty();
    assertThat(world.onlyBookingFor(plumbing).status()).isEqualTo(BookingStatus.NEW);
  }

  @Test
  void sc04_jobRuleWithoutKnownMappingFallsBackToBookingAndReportsIt() {
    WorkOrderWorld world =
        new WorkOrderWorld(settings -> settings.conversionRules(ConversionRules.of(HVAC_AS_JOB)));
    WorkOrder workOrder = world.issue(ACME);

    SyncReport report = world.cycle();

    assertThat(world.serviceTitan.allJobs()).isEmpty();
    world.onlyBookingFor(workOrder);
    assertThat(report.fallbacks())
        .extracting(SyncReport.Fallback::kind)
        .containsExactly(FallbackKind.JOB_RULE_WITHOUT_MAPPING);
  }

  @Test
  void sc05_mappingIsLearntOnConversionAndLaterWorkOrderForSamePairGoesAsJob() {
    WorkOrderWorld world =
        new WorkOrderWorld(settings -> settings.conversionRules(ConversionRules.of(HVAC_AS_JOB)));
    WorkOrder first = world.workOrder(ACME).build();
    world.workOrderWithJob(first);

    SubscriberLocation pair =
        SubscriberLocation.of(Long.toString(ACME), Long.toString(first.location().id()));
    assertThat(world.store.mappings().find(pair))
        .get()
        .extracting(StoredMapping::value, StoredMapping::origin)
        .containsExactly(CustomerLocation.of("31", "41"), MappingOrigin.LEARNT);

    WorkOrder second = world.issue(ACME);
    world.cycle();

    assertThat(world.serviceTitan.bookingsWithExternalId(Long.toString(second.id()))).isEmpty();
    assertThat(world.serviceTitan.allJobs())
        .filteredOn(job -> job.externalId().equals(java.util.Optional.of(Long.toString(second.id()))))
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.customerId()).isEqualTo(31L);
              assertThat(job.locationId()).isEqualTo(41L);
            });
  }

  @Test
  void sc05_explicitMappingIsKeptWhenABookingIsConvertedElsewhere() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    world.sync().entityMapping().set(ACME, workOrder.location().id(), 77L, 88L);

    world.workOrderWithJob(workOrder);

    SubscriberLocation pair =
        SubscriberLocation.of(Long.toString(ACME), Long.toString(workOrder.location().id()));
    assertThat(world.store.mappings().find(pair))
        .get()
        .extracting(StoredMapping::value, StoredMapping::origin)
        .containsExactly(CustomerLocation.of("77", "88"), MappingOrigin.EXPLICIT);
  }

  @Test
  void sc06_acceptedDirectlyInServiceChannelUpdatesBookingWithoutSecondAccept() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceChannel.providerAcceptsInPortal(workOrder.id());

    SyncReport ack = world.cycle();
    SyncReport echo = world.cycle();

    Booking booking = world.onlyBookingFor(workOrder);
    assertThat(booking.status()).isEqualTo(BookingStatus.ACCEPTED);
    assertThat(booking.summary()).endsWith("accepted directly in ServiceChannel; it does not need to be accepted again.");
    assertThat(ack.performed(EffectType.ACKNOWLEDGE_BOOKING)).isEqualTo(1);
    assertThat(ack.performed(EffectType.CHANGE_STATUS) + echo.performed(EffectType.CHANGE_STATUS)).isZero();
    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .filteredOn(note -> note.origin() == NoteOrigin.SYSTEM)
        .hasSize(1);
    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
  }

  @Test
  void sc06_bookingAlreadyAcceptedInServiceTitanIsLeftAlone() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    Booking booking = world.onlyBookingFor(workOrder);
    world.serviceTitan.csrAccepts(booking.id());
    world.cycle();

    SyncReport report = world.cycle();

    assertThat(report.performed(EffectType.ACKNOWLEDGE_BOOKING)).isZero();
    assertThat(world.onlyBookingFor(workOrder).summary()).doesNotContain("accepted directly");
  }
}
