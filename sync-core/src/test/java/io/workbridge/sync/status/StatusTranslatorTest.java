package io.workbridge.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.Appointment;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.TechnicianArrival;
import io.workbridge.sync.model.WorkOrderStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatusTranslatorTest {

  private static final Instant AT = Instant.parse("2026-03-02T15:30:00Z");
  private static final StatusCatalogue ALL =
      StatusCatalogue.of(
          WorkOrderStatus.OPEN,
          WorkOrderStatus.OPEN_DECLINED,
          WorkOrderStatus.IN_PROGRESS,
          WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED,
          WorkOrderStatus.COMPLETED);

  private final StatusTranslator translator = new StatusTranslator(StatusMapping.defaults());

  private static WorkOrderContext.Builder context(StatusCatalogue catalogue) {
    return WorkOrderContext.builder()
        .workOrderId(42)
        .subscriberId(7)
        .companyName("Cool Air")
        .timeZone(ZoneId.of("America/New_York"))
        .catalogue(() -> catalogue);
  }

  private static FieldEvent booking(BookingStatus status) {
    return new FieldEvent.BookingChanged(
        Booking.builder()
            .id(1)
            .externalId("42")
            .status(status)
            .name("Acme")
            .summary("s")
            .modifiedAt(AT)
            .build());
  }

  private static FieldEvent appointment(AppointmentStatus status, Long... technicians) {
    return new FieldEvent.AppointmentChanged(
        Appointment.builder()
            .id(800)
            .jobId(500)
            .status(status)
            .technicianIds(java.util.Arrays.asList(technicians))
            .modifiedAt(AT)
            .build());
  }

  private static FieldJob job(JobStatus status) {
    return FieldJob.builder()
        .id(500)
        .number("J-500")
        .customerId(1)
        .locationId(2)
        .status(status)
        .modifiedAt(AT)
        .build();
  }

  @Test
  void translate_bookingAccepted_changesToDispatchConfirmedWithSc13NoteKeptForA904() {
    List<ScAction> actions = translator.translate(booking(BookingStatus.ACCEPTED), context(ALL).build());

    assertThat(actions)
        .containsExactly(
            new ScAction.ChangeStatus(
                "wo:42:status:accept",
                StatusAction.ACCEPT,
                WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED,
                Optional.of(
                    new ScAction.AddNote(
                        "wo:42:note:accepted-fallback",
                        new NewNote("Cool Air has accepted this work order", true)))));
  }

  @Test
  void translate_bookingDismissedWithoutDeclineStatus_fallsBackToActionRequiredNote() {
    StatusCatalogue noDecline = StatusCatalogue.of(WorkOrderStatus.OPEN, WorkOrderStatus.IN_PROGRESS);

    List<ScAction> actions =
        translator.translate(booking(BookingStatus.DISMISSED), context(noDecline).build());

    assertThat(actions)
        .singleElement()
        .isInstanceOfSatisfying(
            ScAction.NoteInsteadOfStatus.class,
            instead -> {
              assertThat(instead.change().effectKey()).isEqualTo("wo:42:status:decline");
              assertThat(instead.change().target()).isEqualTo(WorkOrderStatus.OPEN_DECLINED);
              assertThat(instead.change().whenNotAllowed())
                  .contains(
                      new ScAction.AddNote(
                          "wo:42:note:declined-fallback",
                          new NewNote("Cool Air has declined this work order", true)));
            });
  }

  @Test
  void translate_newBookingOrNote_yieldsNothingAndDoesNotFetchTheCatalogue() {
    AtomicInteger fetched = new AtomicInteger();
    WorkOrderContext lazy =
        context(ALL)
            .catalogue(
                () -> {
                  fetched.incrementAndGet();
                  return ALL;
                })
            .build();
    Note note =
        Note.builder().id("1").origin(NoteOrigin.PROVIDER).text("x").createdAt(AT).build();

    assertThat(translator.translate(booking(BookingStatus.NEW), lazy)).isEmpty();
    assertThat(translator.translate(new FieldEvent.JobNoteChanged(500, note), lazy)).isEmpty();
    assertThat(fetched).hasValue(0);
  }

  @Test
  void translate_appointmentDispatched_movesToInProgress() {
    assertThat(translator.translate(appointment(AppointmentStatus.DISPATCHED, 61L), context(ALL).build()))
        .singleElement()
        .isInstanceOfSatisfying(
            ScAction.ChangeStatus.class,
            change -> {
              assertThat(change.target()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
              assertThat(change.whenNotAllowed()).isEmpty();
            });
  }

  @Test
  void translate_arrival_checksInMappedUserOrApiUser() {
    WorkOrderContext withMapping = context(ALL).putTechnicianUser(61L, 9001L).build();
    FieldEvent mapped =
        new FieldEvent.TechnicianArrived(
            TechnicianArrival.builder()
                .jobId(500)
                .appointmentId(800)
                .technicianId(61)
                .arrivedAt(AT)
                .build());
    FieldEvent unmapped = appointment(AppointmentStatus.WORKING, 62L, 63L);

    assertThat(translator.translate(mapped, withMapping))
        .filteredOn(ScAction.CheckInTechnician.class::isInstance)
        .containsExactly(
            new ScAction.CheckInTechnician(
                "wo:42:check-in:800:user-9001", new CheckIn(Optional.of(9001L), AT)));
    assertThat(translator.translate(unmapped, withMapping))
        .filteredOn(ScAction.CheckInTechnician.class::isInstance)
        .containsExactly(
            new ScAction.CheckInTechnician(
                "wo:42:check-in:800:api-user", new CheckIn(Optional.empty(), AT)));
  }

  @Test
  void translate_arrivalForIvrOnlySubscriber_writesNoteInLocalTimeAndReportsIt() {
    FieldEvent arrival =
        new FieldEvent.TechnicianArrived(
            TechnicianArrival.builder()
                .jobId(500)
                .appointmentId(800)
                .technicianId(61)
                .technicianName("Dana")
                .arrivedAt(AT)
                .build());

    List<ScAction> actions =
        translator.translate(arrival, context(ALL).ivrOnly(true).build()).stream()
            .filter(action -> !(action instanceof ScAction.ChangeStatus))
            .toList();

    assertThat(actions.get(0))
        .isInstanceOfSatisfying(
            ScAction.AddNote.class,
            note ->
                assertThat(note.note().text()).startsWith("Dana arrived on site at 2026-03-02 10:30 EST."));
    assertThat(actions.get(1))
        .isInstanceOfSatisfying(
            ScAction.ReportFallback.class,
            fallback -> assertThat(fallback.kind()).isEqualTo(FallbackKind.IVR_CHECK_IN_AS_NOTE));
  }

  @Test
  void translate_appointmentDone_performsEveryMilestoneInOrder() {
    List<ScAction> actions = translator.translate(appointment(AppointmentStatus.DONE, 61L), context(ALL).build());

    // First seen Done: dispatched and arrived happened in between (SC-10, SC-11), then check-out and complete.
    assertThat(actions)
        .extracting(StatusTranslatorTest::describe)
        .containsExactly(
            "ChangeStatus wo:42:status:dispatch",
            "CheckInTechnician wo:42:check-in:800:api-user",
            "CheckOutTechnician wo:42:check-out:800:api-user",
            "ChangeStatus wo:42:status:complete",
            "SendAttachments");
  }

  @Test
  void translate_milestoneAlreadyPerformed_isNotDecidedAgainNorReadsTheCatalogue() {
    WorkOrderContext context =
        context(ALL)
            .performed(key -> key.equals("wo:42:status:dispatch"))
            .catalogue(() -> {
              throw new AssertionError("catalogue read for a milestone already reached");
            })
            .build();

    assertThat(translator.translate(appointment(AppointmentStatus.DISPATCHED, 61L), context)).isEmpty();
  }

  @Test
  void translate_bookingFirstSeenConverted_acceptsIt() {
    FieldEvent converted = booking(BookingStatus.CONVERTED);

    assertThat(translator.translate(converted, context(ALL).build()))
        .extracting(StatusTranslatorTest::describe)
        .containsExactly("ChangeStatus wo:42:status:accept");
  }

  @Test
  void translate_jobFirstSeenInProgress_dispatchesIt() {
    assertThat(translator.translate(new FieldEvent.JobChanged(job(JobStatus.IN_PROGRESS)), context(ALL).build()))
        .extracting(StatusTranslatorTest::describe)
        .containsExactly("ChangeStatus wo:42:status:dispatch");
  }

  @Test
  void translate_bookingDismissed_declinesWithTheConfiguredReasonAndServiceTitansText() {
    FieldEvent dismissed =
        new FieldEvent.BookingChanged(
            Booking.builder()
                .from(((FieldEvent.BookingChanged) booking(BookingStatus.DISMISSED)).booking())
                .dismissalReason("No technician free")
                .build());

    assertThat(translator.translate(dismissed, context(ALL).declineReasonId(1).build()))
        .singleElement()
        .isInstanceOfSatisfying(
            ScAction.ChangeStatus.class,
            change -> {
              assertThat(change.target()).isEqualTo(WorkOrderStatus.OPEN_DECLINED);
              assertThat(change.decline()).contains(new Decline(1, "Declined in ServiceTitan: No technician free"));
            });
  }

  private static String describe(ScAction action) {
    String name = action.getClass().getSimpleName();
    if (action instanceof ScAction.ChangeStatus change) {
      return name + " " + change.effectKey();
    }
    if (action instanceof ScAction.CheckInTechnician checkIn) {
      return name + " " + checkIn.effectKey();
    }
    if (action instanceof ScAction.CheckOutTechnician checkOut) {
      return name + " " + checkOut.effectKey();
    }
    return name;
  }

  @Test
  void translate_jobCompleted_completesAndSendsAttachments() {
    List<ScAction> actions =
        translator.translate(new FieldEvent.JobChanged(job(JobStatus.COMPLETED)), context(ALL).build());

    assertThat(actions.get(0)).extracting(StatusTranslatorTest::describe).isEqualTo("ChangeStatus wo:42:status:dispatch");
    assertThat(actions.get(1))
        .isEqualTo(
            new ScAction.ChangeStatus(
                "wo:42:status:complete", StatusAction.COMPLETE, WorkOrderStatus.COMPLETED, Optional.empty()));
    assertThat(actions.get(2)).isEqualTo(new ScAction.SendAttachments(500));
  }

  @Test
  void translate_invoiceOnlyInSendingStatus() {
    Invoice.Builder invoice =
        Invoice.builder()
            .id(9)
            .number("INV-1")
            .jobId(500)
            .invoiceDate(AT)
            .subTotal(Money.of("1", "USD"))
            .tax(Money.of("0", "USD"))
            .total(Money.of("1", "USD"))
            .modifiedAt(AT);

    assertThat(
            translator.translate(
                new FieldEvent.InvoiceChanged(invoice.status("Posted").build()), context(ALL).build()))
        .isEmpty();
    assertThat(
            translator.translate(
                new FieldEvent.InvoiceChanged(invoice.status("EXPORTED").build()), context(ALL).build()))
        .singleElement()
        .isInstanceOf(ScAction.SubmitInvoice.class);
  }

  @Test
  void jobCreated_notesTheJobNumber() {
    assertThat(translator.jobCreated(job(JobStatus.SCHEDULED), context(ALL).build()))
        .isEqualTo(
            new ScAction.AddNote(
                "wo:42:note:job:500",
                NewNote.of("ServiceTitan job #J-500 was created for this work order.")));
  }
}
