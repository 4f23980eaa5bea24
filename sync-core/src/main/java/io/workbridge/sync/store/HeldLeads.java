package io.workbridge.sync.store;

import java.util.List;
import java.util.Optional;

/**
 * Leads held while the leads integration is disabled (LD-6, beyond the reference: nothing is lost).
 * Replay reads {@link #list()} in arrival order and, for each lead processed, calls
 * {@link #release(String)} — so a crash during replay leaves the rest held. Idempotent on the vendor's
 * alert id. Scoped to one connection; thread-safe.
 */
public interface HeldLeads {
  /**
   * Holds a lead.
   *
   * @param alertId the alert's id at the leads vendor
   * @param payload the alert as received; may be empty, never null
   * @return true if held; false if a lead with this alert id is already held (it is kept unchanged)
   */
  boolean hold(String alertId, String payload);

  /** {@return the held leads in arrival order} */
  List<HeldLead> list();

  /**
   * {@return the held lead with this alert id, if any}
   *
   * @param alertId the alert's id at the leads vendor
   */
  Optional<HeldLead> find(String alertId);

  /**
   * Removes a lead once it has been replayed (or discarded).
   *
   * @param alertId the alert's id at the leads vendor
   * @return true if it was held
   */
  boolean release(String alertId);

  /** {@return how many leads are held} */
  default int count() {
    return list().size();
  }
}
