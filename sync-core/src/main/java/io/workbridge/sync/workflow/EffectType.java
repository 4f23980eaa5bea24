package io.workbridge.sync.workflow;

/** The kinds of remote effect a workflow performs, as counted in a {@link SyncReport}. */
public enum EffectType {
  /** A ServiceTitan booking created from a work order (SC-1). */
  CREATE_BOOKING,
  /** A ServiceTitan job created directly from a work order (SC-4). */
  CREATE_JOB,
  /** A ServiceTitan booking updated because the work order was accepted in ServiceChannel (SC-6). */
  ACKNOWLEDGE_BOOKING,
  /** The NTE written to a ServiceTitan job custom field (SC-22). */
  SET_JOB_NTE,
  /** A ServiceChannel work order status change (SC-7, SC-8, SC-10, SC-12). */
  CHANGE_STATUS,
  /** A note written to a ServiceChannel work order (SC-9, SC-13, SC-16). */
  WORK_ORDER_NOTE,
  /** A note written to a ServiceTitan job (SC-16). */
  JOB_NOTE,
  /** A technician check-in on ServiceChannel (SC-11). */
  CHECK_IN,
  /** A technician check-out on ServiceChannel (SC-12). */
  CHECK_OUT,
  /** A file attached to a ServiceChannel work order (SC-15). */
  ATTACHMENT,
  /** An invoice submitted to ServiceChannel (SC-20). */
  INVOICE,
  /** A ServiceTitan booking created from a lead (LD-1). */
  LEAD_BOOKING,
  /** A ServiceTitan follow-up created from a lead instead of a booking (LD-9). */
  LEAD_FOLLOW_UP,
  /** An outcome written back to the leads vendor (scheduled, dismissed, resolved). */
  LEAD_OUTCOME
}
