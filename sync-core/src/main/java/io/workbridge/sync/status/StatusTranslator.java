package io.workbridge.sync.status;

import io.workbridge.sync.model.Appointment;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.TechnicianArrival;
import io.workbridge.sync.model.WorkOrderStatus;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one ServiceTitan event into the ServiceChannel actions to take (SC-7 … SC-13, SC-15, SC-20),
 * from a {@link StatusMapping}. Pure: it performs nothing, it only decides.
 *
 * <p><b>Milestones, not transitions.</b> ServiceTitan's export feeds are snapshots: a record changed twice
 * between two reads is seen once, in its latest state (a booking accepted and converted is first seen
 * Converted; an appointment dispatched and finished is first seen Done). So each state stands for every
 * milestone at or before it, and the translator returns all of them, in order; each action carries the
 * work order's one idempotency key for its milestone ({@link WorkOrderEffectKeys}), so the workflow
 * performs each milestone once, however many events imply it.
 *
 * <table>
 *   <caption>Default translation</caption>
 *   <tr><th>ServiceTitan state seen</th><th>ServiceChannel actions, in order</th></tr>
 *   <tr><td>booking accepted or converted</td><td>status ACCEPT target (SC-7)</td></tr>
 *   <tr><td>booking dismissed</td><td>decline with a reason, to the DECLINE target (SC-8)</td></tr>
 *   <tr><td>job created</td><td>note with the job number (SC-9), see {@link #jobCreated}</td></tr>
 *   <tr><td>job or appointment dispatched</td><td>status DISPATCH target (SC-10)</td></tr>
 *   <tr><td>job in progress</td><td>DISPATCH (SC-10)</td></tr>
 *   <tr><td>technician arrived / appointment working</td><td>DISPATCH, check-in (SC-10, SC-11)</td></tr>
 *   <tr><td>appointment done</td><td>DISPATCH, check-in, check-out, COMPLETE target, attachments (SC-10 … SC-12,
 *       SC-15)</td></tr>
 *   <tr><td>job completed</td><td>DISPATCH, COMPLETE target, attachments (SC-10, SC-12, SC-15); while the
 *       COMPLETE is still to do, the workflow first closes the visits of the job's done appointments
 *       ({@link #visitsToClose})</td></tr>
 *   <tr><td>invoice at or past its sending status</td><td>submit invoice (SC-20, SC-21)</td></tr>
 * </table>
 *
 * <p>When the subscriber's catalogue lacks the accept or decline target, the translator decides the
 * SC-13 fallback instead: a note "&lt;company&gt; has accepted/declined this work order" flagged
 * Action Required, the status left as it is, and a reported fallback. For other targets missing
 * from the catalogue the status is left alone and the fallback is reported. Subscribers taking IVR
 * check-ins only get a note instead of a check-in or check-out, also reported.
 */
public final class StatusTranslator {

  private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final StatusMapping mapping;

  /**
   * A translator over a status mapping.
   *
   * @param mapping the defaults and per-subscriber overrides
   */
  public StatusTranslator(StatusMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /** {@return the mapping this translator uses} */
  public StatusMapping mapping() {
    return mapping;
  }

  /**
   * The ServiceChannel actions an event calls for: every milestone its state implies, in order. Notes and
   * attachments added to a job are not status events and yield nothing here.
   *
   * @param event the ServiceTitan event
   * @param context the work order it belongs to
   * @return the actions, in the order to perform them
   */
  public List<ScAction> translate(FieldEvent event, WorkOrderContext context) {
    if (event instanceof FieldEvent.BookingChanged changed) {
      return bookingChanged(changed.booking(), context);
    }
    if (event instanceof FieldEvent.JobChanged changed) {
      return jobChanged(changed.job(), context);
    }
    if (event instanceof FieldEvent.AppointmentChanged changed) {
      return appointmentChanged(changed.appointment(), context);
    }
    if (event instanceof FieldEvent.TechnicianArrived arrived) {
      List<ScAction> actions = new ArrayList<>(changeStatus(StatusAction.DISPATCH, context));
      actions.addAll(checkIn(arrived.arrival(), context));
      return actions;
    }
    if (event instanceof FieldEvent.InvoiceChanged changed) {
      return invoiceChanged(changed.invoice(), context);
    }
    return List.of();
  }

  /**
   * The note telling ServiceChannel the ServiceTitan job number (SC-9).
   *
   * @param job the job just created or linked
   * @param context the work order
   * @return the note action
   */
  public ScAction.AddNote jobCreated(FieldJob job, WorkOrderContext context) {
    return new ScAction.AddNote(
        WorkOrderEffectKeys.jobNumberNote(context.workOrderId(), job.id()),
        NewNote.of("ServiceTitan job #" + job.number() + " was created for this work order."));
  }

  /**
   * The visits of a finished appointment to close before its work order is completed: the dispatch milestone
   * first (SC-10; nothing when performed), then for each technician a check-in (done already when the arrival
   * was seen) and a check-out, or the IVR notes instead. For a job seen completed before its appointments were
   * seen done; empty for an appointment that is not done. The dispatch comes first as for an arrival: set after
   * the check-in, it would move the work order back from ON SITE.
   *
   * @param appointment the appointment, as it is now
   * @param context the work order
   * @return the check-ins and check-outs, in order
   */
  public List<ScAction> visitsToClose(Appointment appointment, WorkOrderContext context) {
    if (appointment.status() != AppointmentStatus.DONE) {
      return List.of();
    }
    List<ScAction> actions = new ArrayList<>(changeStatus(StatusAction.DISPATCH, context));
    for (long technicianId : appointment.technicianIds()) {
      actions.addAll(checkIn(arrival(appointment, technicianId), context));
    }
    for (long technicianId : appointment.technicianIds()) {
      actions.addAll(checkOut(appointment, technicianId, context));
    }
    return dedupe(actions);
  }

  /**
   * Whether the work order's completion is still to be performed (or its status is not in the catalogue).
   *
   * @param context the work order
   * @return true when the COMPLETE milestone has not been performed
   */
  public boolean completionPending(WorkOrderContext context) {
    return !context.performed().test(WorkOrderEffectKeys.status(context.workOrderId(), StatusAction.COMPLETE));
  }

  private static TechnicianArrival arrival(Appointment appointment, long technicianId) {
    return TechnicianArrival.builder()
        .jobId(appointment.jobId())
        .appointmentId(appointment.id())
        .technicianId(technicianId)
        .arrivedAt(appointment.modifiedAt())
        .build();
  }

  private List<ScAction> bookingChanged(Booking booking, WorkOrderContext context) {
    switch (booking.status()) {
      case ACCEPTED:
      case CONVERTED:
        return changeStatus(StatusAction.ACCEPT, context);
      case DISMISSED:
        return decline(booking, context);
      default:
        return List.of();
    }
  }

  private List<ScAction> jobChanged(FieldJob job, WorkOrderContext context) {
    switch (job.status()) {
      case DISPATCHED:
      case IN_PROGRESS:
        return changeStatus(StatusAction.DISPATCH, context);
      case COMPLETED:
        List<ScAction> actions = new ArrayList<>(changeStatus(StatusAction.DISPATCH, context));
        actions.addAll(changeStatus(StatusAction.COMPLETE, context));
        actions.add(new ScAction.SendAttachments(job.id()));
        return actions;
      default:
        return List.of();
    }
  }

  private List<ScAction> appointmentChanged(Appointment appointment, WorkOrderContext context) {
    AppointmentStatus status = appointment.status();
    if (status != AppointmentStatus.DISPATCHED
        && status != AppointmentStatus.WORKING
        && status != AppointmentStatus.DONE) {
      return List.of();
    }
    List<ScAction> actions = new ArrayList<>(changeStatus(StatusAction.DISPATCH, context));
    if (status == AppointmentStatus.DISPATCHED) {
      return actions;
    }
    if (status == AppointmentStatus.WORKING) {
      for (long technicianId : appointment.technicianIds()) {
        actions.addAll(checkIn(arrival(appointment, technicianId), context));
      }
    }
    if (status == AppointmentStatus.DONE) {
      actions.addAll(visitsToClose(appointment, context));
      actions.addAll(changeStatus(StatusAction.COMPLETE, context));
      actions.add(new ScAction.SendAttachments(appointment.jobId()));
    }
    return dedupe(actions);
  }

  private List<ScAction> checkIn(TechnicianArrival arrival, WorkOrderContext context) {
    Optional<Long> user = Optional.ofNullable(context.technicianUsers().get(arrival.technicianId()));
    if (context.ivrOnly()) {
      String who = arrival.technicianName().orElse("Technician " + arrival.technicianId());
      String text =
          who
              + " arrived on site at "
              + NOTE_TIME.format(arrival.arrivedAt().atZone(context.timeZone()))
              + ". This subscriber takes IVR check-ins only: please check in by phone.";
      return List.of(
          new ScAction.AddNote(
              WorkOrderEffectKeys.ivrCheckInNote(
                  context.workOrderId(), arrival.appointmentId(), arrival.technicianId()),
              NewNote.of(text)),
          new ScAction.ReportFallback(
              FallbackKind.IVR_CHECK_IN_AS_NOTE,
              "work order "
                  + context.workOrderId()
                  + ": subscriber takes IVR check-ins only; check-in written as a note"));
    }
    return List.of(
        new ScAction.CheckInTechnician(
            WorkOrderEffectKeys.checkIn(context.workOrderId(), arrival.appointmentId(), user),
            new CheckIn(user, arrival.arrivedAt())));
  }

  private List<ScAction> checkOut(Appointment appointment, long technicianId, WorkOrderContext context) {
    Optional<Long> user = Optional.ofNullable(context.technicianUsers().get(technicianId));
    if (context.ivrOnly()) {
      String text =
          "Technician "
              + technicianId
              + " finished on site at "
              + NOTE_TIME.format(appointment.modifiedAt().atZone(context.timeZone()))
              + ". This subscriber takes IVR check-outs only: please check out by phone.";
      return List.of(
          new ScAction.AddNote(
              WorkOrderEffectKeys.ivrCheckOutNote(context.workOrderId(), appointment.id(), technicianId),
              NewNote.of(text)),
          new ScAction.ReportFallback(
              FallbackKind.IVR_CHECK_IN_AS_NOTE,
              "work order "
                  + context.workOrderId()
                  + ": subscriber takes IVR check-outs only; check-out written as a note"));
    }
    return List.of(
        new ScAction.CheckOutTechnician(
            WorkOrderEffectKeys.checkOut(context.workOrderId(), appointment.id(), user),
            new CheckIn(user, appointment.modifiedAt()),
            WorkOrderEffectKeys.checkIn(context.workOrderId(), appointment.id(), user)));
  }

  private List<ScAction> invoiceChanged(Invoice invoice, WorkOrderContext context) {
    if (!mapping.sendsInvoice(context.subscriberId(), invoice.status())) {
      return List.of();
    }
    return List.of(
        new ScAction.SubmitInvoice(WorkOrderEffectKeys.invoice(context.workOrderId(), invoice.id()), invoice));
  }

  private List<ScAction> decline(Booking booking, WorkOrderContext context) {
    String text =
        booking
            .dismissalReason()
            .filter(reason -> !reason.isBlank())
            .map(reason -> "Declined in ServiceTitan: " + reason)
            .orElse("Declined in ServiceTitan");
    return changeStatus(StatusAction.DECLINE, context, Optional.of(new Decline(context.declineReasonId(), text)));
  }

  private List<ScAction> changeStatus(StatusAction action, WorkOrderContext context) {
    return changeStatus(action, context, Optional.empty());
  }

  private List<ScAction> changeStatus(
      StatusAction action, WorkOrderContext context, Optional<Decline> decline) {
    String key = WorkOrderEffectKeys.status(context.workOrderId(), action);
    Optional<ScAction.AddNote> fallbackNote = fallbackNote(action, context);
    if (context.performed().test(key)
        || fallbackNote.map(note -> context.performed().test(note.effectKey())).orElse(false)) {
      return List.of();
    }
    WorkOrderStatus target = mapping.target(context.subscriberId(), action);
    StatusCatalogue catalogue = context.catalogue().get();
    ScAction.ChangeStatus change = new ScAction.ChangeStatus(key, action, target, fallbackNote, decline);
    if (catalogue.allows(target)) {
      return List.of(change);
    }
    if (fallbackNote.isPresent()) {
      return List.of(new ScAction.NoteInsteadOfStatus(change));
    }
    return List.of(
        new ScAction.ReportFallback(
            FallbackKind.STATUS_NOT_AVAILABLE,
            "work order "
                + context.workOrderId()
                + ": status "
                + target
                + " ("
                + action
                + ") is not available for the subscriber; status left as it is"));
  }

  /**
   * The SC-13 note for accept or decline, flagged Action Required; empty for other actions.
   *
   * @param action the status milestone
   * @param context the work order
   * @return the note action, for accept and decline
   */
  public Optional<ScAction.AddNote> fallbackNote(StatusAction action, WorkOrderContext context) {
    String verb;
    if (action == StatusAction.ACCEPT) {
      verb = "accepted";
    } else if (action == StatusAction.DECLINE) {
      verb = "declined";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new ScAction.AddNote(
            WorkOrderEffectKeys.fallbackNote(context.workOrderId(), verb),
            new NewNote(context.companyName() + " has " + verb + " this work order", true)));
  }

  private static List<ScAction> dedupe(List<ScAction> actions) {
    Set<ScAction> unique = new LinkedHashSet<>(actions);
    return List.copyOf(unique);
  }
}
