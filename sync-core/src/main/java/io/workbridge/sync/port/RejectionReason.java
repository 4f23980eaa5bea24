package io.workbridge.sync.port;

/** Why a platform refused a request for good (retrying the same request will not help). */
public enum RejectionReason {
  /** The status is not allowed for this work order (ServiceChannel error 904). */
  STATUS_NOT_ALLOWED,
  /** The work order was already accepted (ServiceChannel error 5202). */
  ALREADY_ACCEPTED,
  /** The subscriber does not take API check-ins: technicians must use the IVR. */
  CHECK_IN_REFUSED,
  /** The work order is completed, invoiced or void and takes no more changes of this kind. */
  WORK_ORDER_CLOSED,
  /** The record does not exist. */
  NOT_FOUND,
  /** A record with the same unique key exists (e.g. invoice number, ServiceChannel error 1107). */
  DUPLICATE,
  /** The user lacks the permission. */
  PERMISSION_DENIED,
  /** The request is invalid for another reason. */
  INVALID_REQUEST,
  /** The record's current state does not allow the change (e.g. the leads vendor's HTTP 409). */
  CONFLICT
}
