package io.workbridge.sync.status;

/** Why a workflow did something other than the direct effect; each is reported, never silent. */
public enum FallbackKind {
  /** The accept status is missing from the subscriber's catalogue: note + Action Required (SC-13). */
  ACCEPT_AS_NOTE,
  /** The decline status is missing from the subscriber's catalogue: note + Action Required (SC-13). */
  DECLINE_AS_NOTE,
  /** Another target status is missing from the catalogue: the status was left as it is. */
  STATUS_NOT_AVAILABLE,
  /** The subscriber takes IVR check-ins only: a note was written instead (SC-11, SC-12). */
  IVR_CHECK_IN_AS_NOTE,
  /**
   * ServiceChannel could not take an API check-in or check-out (no coordinates for the store, check-ins
   * denied on the work order, outside the store's GPS radius): a note was written instead (SC-11, SC-12).
   */
  CHECK_IN_AS_NOTE,
  /** A direct-to-job rule matched, but no customer/location mapping is known: sent as a booking. */
  JOB_RULE_WITHOUT_MAPPING
}
