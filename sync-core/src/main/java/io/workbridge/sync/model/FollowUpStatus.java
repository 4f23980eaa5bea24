package io.workbridge.sync.model;

/** The states of a ServiceTitan follow-up (CRM lead). */
public enum FollowUpStatus {
  /** Waiting for the CSR to follow up. */
  OPEN,
  /** Dismissed by the CSR. */
  DISMISSED,
  /** A job was booked from it. */
  CONVERTED
}
