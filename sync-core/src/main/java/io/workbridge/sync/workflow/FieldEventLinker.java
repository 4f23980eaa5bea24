package io.workbridge.sync.workflow;

import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.status.WorkOrderEffectKeys;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.LinkStore;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which ServiceChannel work order a ServiceTitan event belongs to: through the stored links (work order ↔
 * booking, work order ↔ job), or, for a booking or job not linked yet (its creation event came late or not at
 * all, or its creator was killed before storing the link), through the booking it was converted from or the
 * external id this sync gave it.
 */
final class FieldEventLinker {

  private final LinkStore links;
  private final Predicate<String> effectStarted;

  /**
   * @param links the stored links
   * @param effectStarted whether an effect key was ever reserved (a job this sync created)
   */
  FieldEventLinker(LinkStore links, Predicate<String> effectStarted) {
    this.links = links;
    this.effectStarted = effectStarted;
  }

  /** The work order of an event, from the stored links alone. */
  Optional<Long> workOrderOf(FieldEvent event) {
    if (event instanceof FieldEvent.BookingChanged changed) {
      Booking booking = changed.booking();
      return source(LinkKind.WORK_ORDER_BOOKING, booking.id()).or(() -> workOrderOfUnlinkedBooking(booking));
    }
    if (event instanceof FieldEvent.JobChanged changed) {
      FieldJob job = changed.job();
      // A job not linked yet (its creator killed before storing the link) is found by its booking or by the
      // external id this sync gave it: skipped, its job-number note would never be written.
      return source(LinkKind.WORK_ORDER_JOB, job.id()).or(() -> workOrderOfUnlinkedJob(job));
    }
    return jobOf(event).flatMap(jobId -> source(LinkKind.WORK_ORDER_JOB, jobId));
  }

  /** The job a job-scoped event (appointment, arrival, note, attachment, invoice) belongs to. */
  Optional<Long> jobOf(FieldEvent event) {
    if (event instanceof FieldEvent.AppointmentChanged changed) {
      return Optional.of(changed.appointment().jobId());
    }
    if (event instanceof FieldEvent.TechnicianArrived arrived) {
      return Optional.of(arrived.arrival().jobId());
    }
    if (event instanceof FieldEvent.JobNoteChanged changed) {
      return Optional.of(changed.jobId());
    }
    if (event instanceof FieldEvent.JobAttachmentAdded added) {
      return Optional.of(added.jobId());
    }
    if (event instanceof FieldEvent.InvoiceChanged changed) {
      return Optional.of(changed.invoice().jobId());
    }
    return Optional.empty();
  }

  /**
   * The work order of a booking not linked yet — the process that created it was killed before storing the
   * link, and its successor's intake has not stored it yet: the external id this sync gave it, when the sync
   * started that work order's booking. (Skipped instead, a change to the booking would be lost: the feed moves
   * on.)
   */
  private Optional<Long> workOrderOfUnlinkedBooking(Booking booking) {
    return Optional.of(booking.externalId())
        .filter(external -> external.matches("\\d{1,18}"))
        .map(Long::parseLong)
        .filter(workOrderId -> effectStarted.test(WorkOrderEffectKeys.booking(workOrderId)));
  }

  /** The work order of a job not linked yet: via its booking, or via the external id this sync gave it. */
  Optional<Long> workOrderOfUnlinkedJob(FieldJob job) {
    Optional<Long> viaBooking = job.bookingId().flatMap(id -> source(LinkKind.WORK_ORDER_BOOKING, id));
    if (viaBooking.isPresent()) {
      return viaBooking;
    }
    return job.externalId()
        .filter(external -> external.matches("\\d{1,18}"))
        .map(Long::parseLong)
        .filter(workOrderId -> effectStarted.test(WorkOrderEffectKeys.job(workOrderId)));
  }

  private Optional<Long> source(LinkKind kind, long targetId) {
    return links.source(kind, Long.toString(targetId)).map(Long::parseLong);
  }
}
