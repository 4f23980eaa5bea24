package io.workbridge.sync.store;

/** How an entity mapping came to be (SC-5). */
public enum MappingOrigin {
  /** Learnt when a booking for the pair was converted into a job. */
  LEARNT,
  /** Set explicitly by the integrator. */
  EXPLICIT
}
