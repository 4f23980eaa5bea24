package io.workbridge.servicechannel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A subscriber (the facility owner) or provider (the contractor) as embedded in a work order. */
@Value.Immutable
public interface Company {
  /** {@return the company id (subscriber or provider id)} */
  long id();

  /** {@return the display name, if sent} */
  Optional<String> name();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Company}. */
  class Builder extends ImmutableCompany.Builder {}
}
