package io.workbridge.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A lead that arrived while the leads integration was disabled (LD-6).
 *
 * @param alertId the vendor's alert id (LD-10)
 * @param payload the alert as received, to replay from; never logged by the store
 * @param sequence the arrival position within the connection (strictly increasing)
 * @param heldAt when it was held (store clock)
 */
public record HeldLead(String alertId, String payload, long sequence, Instant heldAt) {
  /**
   * Validates the components.
   *
   * @param alertId the vendor's alert id (LD-10)
   * @param payload the alert as received, to replay from; never logged by the store
   * @param sequence the arrival position within the connection (strictly increasing)
   * @param heldAt when it was held (store clock)
   */
  public HeldLead {
    StoreArguments.requireKey(alertId, "alert id");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(heldAt, "heldAt");
  }

  /** Leaves the payload out: it holds the customer's contact details. */
  @Override
  public String toString() {
    return "HeldLead{alertId=" + alertId + ", sequence=" + sequence + ", heldAt=" + heldAt + "}";
  }
}
