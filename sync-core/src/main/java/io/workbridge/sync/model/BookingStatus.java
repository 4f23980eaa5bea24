package io.workbridge.sync.model;

/** The life-cycle states of a ServiceTitan booking. */
public enum BookingStatus {
  /** Waiting in the bookings queue for a CSR. */
  NEW,
  /** Acknowledged (accepted) by the contractor. */
  ACCEPTED,
  /** Dismissed (declined) by the contractor. */
  DISMISSED,
  /** Converted into a job. */
  CONVERTED
}
