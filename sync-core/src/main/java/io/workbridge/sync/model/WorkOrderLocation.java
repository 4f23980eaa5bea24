package io.workbridge.sync.model;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The subscriber's location (store, site) where a work order is to be done, with its time zone so
 * that wall-clock dates can be shown in the location's local time.
 */
@Value.Immutable
public interface WorkOrderLocation {

  /** {@return the ServiceChannel location id} */
  long id();

  /**
   * {@return the subscriber's store id, kept as text because it may have leading zeros (e.g. {@code "0024"})}
   */
  Optional<String> storeId();

  /** {@return the location's display name} */
  Optional<String> name();

  /** {@return the postal address, when known} */
  Optional<Address> address();

  /** {@return the store's phone number, when known} */
  Optional<String> phone();

  /** {@return the location's time zone; UTC when the source does not say} */
  @Value.Default
  default ZoneId timeZone() {
    return ZoneOffset.UTC;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkOrderLocation} instances. */
  final class Builder extends ImmutableWorkOrderLocation.Builder {}
}
