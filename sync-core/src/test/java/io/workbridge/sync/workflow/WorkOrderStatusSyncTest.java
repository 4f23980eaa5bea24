package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static io.workbridge.sync.workflow.WorkOrderWorld.IVR_ONLY;
import static io.workbridge.sync.workflow.WorkOrderWorld.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.fake.FaultHook;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.status.StatusMapping;
import io.workbridge.sync.status.SubscriberStatusOverrides;
import io.workbridge.sync.store.LinkKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Status from ServiceTitan to ServiceChannel (SC-7 … SC-14). */
class WorkOrderStatusSyncTest {

  private static List<Note> providerNotes(WorkOrderWorld world, WorkOrder workOrder) {
    return world.serviceChannel.notesOf(workOrder.id()).stream()
        .filter(note -> note.origin() == NoteOrigin.PROVIDER)
        .toList();
  }

  @Test
  void sc07_acceptMovesWorkOrderToInProgressDispatchConfirmed() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.csrAccepts(world.onlyBookingFor(workOrder).id());

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
    assertThat(report.performed(EffectType.CHANGE_STATUS)).isEqualTo(1);
    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .filteredOn(note -> note.origin() == NoteOrigin.SYSTEM)
        .hasSize(1);
  }

  @Test
  void sc08_declineMovesWorkOrderToOpenDeclined() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.csrDismisses(world.onlyBookingFor(workOrder).id());

    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.OPEN_DECLINED);
  }

  @Test
  void sc09_jobNumberIsSentAsNoteOnce() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    world.cycle();

    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .containsExactly("ServiceTitan job #" + job.number() + " was created for this work order.");
  }

  /** A world whose work orders go to ServiceTitan as jobs, not bookings (SC-4). */
  private static WorkOrderWorld jobsDirectly() {
    return new WorkOrderWorld(
        settings ->
            settings.conversionRules(
                io.workbridge.sync.mapping.ConversionRules.of(
                    io.workbridge.sync.mapping.ConversionRule.builder()
                        .target(io.workbridge.sync.mapping.ConversionTarget.JOB)
                        .build())));
  }

  /** Issues a work order at a store whose ServiceTitan customer and location are known, so a job can be made. */
  private static WorkOrder issueAtAKnownStore(WorkOrderWorld world) {
    WorkOrder workOrder = world.workOrder(ACME).build();
    world.sync().entityMapping().set(ACME, workOrder.location().id(), 31L, 41L);
    world.serviceChannel.putWorkOrder(workOrder);
    return workOrder;
  }

  @Test
  void sc09_directlyCreatedJobNumberIsSentAsNote() {
    WorkOrderWorld world = jobsDirectly();
    WorkOrder workOrder = issueAtAKnownStore(world);

    world.cycle();

    FieldJob job = world.serviceTitan.allJobs().get(0);
    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .containsExactly("ServiceTitan job #" + job.number() + " was created for this work order.");
  }

  @Test
  void sc09_directlyCreatedJobWhoseAnswerWasLost_stillGetsItsJobNumberNote() {
    WorkOrderWorld world = jobsDirectly();
    WorkOrder workOrder = issueAtAKnownStore(world);
    // The job is created, but its answer is lost: no link yet when ServiceTitan's feed brings the new job.
    AtomicBoolean loseAnswer = new AtomicBoolean(true);
    world.serviceTitan.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createJob") && phase == FaultHook.Phase.AFTER_EFFECT && loseAnswer.getAndSet(false)) {
            throw new PlatformUnavailableException("read timed out", null, true);
          }
        });

    for (int i = 0; i < 6; i++) {
      world.cycle();
    }

    assertThat(world.serviceTitan.allJobs()).hasSize(1);
    FieldJob job = world.serviceTitan.allJobs().get(0);
    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .containsExactly("ServiceTitan job #" + job.number() + " was created for this work order.");
  }

  @Test
  void sc10_dispatchMovesWorkOrderToInProgress() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);

    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.IN_PROGRESS);
  }

  @Test
  void sc11_arrivalChecksInTheMappedTechniciansOwnUser() {
    WorkOrderWorld world = new WorkOrderWorld(settings -> settings.putTechnicianUser(61L, 2_090_001L));
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.cycle();
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.activitiesOf(workOrder.id()))
        .singleElement()
        .satisfies(
            activity -> {
              assertThat(activity.userId()).contains(2_090_001L);
              assertThat(activity.isOpen()).isTrue();
            });
    assertThat(report.performed(EffectType.CHECK_IN)).isEqualTo(1);
  }

  @Test
  void sc11_unmappedTechnicianIsCheckedInAsTheApiUser() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");

    world.cycle();

    assertThat(world.serviceChannel.activitiesOf(workOrder.id()))
        .extracting(WorkActivity::userId)
        .containsExactly(Optional.empty());
  }

  @Test
  void sc11_ivrOnlySubscriberGetsANoteInsteadOfACheckInAndTheReportSaysSo() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.putSubscriberPreference(
                    IVR_ONLY, SubscriberPreferences.builder().ivrOnly(true).build()));
    WorkOrder workOrder = world.workOrder(IVR_ONLY).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");

    SyncReport report = world.cycle();

    assertThat(world.serviceChannel.activitiesOf(workOrder.id())).isEmpty();
    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .anyMatch(text -> text.startsWith("Dana Tech arrived on site at 2026-03-02"))
        .anyMatch(text -> text.contains("IVR check-ins only"));
    assertThat(report.fallbacks())
        .extracting(SyncReport.Fallback::kind)
        .contains(FallbackKind.IVR_CHECK_IN_AS_NOTE);
  }

  @Test
  void sc11_checkInRefusedByAnUnconfiguredIvrOnlySubscriberBecomesANote() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(IVR_ONLY).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.activitiesOf(workOrder.id())).isEmpty();
    assertThat(providerNotes(world, workOrder))
        .filteredOn(note -> note.text().contains("check-in at") && note.text().contains("could not be recorded"))
        .hasSize(1);
    assertThat(report.fallbacks())
        .extracting(SyncReport.Fallback::kind)
        .containsExactly(FallbackKind.CHECK_IN_AS_NOTE);
  }

  @Test
  void sc12_checkOutWaitsWhileItsCheckInsOutcomeIsUnknown_andClosesTheVisitOnceTheCheckInLanded() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.cycle();
    // The check-in's request times out on its way: its outcome is unknown to the sync, and it lands later.
    AtomicBoolean timeOut = new AtomicBoolean(true);
    world.serviceChannel.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("checkIn") && phase == FaultHook.Phase.BEFORE_EFFECT && timeOut.getAndSet(false)) {
            throw new PlatformUnavailableException("read timed out", null, true);
          }
        });
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");
    Instant arrivedAt = world.clock.instant();
    world.cycle();
    world.serviceTitan.finish(job.id());

    world.cycle();
    assertThat(world.serviceChannel.activitiesOf(workOrder.id())).isEmpty();
    world.serviceChannel.checkIn(workOrder.id(), new CheckIn(Optional.empty(), arrivedAt));
    for (int i = 0; i < 4; i++) {
      world.cycle();
    }

    assertThat(world.serviceChannel.activitiesOf(workOrder.id()))
        .singleElement()
        .satisfies(activity -> assertThat(activity.isOpen()).as("visit closed").isFalse());
  }

  @Test
  void sc12_jobSeenCompletedBeforeItsAppointmentWasSeenDone_checksTheTechnicianOutBeforeCompleting() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");
    world.cycle();
    // The appointment's Done is not in the feed (yet): the completed job comes alone.
    world.serviceTitan.hideFromFeed(
        event ->
            event instanceof FieldEvent.AppointmentChanged changed
                && changed.appointment().status() == AppointmentStatus.DONE);
    world.serviceTitan.finish(job.id());

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.COMPLETED);
    assertThat(world.serviceChannel.activitiesOf(workOrder.id()))
        .singleElement()
        .satisfies(activity -> assertThat(activity.checkedOutAt()).as("visit closed").isPresent());
    assertThat(report.performed(EffectType.CHECK_OUT)).isEqualTo(1);
    assertThat(report.skipped()).as("nothing refused on the completed work order").isEmpty();
  }

  @Test
  void sc10_sc12_jobSeenCompletedBeforeAnyOfItsAppointmentEvents_dispatchesBeforeTheCheckIn_neverAfter() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    // None of the appointment's or the arrival's events reach the sync before the completed job: the dispatch
    // milestone is still to do when the visits are closed.
    world.serviceTitan.hideFromFeed(
        event -> event instanceof FieldEvent.AppointmentChanged || event instanceof FieldEvent.TechnicianArrived);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");
    world.serviceTitan.finish(job.id());
    List<String> writes = new java.util.concurrent.CopyOnWriteArrayList<>();
    world.serviceChannel.setFaultHook(
        (operation, phase) -> {
          if (phase == FaultHook.Phase.BEFORE_EFFECT && List.of("changeStatus", "checkIn", "checkOut").contains(operation)) {
            writes.add(operation);
          }
        });

    world.cycle();

    // ServiceChannel moves a checked-in work order to ON SITE: a dispatch after the check-in would move it back.
    assertThat(writes).containsExactly("changeStatus", "checkIn", "checkOut", "changeStatus");
    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.COMPLETED);
  }

  @Test
  void sc12_doneCompletesWorkOrderAndChecksTheTechnicianOut() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");
    world.cycle();
    world.serviceTitan.finish(job.id());

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.COMPLETED);
    assertThat(world.serviceChannel.activitiesOf(workOrder.id()))
        .singleElement()
        .satisfies(activity -> assertThat(activity.checkedOutAt()).isPresent());
    assertThat(report.performed(EffectType.CHECK_OUT)).isEqualTo(1);
    assertThat(report.performed(EffectType.CHANGE_STATUS)).isEqualTo(1);
  }

  @Test
  void sc13_missingAcceptStatusBecomesActionRequiredNoteAndStatusStaysOpen() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(STRICT);
    world.cycle();
    world.serviceTitan.csrAccepts(world.onlyBookingFor(workOrder).id());

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.OPEN);
    assertThat(providerNotes(world, workOrder))
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.text()).isEqualTo("Cool Air HVAC has accepted this work order");
              assertThat(note.actionRequired()).isTrue();
            });
    assertThat(report.fallbacks())
        .extracting(SyncReport.Fallback::kind)
        .containsExactly(FallbackKind.ACCEPT_AS_NOTE);
  }

  @Test
  void sc13_missingDeclineStatusBecomesActionRequiredNote() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(STRICT);
    world.cycle();
    world.serviceTitan.csrDismisses(world.onlyBookingFor(workOrder).id());

    SyncReport report = world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.OPEN);
    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text, Note::actionRequired)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Cool Air HVAC has declined this work order", true));
    assertThat(report.fallbacks())
        .extracting(SyncReport.Fallback::kind)
        .containsExactly(FallbackKind.DECLINE_AS_NOTE);
  }

  @Test
  void sc13_statusRefusedAtRuntimeWith904AlsoFallsBackToNote() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.csrAccepts(world.onlyBookingFor(workOrder).id());
    world.serviceChannel.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("changeStatus") && phase == FaultHook.Phase.BEFORE_EFFECT) {
            throw new PlatformRejectedException(RejectionReason.STATUS_NOT_ALLOWED, "904 stale catalogue");
          }
        });

    SyncReport report = world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.OPEN);
    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .containsExactly("Cool Air HVAC has accepted this work order");
    assertThat(report.fallbacks())
        .extracting(SyncReport.Fallback::kind)
        .containsExactly(FallbackKind.ACCEPT_AS_NOTE);
    assertThat(report.quarantined()).isEmpty();
  }

  @Test
  void sc13_otherMissingStatusIsReportedAndLeftAlone() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(STRICT).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.finish(job.id());
    world.cycle();

    // STRICT allows IN PROGRESS and COMPLETED but not the accept target: only accept falls back.
    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.COMPLETED);

    WorkOrderWorld overridden =
        new WorkOrderWorld(
            settings ->
                settings.statusMapping(
                    StatusMapping.builder()
                        .putTarget(StatusAction.DISPATCH, WorkOrderStatus.of("IN PROGRESS", "EN ROUTE"))
                        .build()));
    WorkOrder other = overridden.workOrder(ACME).build();
    FieldJob otherJob = overridden.workOrderWithJob(other);
    overridden.serviceTitan.dispatch(otherJob.id(), 61L);
    SyncReport report = overridden.cycle();

    assertThat(overridden.statusOf(other)).isEqualTo(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
    assertThat(report.fallbacks())
        .extracting(SyncReport.Fallback::kind)
        .containsOnly(FallbackKind.STATUS_NOT_AVAILABLE);
  }

  @Test
  void sc14_perSubscriberOverrideChangesTheCompletionStatus() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.statusMapping(
                    StatusMapping.builder()
                        .putSubscriberOverride(
                            ACME,
                            SubscriberStatusOverrides.builder()
                                .putTarget(
                                    StatusAction.COMPLETE,
                                    WorkOrderStatus.of("completed", "pending confirmation"))
                                .build())
                        .build()));
    WorkOrder acme = world.workOrder(ACME).build();
    WorkOrder strict = world.workOrder(STRICT).build();
    FieldJob acmeJob = world.workOrderWithJob(acme);
    FieldJob strictJob = world.workOrderWithJob(strict);
    world.serviceTitan.finish(acmeJob.id());
    world.serviceTitan.finish(strictJob.id());

    world.cycle();

    assertThat(world.statusOf(acme)).isEqualTo(WorkOrderStatus.of("COMPLETED", "PENDING CONFIRMATION"));
    assertThat(world.statusOf(strict)).isEqualTo(WorkOrderStatus.COMPLETED);
  }

  @Test
  void bookingChangedBeforeItsLinkWasStored_isFoundThroughItsExternalId() {
    // The process that created the booking was killed before it stored the work order <-> booking link, and
    // the CSR dismissed the booking before a restarted process's intake stored it.
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    Booking booking = world.onlyBookingFor(workOrder);
    world.store.links().unlink(LinkKind.WORK_ORDER_BOOKING, Long.toString(workOrder.id()));
    world.serviceTitan.csrDismisses(booking.id());

    SyncReport report = world.sync().pushFieldEvents();

    assertThat(report.skippedByReason()).doesNotContainKey("not linked to a work order");
    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.OPEN_DECLINED);
  }

  @Test
  void bookingsMadeFromLeadsAreSkippedAsUnrelated() {
    WorkOrderWorld world = new WorkOrderWorld();
    Booking lead =
        world.serviceTitan.createBooking(
            io.workbridge.sync.model.BookingRequest.builder()
                .externalId("alert-123")
                .source("Smart home")
                .name("Jane Doe")
                .summary("Water detected")
                .build());

    SyncReport report = world.cycle();

    assertThat(report.skippedByReason()).containsEntry("not linked to a work order", 1);
    assertThat(report.totalPerformed()).isZero();
    assertThat(lead.externalId()).isEqualTo("alert-123");
  }
}
