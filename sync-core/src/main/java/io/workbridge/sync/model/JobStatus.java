package io.workbridge.sync.model;

/** The states of a ServiceTitan job. */
public enum JobStatus {
  /** Booked, not yet dispatched. */
  SCHEDULED,
  /** A technician is on the way. */
  DISPATCHED,
  /** Work is under way. */
  IN_PROGRESS,
  /** Put on hold. */
  HOLD,
  /** Finished. */
  COMPLETED,
  /** Cancelled. */
  CANCELED
}
