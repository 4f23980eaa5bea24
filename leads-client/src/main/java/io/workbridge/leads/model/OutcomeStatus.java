package io.workbridge.leads.model;

/** The statuses an integrator may write back to an alert (a subset of {@link AlertStatus}). */
public enum OutcomeStatus {
  /** A booking or job was created for the alert. */
  SCHEDULED,
  /** The alert was dismissed (no visit will be made). */
  DISMISSED,
  /** The problem behind the alert was fixed. */
  RESOLVED
}
