package io.workbridge.sync.model;

/** The outcome written back to the leads vendor for an alert that became a booking. */
public enum LeadOutcome {
  /** The booking became a job: a visit is scheduled. */
  SCHEDULED,
  /** The booking (or the follow-up) was dismissed in ServiceTitan. */
  DISMISSED,
  /** The work is done. */
  RESOLVED;

  /** {@return the vendor's status name for this outcome ({@link AlertStatus})} */
  public String alertStatus() {
    return name();
  }
}
