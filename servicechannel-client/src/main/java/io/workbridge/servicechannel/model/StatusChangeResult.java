package io.workbridge.servicechannel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** What ServiceChannel answered to a status change. */
@Value.Immutable
public interface StatusChangeResult {
  /** {@return the work order id} */
  long workOrderId();

  /**
   * {@return the server's description of the change (HTML, e.g. "Status has been changed from …"), if sent}
   */
  Optional<String> message();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatusChangeResult}. */
  class Builder extends ImmutableStatusChangeResult.Builder {}
}
