package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Changes to a booking; only the fields set are sent. */
@Value.Immutable
public interface BookingUpdate {

  /** New source. */
  Optional<String> source();

  /** New customer name. */
  Optional<String> name();

  /** New summary. */
  Optional<String> summary();

  /** New address (ServiceTitan then requires all six parts, including the unit). */
  Optional<Address> address();

  /** New customer type. */
  Optional<CustomerType> customerType();

  /** New requested start. */
  Optional<Instant> start();

  /** New campaign id. */
  OptionalLong campaignId();

  /** New business unit id. */
  OptionalLong businessUnitId();

  /** New job type id. */
  OptionalLong jobTypeId();

  /** New priority. */
  Optional<Priority> priority();

  /** New first-time-client flag. */
  Optional<Boolean> isFirstTimeClient();

  /** New external id. */
  Optional<String> externalId();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BookingUpdate} instances. */
  final class Builder extends ImmutableBookingUpdate.Builder {}
}
