package io.workbridge.sync.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An existing ServiceTitan customer (and, when known, one of its locations) that a lead might
 * belong to (LD-8). One candidate per (customer, location): a customer with two locations gives two
 * candidates with the same customer id.
 */
@Value.Immutable
public interface CustomerCandidate {

  /** {@return the ServiceTitan customer id} */
  long customerId();

  /** {@return the ServiceTitan location id, when this candidate is about one location} */
  Optional<Long> locationId();

  /** {@return the customer's name} */
  String name();

  /** {@return every phone number on the customer and location, as stored} */
  List<String> phones();

  /** {@return every e-mail address on the customer and location, as stored} */
  List<String> emails();

  /** {@return the location's address (or the customer's bill-to address when no location is given)} */
  Optional<Address> address();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomerCandidate} instances. */
  final class Builder extends ImmutableCustomerCandidate.Builder {}
}
