package io.workbridge.leads.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A member's postal address as the vendor sends it. */
@Value.Immutable
public interface Address {

  /** Street line, e.g. {@code "12 Main St"}. */
  String street();

  /** Unit, suite or apartment, when there is one. */
  Optional<String> unit();

  /** City or town. */
  String city();

  /** State or province as given, e.g. {@code "TX"}. */
  String state();

  /** Postal code as given, e.g. {@code "75001"}. */
  String zip();

  /** Country as given, e.g. {@code "US"}; empty when the vendor does not say. */
  Optional<String> country();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Address} instances. */
  final class Builder extends ImmutableAddress.Builder {}
}
