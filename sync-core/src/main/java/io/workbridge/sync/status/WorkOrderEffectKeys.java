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

  /** The ServiceTitan booking made for the work order (SC-1). */
  public static String booking(long workOrderId) {
    return key(workOrderId, "booking");
  }

  /** The ServiceTitan job made directly for the work order (SC-4). */
  public static String job(long workOrderId) {
    return key(workOrderId, "job");
  }

  /** The booking update saying the work order was accepted directly in ServiceChannel (SC-6). */
  public static String bookingAcknowledged(long workOrderId) {
    return key(workOrderId, "booking-ack");
  }

  /**
   * A status milestone: {@code status:accept}, {@code status:decline}, {@code status:dispatch} or {@code
   * status:complete}. One per work order: a milestone is performed once, however many events imply it.
   */
  public static String status(long workOrderId, StatusAction action) {
    return key(workOrderId, "status:" + action.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** The note carrying the ServiceTitan job number (SC-9). */
  public static String jobNumberNote(long workOrderId, long jobId) {
    return key(workOrderId, "note:job:" + jobId);
  }

  /** The SC-13 Action Required note written instead of an accept or decline ({@code verb}: accepted/declined). */
  public static String fallbackNote(long workOrderId, String verb) {
    return key(workOrderId, "note:" + verb + "-fallback");
  }

  /** A check-in of one technician's ServiceChannel user (or the API user) on one appointment (SC-11). */
  public static String checkIn(long workOrderId, long appointmentId, Optional<Long> user) {
    return key(workOrderId, "check-in:" + appointmentId + ":" + userKey(user));
  }

  /** A check-out of one technician's ServiceChannel user (or the API user) on one appointment (SC-12). */
  public static String checkOut(long workOrderId, long appointmentId, Optional<Long> user) {
    return key(workOrderId, "check-out:" + appointmentId + ":" + userKey(user));
  }

  /** The note written instead of a check-in for a subscriber that takes IVR check-ins only. */
  public static String ivrCheckInNote(long workOrderId, long appointmentId, long technicianId) {
    return key(workOrderId, "note:ivr-check-in:" + appointmentId + ":" + technicianId);
  }

  /** The note written instead of a check-out for a subscriber that takes IVR check-outs only. */
  public static String ivrCheckOutNote(long workOrderId, long appointmentId, long technicianId) {
    return key(workOrderId, "note:ivr-check-out:" + appointmentId + ":" + technicianId);
  }

  /** The note written when ServiceChannel refused the check-in or check-out under {@code effectKey}. */
  public static String refusedAsNote(String effectKey) {
    return effectKey + ":as-note";
  }

  /** One ServiceTitan attachment sent to the work order (SC-15). */
  public static String attachment(long workOrderId, String attachmentId) {
    return key(workOrderId, "attachment:" + attachmentId);
  }

  /** The marker that the attachments at completion were sent (SC-15). */
  public static String attachmentsAtDone(long workOrderId) {
    return key(workOrderId, "attachments-at-done");
  }

  /** The ServiceTitan invoice submitted to the work order (SC-20). */
  public static String invoice(long workOrderId, long invoiceId) {
    return key(workOrderId, "invoice:" + invoiceId);
  }

  /** The NTE written to the job's custom field (SC-22). */
  public static String nte(long workOrderId, long jobId) {
    return key(workOrderId, "nte:" + jobId);
  }

  /** A subscriber note copied to the ServiceTitan job (SC-16). */
  public static String subscriberNoteCopy(long workOrderId, String scNoteId) {
    return key(workOrderId, "sc-note:" + scNoteId);
  }

  /** The marker that a subscriber note was reported as not copied (note sync off, SC-18). */
  public static String subscriberNoteNotCopied(long workOrderId, String scNoteId) {
    return key(workOrderId, "sc-note-off:" + scNoteId);
  }

  /** A ServiceTitan job note (one version of it, by content hash) copied to the work order (SC-16, SC-17). */
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
