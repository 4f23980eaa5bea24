package io.workbridge.sync.port;

import io.workbridge.sync.model.Appointment;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.BookingUpdate;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.FollowUp;
import io.workbridge.sync.model.FollowUpRequest;
import io.workbridge.sync.model.JobRequest;
import io.workbridge.sync.model.LeadBookingRequest;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.Party;
import java.util.List;
import java.util.Optional;

/**
 * The ServiceTitan side, as the workflows need it: bookings, jobs, their notes and attachments, and
 * one ordered change feed of bookings, jobs, appointments, arrivals, notes, attachments and invoices.
 *
 * <p>ServiceTitan takes no idempotency keys: creates are made safe by looking up the booking or job
 * by its external id (the source record's id) before creating it, and notes by their text.
 *
 * <p>The lead methods (LD-1, LD-8, LD-9) have default bodies that reject the call, so an adapter
 * used for work orders only need not implement them.
 *
 * <p>Every method may throw {@link PlatformUnavailableException} (transient; the effect may or may
 * not have happened) or {@link PlatformRejectedException} (permanent). Implementations must be safe to
 * call from one thread at a time.
 */
public interface FieldServicePlatform {

  /**
   * What changed since the cursor, oldest first.
   *
   * @param cursor where the previous page ended; empty to start at the beginning of the feed
   * @param limit the most events to return
   * @return the page, with the cursor to read from next
   */
  ChangePage<FieldEvent> changesSince(Optional<String> cursor, int limit);

  /**
   * The record behind a change-feed item as it is now, read again by the record key the feed gave it: for
   * retrying a deferred record, or a quarantined one on demand. Only kinds of record that can be read one at a time are
   * supported; the default supports none.
   *
   * @param recordKey the {@link FeedItem#recordKey()} of an earlier feed item
   * @return the current version as a feed item (parsed, or malformed with the reason), or empty when the
   *     record no longer exists
   * @throws UnsupportedOperationException when this kind of record cannot be read again
   */
  default Optional<FeedItem<FieldEvent>> reread(String recordKey) {
    throw new UnsupportedOperationException("cannot read record " + recordKey + " again on its own");
  }

  /**
   * Whether {@link #reread(String)} can read this record again. A record that can is deferred on its own
   * after a transient failure while the feed goes on; one that cannot keeps the feed's cursor at its page until
   * it is handled. The default: none can.
   *
   * @param recordKey the {@link FeedItem#recordKey()} of a feed item
   * @return true when {@link #reread(String)} supports the record
   */
  default boolean canReread(String recordKey) {
    return false;
  }

  /**
   * Finds a booking by its external id (lookup-before-create).
   *
   * @param externalId the source record's id
   * @return the booking, when one exists
   */
  Optional<Booking> findBookingByExternalId(String externalId);

  /**
   * One booking as it is now.
   *
   * @param bookingId the ServiceTitan booking id
   * @return the booking, or empty when it does not exist
   */
  Optional<Booking> booking(long bookingId);

  /**
   * Creates a booking.
   *
   * @param request what to create
   * @return the booking as created, with its id
   */
  Booking createBooking(BookingRequest request);

  /**
   * Changes a booking.
   *
   * @param bookingId the ServiceTitan booking id
   * @param update what to change
   * @return the booking as it now is
   */
  Booking updateBooking(long bookingId, BookingUpdate update);

  /**
   * Finds a job the sync created, by its external id (lookup-before-create).
   *
   * @param externalId the source record's id
   * @return the job, when one exists
   */
  Optional<FieldJob> findJobByExternalId(String externalId);

  /**
   * One job as it is now.
   *
   * @param jobId the ServiceTitan job id
   * @return the job, or empty when it does not exist
   */
  Optional<FieldJob> job(long jobId);

  /**
   * The appointments of a job as they are now, each with the technicians assigned to it. Read when a job is
   * seen completed before its last appointment was seen done (the export feeds are separate snapshots), so
   * that the technicians are checked out before the work order is completed: ServiceChannel refuses a check-out
   * on a completed work order.
   *
   * @param jobId the ServiceTitan job id
   * @return the job's appointments, empty when the job does not exist
   */
  List<Appointment> jobAppointments(long jobId);

  /**
   * Creates a job directly (SC-4), with its custom fields (SC-22).
   *
   * @param request what to create
   * @return the job as created, with its id and number
   */
  FieldJob createJob(JobRequest request);

  /**
   * Sets one custom field of a job, keeping the others (SC-22 for jobs made from bookings).
   *
   * @param jobId the ServiceTitan job id
   * @param fieldName the custom field's name
   * @param value the value
   */
  void setJobCustomField(long jobId, String fieldName, String value);

  /**
   * The notes of a job, oldest first.
   *
   * @param jobId the ServiceTitan job id
   * @return the notes
   */
  List<Note> jobNotes(long jobId);

  /**
   * Adds a note to a job.
   *
   * @param jobId the ServiceTitan job id
   * @param text the text
   * @return the note as stored, with its id
   */
  Note addJobNote(long jobId, String text);

  /**
   * The files attached to a job, oldest first.
   *
   * @param jobId the ServiceTitan job id
   * @return the attachments
   */
  List<Attachment> jobAttachments(long jobId);

  /**
   * The bytes of one job attachment.
   *
   * @param jobId the ServiceTitan job id
   * @param attachmentId the attachment id
   * @return the file's content
   */
  byte[] downloadAttachment(long jobId, String attachmentId);

  /**
   * Existing customers that might be this party, one candidate per customer location (LD-8). An
   * adapter searches by phone, e-mail, name and address and may return loose matches: the {@code
   * CustomerMatcher} decides.
   *
   * @param party the lead's member
   * @return candidates, possibly none
   */
  default List<CustomerCandidate> searchCustomers(Party party) {
    throw leadsNotSupported();
  }

  /**
   * Creates a booking from a lead (LD-1), with the alert id as external id. The workflow looks the
   * booking up with {@link #findBookingByExternalId} first (LD-10).
   *
   * @param request the booking and the lead's contact, details and customer match
   * @return the booking as created, with its id
   */
  default Booking createLeadBooking(LeadBookingRequest request) {
    throw leadsNotSupported();
  }

  /**
   * Finds a follow-up made from a lead, by the alert id (lookup-before-create, LD-9 and LD-10).
   *
   * @param externalId the alert id
   * @return the follow-up, when one exists
   */
  default Optional<FollowUp> findFollowUpByExternalId(String externalId) {
    throw leadsNotSupported();
  }

  /**
   * One follow-up as it is now (to write the outcome back when it is converted or dismissed).
   *
   * @param followUpId the ServiceTitan lead id
   * @return the follow-up, or empty when it does not exist
   */
  default Optional<FollowUp> followUp(long followUpId) {
    throw leadsNotSupported();
  }

  /**
   * Creates a follow-up (a ServiceTitan CRM lead with a follow-up date) instead of a booking (LD-9).
   *
   * @param request what to create
   * @return the follow-up as created, with its id
   */
  default FollowUp createFollowUp(FollowUpRequest request) {
    throw leadsNotSupported();
  }

  /**
   * What the lead methods of an adapter without leads support throw.
   *
   * @return a rejection saying the adapter does not support leads
   */
  private static PlatformRejectedException leadsNotSupported() {
    return new PlatformRejectedException(
        RejectionReason.INVALID_REQUEST, "this FieldServicePlatform does not support leads");
  }

  /**
   * The changes of bookings and jobs since {@code cursor}, for writing lead outcomes back (SPEC section B):
   * {@link FieldEvent.BookingChanged} and {@link FieldEvent.JobChanged} only, oldest first, each record in its
   * current state (it may repeat). Its cursor is its own, not {@link #changesSince}'s. Without a cursor it starts
   * at about the current time; a call when nothing changed costs one page per feed, whatever the number of
   * leads awaiting an outcome. The default rejects the call, as the other lead methods do.
   *
   * @param cursor the cursor a previous page returned; empty to start now
   * @param limit the most records wanted (an adapter may return fewer or, reading whole pages, more)
   * @return the changes and the cursor after them
   */
  default ChangePage<FieldEvent> leadOutcomeChanges(Optional<String> cursor, int limit) {
    throw leadsNotSupported();
  }
}
