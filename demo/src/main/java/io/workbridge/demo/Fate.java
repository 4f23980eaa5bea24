package io.workbridge.demo;

/** How far the people take a work order in the demo, and so what SPEC requires of it at the end. */
enum Fate {
  /** Created before the activation instant: the sync must ignore it (SC-3). */
  BEFORE_ACTIVATION,
  /** Its booking is left for later. */
  BOOKED,
  /** A CSR accepts the booking (SC-7). */
  ACCEPTED,
  /** A CSR dismisses the booking (SC-8). */
  DECLINED,
  /** The provider's staff accept it directly in ServiceChannel while the booking is new (SC-6). */
  ACCEPTED_IN_SERVICECHANNEL,
  /** A job exists and is dispatched (SC-9, SC-10). */
  DISPATCHED,
  /** The technician is on site (SC-11). */
  ON_SITE,
  /** The technician finished (SC-12, SC-15); an invoice is at most posted, not exported. */
  DONE,
  /** Finished and the exported invoice reached ServiceChannel (SC-20). */
  INVOICED;

  /** Whether a job exists for the work order. */
  boolean hasJob() {
    return compareTo(DISPATCHED) >= 0;
  }

  /** Whether a technician arrived. */
  boolean arrived() {
    return compareTo(ON_SITE) >= 0;
  }

  /** Whether the technician finished. */
  boolean finished() {
    return compareTo(DONE) >= 0;
  }
}
