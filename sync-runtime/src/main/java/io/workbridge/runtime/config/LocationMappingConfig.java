package io.workbridge.runtime.config;

import org.immutables.value.Value;

/**
 * An explicit mapping of a ServiceChannel subscriber's location to a ServiceTitan customer and location (SC-5),
 * set beside the learnt ones (it replaces a learnt mapping for the same pair, and learning never replaces it).
 */
@Value.Immutable
public interface LocationMappingConfig {
  /** {@return the ServiceChannel subscriber} */
  long subscriberId();

  /** {@return the ServiceChannel location (store)} */
  long locationId();

  /** {@return the ServiceTitan customer} */
  long customerId();

  /** {@return the ServiceTitan location of that customer} */
  long customerLocationId();

  /** Checks the ids. */
  @Value.Check
  default void check() {
    new Checks()
        .id(subscriberId(), "subscriberId")
        .id(locationId(), "locationId")
        .id(customerId(), "customerId")
        .id(customerLocationId(), "customerLocationId")
        .done("location mapping");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocationMappingConfig} instances. */
  final class Builder extends ImmutableLocationMappingConfig.Builder {}
}
