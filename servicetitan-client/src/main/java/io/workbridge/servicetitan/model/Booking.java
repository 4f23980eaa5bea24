package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A booking from the Booking Provider API: an inbound request a CSR accepts, converts to a job or dismisses. */
@Value.Immutable
public interface Booking {

  /** {@return the booking id} */
  long id();

  /** {@return free-text source, for example {@code ServiceChannel}} */
  String source();

  /** {@return the customer name} */
  String name();

  /** {@return the address, if given} */
  Optional<Address> address();

  /** {@return residential or commercial, if given} */
  Optional<CustomerType> customerType();

  /** {@return requested start} */
  Optional<Instant> start();

  /** {@return the summary} */
  Optional<String> summary();

  /** {@return campaign id} */
  OptionalLong campaignId();

  /** {@return business unit id} */
  OptionalLong businessUnitId();

  /** {@return job type id} */
  OptionalLong jobTypeId();

  /** {@return priority, if given} */
  Optional<Priority> priority();

  /** {@return whether the customer is new to the contractor} */
  Optional<Boolean> isFirstTimeClient();

  /** {@return where the booking stands} */
  BookingStatus status();

  /** {@return the reason the booking was dismissed with} */
  OptionalLong dismissingReasonId();

  /** {@return the job the booking was converted to} */
  OptionalLong jobId();

  /** {@return the caller-chosen id given at creation (used to find the booking again)} */
  String externalId();

  /** {@return the booking provider that created the booking} */
  long bookingProviderId();

  /** {@return when the booking was created} */
  Instant createdOn();

  /** {@return when the booking was last modified} */
  Instant modifiedOn();

  /** {@return whether the record is active (export feeds also return inactive ones)} */
  @Value.Default
  default boolean active() {
    return true;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Booking} instances. */
  final class Builder extends ImmutableBooking.Builder {}
}
