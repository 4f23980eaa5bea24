package io.workbridge.sync.port;

import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.AttachmentUpload;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import java.util.List;
import java.util.Optional;

/**
 * The ServiceChannel side, as the work-order workflow needs it: the provider's view of work orders,
 * their statuses, notes, check-ins, attachments and invoices.
 *
 * <p>Rules every implementation keeps (the in-memory fake enforces them too):
 *
 * <ul>
 *   <li>Statuses are subscriber-defined; {@link #changeStatus} throws {@link
 *       PlatformRejectedException} with {@link RejectionReason#STATUS_NOT_ALLOWED} for a status the
 *       subscriber's catalogue lacks (ServiceChannel error 904).
 *   <li>Notes are append-only; ServiceChannel writes system notes of its own (e.g. on status
 *       changes), reported with origin {@code SYSTEM}; notes the integration writes come back with
 *       origin {@code PROVIDER}.
 *   <li>No write takes an idempotency key: callers look the effect up (notes, activities,
 *       attachments, invoices) before repeating a write whose outcome is unknown.
 * </ul>
 *
 * <p>Every method may throw {@link PlatformUnavailableException} (transient; the effect may or may not
 * have happened) or {@link PlatformRejectedException} (permanent). Implementations must be safe to call
 * from one thread at a time; the workflows do not share a port between threads.
 */
public interface WorkOrderPlatform {

  /**
   * The work orders assigned to the provider that changed since the cursor, oldest first.
   *
   * @param cursor where the previous page ended; empty to start at the beginning of the feed
   * @param limit the most records to return
   * @return the page, with the cursor to read from next
   */
  ChangePage<WorkOrder> changesSince(Optional<String> cursor, int limit);

  /**
   * One work order as it is now.
   *
   * @param workOrderId the tracking number
   * @return the work order, or empty when it does not exist (or is no longer the provider's)
   */
  Optional<WorkOrder> workOrder(long workOrderId);

  /**
   * The work order as this platform last delivered or read it, with the changes it made since: no read when it
   * has one. Not for a decision that needs the work order as it is now (use {@link #workOrder}); the workflow
   * reads the feed every cycle, which delivers every newer version. The default reads it.
   *
   * @param workOrderId the tracking number
   * @return the work order, or empty when it does not exist (or is no longer the provider's)
   */
  default Optional<WorkOrder> knownWorkOrder(long workOrderId) {
    return workOrder(workOrderId);
  }

  /**
   * The statuses the provider may set on this work order (its subscriber's catalogue).
   *
   * @param workOrderId the tracking number
   * @return the catalogue
   */
  StatusCatalogue allowedStatuses(long workOrderId);

  /**
   * The statuses the provider may set on this work order now, read afresh where {@link #allowedStatuses} may
   * answer from a cache: the sync confirms with it before it writes a note instead of a status (SC-13). The
   * default asks {@link #allowedStatuses}.
   *
   * @param workOrderId the tracking number
   * @return the catalogue as of now
   */
  default StatusCatalogue currentAllowedStatuses(long workOrderId) {
    return allowedStatuses(workOrderId);
  }

  /**
   * Sets the work order's status.
   *
   * @param workOrderId the tracking number
   * @param status the new status
   * @throws PlatformRejectedException {@link RejectionReason#STATUS_NOT_ALLOWED} when the subscriber
   *     lacks the status
   */
  void changeStatus(long workOrderId, WorkOrderStatus status);

  /**
   * Declines the work order with a reason (SC-8): ServiceChannel's dedicated decline call, which moves it to
   * {@code OPEN/DECLINED} (or reassigns it, where the subscriber does so automatically).
   *
   * @param workOrderId the tracking number
   * @param decline the reason id and text
   * @throws PlatformRejectedException {@link RejectionReason#STATUS_NOT_ALLOWED} when the work order can no
   *     longer be declined (ServiceChannel 904); {@link RejectionReason#INVALID_REQUEST} for a reason id the
   *     subscriber does not take
   */
  void decline(long workOrderId, Decline decline);

  /**
   * All notes of the work order, oldest first, including system notes.
   *
   * @param workOrderId the tracking number
   * @return the notes
   */
  List<Note> notes(long workOrderId);

  /**
   * Appends a note, written by the provider (the API user).
   *
   * @param workOrderId the tracking number
   * @param note the note
   * @return the note as stored, with its id
   */
  Note addNote(long workOrderId, NewNote note);

  /**
   * Checks a technician in (SC-11).
   *
   * @param workOrderId the tracking number
   * @param checkIn the technician's ServiceChannel user (or the API user) and the time
   * @throws PlatformRejectedException {@link RejectionReason#CHECK_IN_REFUSED} when the subscriber
   *     takes IVR check-ins only; {@link RejectionReason#WORK_ORDER_CLOSED} when it is completed
   */
  void checkIn(long workOrderId, CheckIn checkIn);

  /**
   * Checks a technician out (SC-12), closing their open check-in.
   *
   * @param workOrderId the tracking number
   * @param checkOut the technician's ServiceChannel user (or the API user) and the time
   * @throws PlatformRejectedException {@link RejectionReason#CHECK_IN_REFUSED} for IVR-only
   *     subscribers; {@link RejectionReason#INVALID_REQUEST} when the user has no open check-in
   */
  void checkOut(long workOrderId, CheckIn checkOut);

  /**
   * The check-ins (and check-outs) recorded on the work order, oldest first.
   *
   * @param workOrderId the tracking number
   * @return the activities
   */
  List<WorkActivity> workActivities(long workOrderId);

  /**
   * The files attached to the work order.
   *
   * @param workOrderId the tracking number
   * @return the attachments
   */
  List<Attachment> attachments(long workOrderId);

  /**
   * Attaches a file.
   *
   * @param workOrderId the tracking number
   * @param upload the file and its description
   * @return the attachment as stored
   */
  Attachment attach(long workOrderId, AttachmentUpload upload);

  /**
   * Finds an invoice by its number, for lookup-before-create.
   *
   * @param workOrderId the tracking number
   * @param invoiceNumber the invoice number
   * @return the ServiceChannel invoice id, when one with that number exists on the work order
   */
  Optional<Long> findInvoice(long workOrderId, String invoiceNumber);

  /**
   * Submits an invoice for a completed work order (SC-20).
   *
   * @param workOrderId the tracking number
   * @param invoice the ServiceTitan invoice
   * @return the ServiceChannel invoice id
   * @throws PlatformRejectedException {@link RejectionReason#STATUS_NOT_ALLOWED} when the work order
   *     is not completed; {@link RejectionReason#DUPLICATE} when the number exists
   */
  long submitInvoice(long workOrderId, Invoice invoice);
}
