package io.workbridge.sync.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address (a customer's home, a store, a job site), in the shape ServiceTitan requires for
 * bookings, customers and locations: street, optional unit, city, state, zip and country.
 */
@Value.Immutable
public interface Address {

  /** {@return street line, e.g. {@code "12 Main St"}} */
  String street();

  /** {@return unit, suite or apartment, when there is one} */
  Optional<String> unit();

  /** {@return city or town} */
  String city();

  /** {@return state or province, as given by the source (e.g. {@code "TX"})} */
  String state();

  /** {@return postal code, as given by the source (e.g. {@code "75001"} or {@code "75001-1234"})} */
  String zip();

  /** {@return country, as given by the source; {@code "USA"} when the source does not say} */
  @Value.Default
  default String country() {
    return "USA";
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Address} instances. */
  final class Builder extends ImmutableAddress.Builder {}
}
