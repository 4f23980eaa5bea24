package io.workbridge.servicechannel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A request to move a work order to another status ({@code PUT /workorders/{id}/status}). */
@Value.Immutable
public interface StatusChange {
  /** {@return the target status; the extended part may be empty} */
  WorkOrderStatus status();

  /** {@return a note recorded with the change} */
  Optional<String> note();

  /** {@return the name shown as the author of the change} */
  Optional<String> actor();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatusChange}. */
  class Builder extends ImmutableStatusChange.Builder {
    /**
     * Sets the target status from its two parts.
     *
     * @param primary the primary status
     * @param extended the extended status
     * @return this builder
     */
    public Builder status(String primary, String extended) {
      return (Builder) status(WorkOrderStatus.of(primary, extended));
    }
  }
}
