package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A postal address as ServiceTitan stores it (street, optional unit, city, state, zip, country). */
@Value.Immutable
public interface Address {

  /** Street line. */
  String street();

  /** Unit, suite or apartment. */
  Optional<String> unit();

  /** City. */
  String city();

  /** State or province. */
  String state();

  /** Postal code. */
  String zip();

  /** Country. */
  String country();

  /** Latitude, where ServiceTitan has one (customers and locations only). */
  Optional<Double> latitude();

  /** Longitude, where ServiceTitan has one (customers and locations only). */
  Optional<Double> longitude();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Address} instances. */
  final class Builder extends ImmutableAddress.Builder {}
}
