package io.workbridge.leads.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A member's postal address as the vendor sends it. */
@Value.Immutable
public interface Address {

  /** {@return street line, e.g. {@code "12 Main St"}} */
  String street();

  /** {@return unit, suite or apartment, when there is one} */
  Optional<String> unit();

  /** {@return city or town} */
  String city();

  /** {@return state or province as given, e.g. {@code "TX"}} */
  String state();

  /** {@return postal code as given, e.g. {@code "75001"}} */
  String zip();

  /** {@return country as given, e.g. {@code "US"}; empty when the vendor does not say} */
  Optional<String> country();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Address} instances. */
  final class Builder extends ImmutableAddress.Builder {}
}
