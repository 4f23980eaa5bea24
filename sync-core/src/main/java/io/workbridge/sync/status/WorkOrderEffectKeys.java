package io.workbridge.sync.status;

import java.util.Optional;

/**
 * The idempotency keys of every effect on a ServiceChannel work order, spelled in one place. A key is
 * {@code wo:<work order id>:<what>}; the same decision always yields the same key, so the effect log can
 * tell whether it already happened. Keys are part of the stored state: changing one makes a running
 * installation perform that effect again.
 */
public final class WorkOrderEffectKeys {

  private WorkOrderEffectKeys() {}

  /**
   * {@return the ServiceTitan booking made for the work order (SC-1)}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public static String booking(long workOrderId) {
    return key(workOrderId, "booking");
  }

  /**
   * {@return the ServiceTitan job made directly for the work order (SC-4)}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public static String job(long workOrderId) {
    return key(workOrderId, "job");
  }

  /**
   * {@return the booking update saying the work order was accepted directly in ServiceChannel (SC-6)}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public static String bookingAcknowledged(long workOrderId) {
    return key(workOrderId, "booking-ack");
  }

  /**
   * {@return a status milestone: {@code status:accept}, {@code status:decline}, {@code status:dispatch} or
   * {@code status:complete}} One per work order: a milestone is performed once, however many events imply it.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param action the status milestone
   */
  public static String status(long workOrderId, StatusAction action) {
    return key(workOrderId, "status:" + action.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * {@return the note carrying the ServiceTitan job number (SC-9)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param jobId the ServiceTitan job's id
   */
  public static String jobNumberNote(long workOrderId, long jobId) {
    return key(workOrderId, "note:job:" + jobId);
  }

  /**
   * {@return the SC-13 Action Required note written instead of an accept or decline ({@code verb}:
   * accepted/declined)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param verb the refused action (e.g. {@code accept})
   */
  public static String fallbackNote(long workOrderId, String verb) {
    return key(workOrderId, "note:" + verb + "-fallback");
  }

  /**
   * {@return a check-in of one technician's ServiceChannel user (or the API user) on one appointment (SC-11)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param appointmentId the ServiceTitan appointment's id
   * @param user the technician's ServiceChannel user, empty for the API user
   */
  public static String checkIn(long workOrderId, long appointmentId, Optional<Long> user) {
    return key(workOrderId, "check-in:" + appointmentId + ":" + userKey(user));
  }

  /**
   * {@return a check-out of one technician's ServiceChannel user (or the API user) on one appointment
   * (SC-12)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param appointmentId the ServiceTitan appointment's id
   * @param user the technician's ServiceChannel user, empty for the API user
   */
  public static String checkOut(long workOrderId, long appointmentId, Optional<Long> user) {
    return key(workOrderId, "check-out:" + appointmentId + ":" + userKey(user));
  }

  /**
   * {@return the note written instead of a check-in for a subscriber that takes IVR check-ins only}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param appointmentId the ServiceTitan appointment's id
   * @param technicianId the ServiceTitan technician's id
   */
  public static String ivrCheckInNote(long workOrderId, long appointmentId, long technicianId) {
    return key(workOrderId, "note:ivr-check-in:" + appointmentId + ":" + technicianId);
  }

  /**
   * {@return the note written instead of a check-out for a subscriber that takes IVR check-outs only}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param appointmentId the ServiceTitan appointment's id
   * @param technicianId the ServiceTitan technician's id
   */
  public static String ivrCheckOutNote(long workOrderId, long appointmentId, long technicianId) {
    return key(workOrderId, "note:ivr-check-out:" + appointmentId + ":" + technicianId);
  }

  /**
   * {@return the note written when ServiceChannel refused the check-in or check-out under {@code effectKey}}
   *
   * @param effectKey the key of the refused effect
   */
  public static String refusedAsNote(String effectKey) {
    return effectKey + ":as-note";
  }

  /**
   * {@return one ServiceTitan attachment sent to the work order (SC-15)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param attachmentId the attachment's id
   */
  public static String attachment(long workOrderId, String attachmentId) {
    return key(workOrderId, "attachment:" + attachmentId);
  }

  /**
   * {@return the marker that the attachments at completion were sent (SC-15)}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public static String attachmentsAtDone(long workOrderId) {
    return key(workOrderId, "attachments-at-done");
  }

  /**
   * {@return the ServiceTitan invoice submitted to the work order (SC-20)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param invoiceId the ServiceTitan invoice's id
   */
  public static String invoice(long workOrderId, long invoiceId) {
    return key(workOrderId, "invoice:" + invoiceId);
  }

  /**
   * {@return the NTE written to the job's custom field (SC-22)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param jobId the ServiceTitan job's id
   */
  public static String nte(long workOrderId, long jobId) {
    return key(workOrderId, "nte:" + jobId);
  }

  /**
   * {@return a subscriber note copied to the ServiceTitan job (SC-16)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param scNoteId the ServiceChannel note's id
   */
  public static String subscriberNoteCopy(long workOrderId, String scNoteId) {
    return key(workOrderId, "sc-note:" + scNoteId);
  }

  /**
   * {@return the marker that the work order's notes were read and handled when it had this many}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param noteCount how many notes the work order had ({@code Notes.Count.Total})
   */
  public static String subscriberNotesRead(long workOrderId, long noteCount) {
    return key(workOrderId, "sc-notes-read:" + noteCount);
  }

  /**
   * {@return the marker that a subscriber note was reported as not copied (note sync off, SC-18)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param scNoteId the ServiceChannel note's id
   */
  public static String subscriberNoteNotCopied(long workOrderId, String scNoteId) {
    return key(workOrderId, "sc-note-off:" + scNoteId);
  }

  /**
   * {@return a ServiceTitan job note (one version of it, by content hash) copied to the work order (SC-16,
   * SC-17)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param stNoteId the ServiceTitan job note's id
   * @param contentHash the SHA-256 hash of the note's content
   */
  public static String jobNoteCopy(long workOrderId, String stNoteId, String contentHash) {
    return key(workOrderId, "st-note:" + stNoteId + ":" + contentHash.substring(0, 16));
  }

  private static String userKey(Optional<Long> user) {
    return user.map(id -> "user-" + id).orElse("api-user");
  }

  private static String key(long workOrderId, String suffix) {
    return "wo:" + workOrderId + ":" + suffix;
  }
}
