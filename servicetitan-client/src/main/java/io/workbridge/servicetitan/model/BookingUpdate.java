package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Changes to a booking; only the fields set are sent. */
@Value.Immutable
public interface BookingUpdate {

  /** {@return new source} */
  Optional<String> source();

  /** {@return new customer name} */
  Optional<String> name();

  /** {@return new summary} */
  Optional<String> summary();

  /** {@return new address (ServiceTitan then requires all six parts, including the unit)} */
  Optional<Address> address();

  /** {@return new customer type} */
  Optional<CustomerType> customerType();

  /** {@return new requested start} */
  Optional<Instant> start();

  /** {@return new campaign id} */
  OptionalLong campaignId();

  /** {@return new business unit id} */
  OptionalLong businessUnitId();

  /** {@return new job type id} */
  OptionalLong jobTypeId();

  /** {@return new priority} */
  Optional<Priority> priority();

  /** {@return new first-time-client flag} */
  Optional<Boolean> isFirstTimeClient();

  /** {@return new external id} */
  Optional<String> externalId();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BookingUpdate} instances. */
  final class Builder extends ImmutableBookingUpdate.Builder {}
}
