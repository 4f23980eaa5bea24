package io.workbridge.sync.mapping;

/** What a new work order becomes in ServiceTitan (SC-4). */
public enum ConversionTarget {
  /** A booking request for a CSR (the default, SC-1). */
  BOOKING,
  /** A job directly, when the customer + location mapping is known (SC-5). */
  JOB
}
