package io.workbridge.sync.workflow;

/** Where leads go in ServiceTitan (LD-9). */
public enum LeadRouting {
  /** To the booking list (the default). */
  BOOKING,
  /** To Follow Ups: a ServiceTitan lead with a follow-up date. */
  FOLLOW_UP
}
