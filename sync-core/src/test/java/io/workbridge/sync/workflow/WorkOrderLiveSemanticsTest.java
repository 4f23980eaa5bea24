package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static io.workbridge.sync.workflow.WorkOrderWorld.COMPANY;
import static io.workbridge.sync.workflow.WorkOrderWorld.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.fake.FakeServiceChannel;
import io.workbridge.sync.fake.FaultHook;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.status.StatusMapping;
import io.workbridge.sync.status.SubscriberStatusOverrides;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The work-order workflow against ServiceChannel and ServiceTitan as they behave live: several human steps
 * between two polls (export feeds show only each record's latest state), notes read back under display
 * names, declines that need a reason, check-ins ServiceChannel cannot take.
 */
class WorkOrderLiveSemanticsTest {

  private static List<String> statusHistory(WorkOrderWorld world, WorkOrder workOrder) {
    return world.serviceChannel.notesOf(workOrder.id()).stream()
        .filter(note -> note.origin() == NoteOrigin.SYSTEM)
        .map(Note::text)
        .toList();
  }

  @Test
  void sc16_ownNotesReadBackUnderADisplayName_areNeverCopiedBackToTheJob() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.writeNote(job.id(), "Dana Tech", "Replaced the contactor.");
    world.cycle();
    // After a restart the adapter no longer knows the provider company: our notes look like a subscriber's.
    world.serviceChannel.providerNotesReadAsSubscriberNotes();
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Thanks, all cool again.");

    world.cycle();
    world.cycle();

    assertThat(world.copiedSubscriberNotes(job.id()))
        .singleElement()
        .satisfies(text -> assertThat(text).endsWith("Store manager: Thanks, all cool again."));
  }

  @Test
  void sc08_dismissedBooking_declinesWithReasonOtherAndServiceTitansTextOnce() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.csrDismisses(world.onlyBookingFor(workOrder).id());

    world.cycle();
    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.OPEN_DECLINED);
    assertThat(world.serviceChannel.declines(workOrder.id()))
        .containsExactly(new Decline(Decline.OTHER, "Declined in ServiceTitan"));
  }

  @Test
  void sc08_declineReasonIsChosenPerSubscriber() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.putSubscriberPreference(ACME, SubscriberPreferences.builder().declineReasonId(2).build()));
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.csrDismisses(world.onlyBookingFor(workOrder).id());

    world.cycle();

    assertThat(world.serviceChannel.declines(workOrder.id())).extracting(Decline::reasonId).containsExactly(2);
  }

  @Test
  void sc08_subscribersWithoutTheirOwnPreferences_takeTheDefaultPreferences() {
    WorkOrderWorld world =
        new WorkOrderWorld(settings -> settings.defaultPreferences(SubscriberPreferences.builder().declineReasonId(3).build()));
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.csrDismisses(world.onlyBookingFor(workOrder).id());

    world.cycle();

    assertThat(world.serviceChannel.declines(workOrder.id())).extracting(Decline::reasonId).containsExactly(3);
  }

  @Test
  void sc07_bookingAcceptedAndConvertedBetweenTwoPolls_isAcceptedThenGetsItsJobNumber() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    Booking booking = world.onlyBookingFor(workOrder);
    world.serviceTitan.csrAccepts(booking.id());
    FieldJob job = world.serviceTitan.csrConverts(booking.id(), 31L, 41L);

    world.cycle();
    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .filteredOn(note -> note.origin() != NoteOrigin.SYSTEM)
        .extracting(Note::text)
        .containsExactly("ServiceTitan job #" + job.number() + " was created for this work order.");
  }

  @Test
  void sc13_bookingFirstSeenConverted_forASubscriberWithoutTheAcceptStatus_getsTheActionRequiredNoteOnce() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(STRICT);
    world.cycle();
    Booking booking = world.onlyBookingFor(workOrder);
    world.serviceTitan.csrAccepts(booking.id());
    world.serviceTitan.csrConverts(booking.id(), 31L, 41L);

    SyncReport report = world.cycle();
    SyncReport again = world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.OPEN);
    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .filteredOn(Note::actionRequired)
        .extracting(Note::text)
        .containsExactly(COMPANY + " has accepted this work order");
    assertThat(report.fallbacks()).extracting(SyncReport.Fallback::kind).containsExactly(FallbackKind.ACCEPT_AS_NOTE);
    assertThat(again.fallbacks()).isEmpty();
  }

  @Test
  void sc14_perSubscriberAcceptOverride_appliesWhenTheBookingIsFirstSeenConverted() {
    WorkOrderStatus accepted = WorkOrderStatus.of("IN PROGRESS", "ON SITE");
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.statusMapping(
                    StatusMapping.builder()
                        .putSubscriberOverride(
                            ACME, SubscriberStatusOverrides.builder().putTarget(StatusAction.ACCEPT, accepted).build())
                        .build()));
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    Booking booking = world.onlyBookingFor(workOrder);
    world.serviceTitan.csrAccepts(booking.id());
    world.serviceTitan.csrConverts(booking.id(), 31L, 41L);

    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(accepted);
  }

  @Test
  void sc10_sc12_jobDispatchedAndFinishedBetweenTwoPolls_goesInProgressBeforeCompleted() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");
    world.serviceTitan.finish(job.id());

    world.cycle();
    world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.COMPLETED);
    assertThat(statusHistory(world, workOrder))
        .containsSubsequence(
            "Status has been changed from " + WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED + " to "
                + WorkOrderStatus.IN_PROGRESS,
            "Status has been changed from " + WorkOrderStatus.IN_PROGRESS + " to " + WorkOrderStatus.COMPLETED);
    assertThat(world.serviceChannel.activitiesOf(workOrder.id()))
        .singleElement()
        .satisfies(activity -> assertThat(activity.isOpen()).isFalse());
  }

  @Test
  void sc20_sc21_invoicePostedAndExportedBetweenTwoPolls_isSentForASubscriberWhoseTriggerIsPosted() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.statusMapping(
                    StatusMapping.builder()
                        .putSubscriberOverride(
                            ACME, SubscriberStatusOverrides.builder().addInvoiceStatusName("Posted").build())
                        .build()));
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.finish(job.id());
    world.cycle();
    Invoice invoice = world.serviceTitan.issueInvoice(job.id(), "INV-7", "500.00", "41.25", "Pending");
    world.serviceTitan.setInvoiceStatus(invoice.id(), "Posted");
    world.serviceTitan.setInvoiceStatus(invoice.id(), "Exported");

    world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.invoicesOf(workOrder.id())).containsExactly("INV-7");
  }

  @Test
  void sc11_sc12_checkInServiceChannelCannotTake_isWrittenAsANoteAndReported_neverSkippedSilently() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceChannel.refuseCheckIns(workOrder.id(), "the store has no GPS coordinates");
    world.serviceTitan.dispatch(job.id(), 61L);
    world.serviceTitan.arrive(job.id(), 61L, "Dana Tech");

    SyncReport report = world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.activitiesOf(workOrder.id())).isEmpty();
    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .extracting(Note::text)
        .filteredOn(text -> text.contains("check-in at"))
        .singleElement()
        .satisfies(text -> assertThat(text).contains("the store has no GPS coordinates").contains("IVR"));
    assertThat(report.fallbacks()).extracting(SyncReport.Fallback::kind).containsExactly(FallbackKind.CHECK_IN_AS_NOTE);
  }

  @Test
  void sc18_noteSyncOff_reportsEachSkippedSubscriberNoteOnce_notEveryCycle() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.putSubscriberPreference(ACME, SubscriberPreferences.builder().notesEnabled(false).build()));
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Back door only.");

    SyncReport first = world.cycle();
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Ask for Sam.");
    SyncReport second = world.cycle();

    assertThat(first.skippedByReason()).containsEntry("note sync off for the subscriber (SC-18)", 1);
    assertThat(second.skippedByReason()).containsEntry("note sync off for the subscriber (SC-18)", 1);
    assertThat(world.serviceTitan.notesOf(job.id())).extracting(Note::text).noneMatch(t -> t.contains("Back door"));
  }

  @Test
  void sc16_aNoteWrittenWhoseAnswerWasLost_isFoundByItsTextAlsoWhenItReadsBackAsASubscribersNote() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceChannel.providerNotesReadAsSubscriberNotes();
    world.serviceTitan.writeNote(job.id(), "Dana Tech", "Parts ordered.");
    AtomicBoolean answerLost = new AtomicBoolean();
    world.serviceChannel.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("addNote") && phase == FaultHook.Phase.AFTER_EFFECT && answerLost.compareAndSet(false, true)) {
            throw new PlatformUnavailableException("connection dropped after the note was written");
          }
        });

    world.cycle();
    world.letLeasesExpire();
    world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .extracting(Note::text)
        .filteredOn(text -> text.contains("Parts ordered."))
        .hasSize(1);
    assertThat(world.serviceTitan.notesOf(job.id()))
        .extracting(Note::text)
        .noneMatch(text -> text.startsWith(NoteCopier.SC_NOTE_PREFIX));
    assertThat(FakeServiceChannel.API_USER_DISPLAY_NAME).isNotEqualTo(FakeServiceChannel.API_USER);
  }
}
