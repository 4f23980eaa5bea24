package io.workbridge.sync.model;

/** The states of a ServiceTitan appointment (one visit of a job). */
public enum AppointmentStatus {
  /** Planned. */
  SCHEDULED,
  /** A technician is dispatched (on the way). */
  DISPATCHED,
  /** A technician arrived and is working. */
  WORKING,
  /** Put on hold. */
  HOLD,
  /** The visit is done. */
  DONE,
  /** Cancelled. */
  CANCELED
}
