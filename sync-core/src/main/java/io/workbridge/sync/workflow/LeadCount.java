package io.workbridge.sync.workflow;

/**
 * What a leads cycle counts besides effects and skips, as reported by {@link
 * SyncReport#leadCount(LeadCount)}.
 */
public enum LeadCount {
  /** Alerts read from the vendor's feed (parsed or not). */
  READ,
  /** Actionable alerts held because the integration is disabled (LD-6). */
  HELD,
  /** Held alerts replayed after the integration was enabled again (LD-6). */
  REPLAYED,
  /** Leads whose member matched an existing customer (LD-8). */
  CUSTOMER_MATCHED,
  /** Leads left unmatched for the CSR (LD-8). */
  CUSTOMER_UNMATCHED
}
