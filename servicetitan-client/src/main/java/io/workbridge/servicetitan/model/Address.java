package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A postal address as ServiceTitan stores it (street, optional unit, city, state, zip, country). */
@Value.Immutable
public interface Address {

  /** {@return street line} */
  String street();

  /** {@return unit, suite or apartment} */
  Optional<String> unit();

  /** {@return city} */
  String city();

  /** {@return state or province} */
  String state();

  /** {@return postal code} */
  String zip();

  /** {@return country} */
  String country();

  /** {@return latitude, where ServiceTitan has one (customers and locations only)} */
  Optional<Double> latitude();

  /** {@return longitude, where ServiceTitan has one (customers and locations only)} */
  Optional<Double> longitude();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Address} instances. */
  final class Builder extends ImmutableAddress.Builder {}
}
