package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A booking from the Booking Provider API: an inbound request a CSR accepts, converts to a job or dismisses. */
@Value.Immutable
public interface Booking {

  /** The booking id. */
  long id();

  /** Free-text source, for example {@code ServiceChannel}. */
  String source();

  /** The customer name. */
  String name();

  /** The address, if given. */
  Optional<Address> address();

  /** Residential or commercial, if given. */
  Optional<CustomerType> customerType();

  /** Requested start. */
  Optional<Instant> start();

  /** The summary. */
  Optional<String> summary();

  /** Campaign id. */
  OptionalLong campaignId();

  /** Business unit id. */
  OptionalLong businessUnitId();

  /** Job type id. */
  OptionalLong jobTypeId();

  /** Priority, if given. */
  Optional<Priority> priority();

  /** Whether the customer is new to the contractor. */
  Optional<Boolean> isFirstTimeClient();

  /** Where the booking stands. */
  BookingStatus status();

  /** The reason the booking was dismissed with. */
  OptionalLong dismissingReasonId();

  /** The job the booking was converted to. */
  OptionalLong jobId();

  /** The caller-chosen id given at creation (used to find the booking again). */
  String externalId();

  /** The booking provider that created the booking. */
  long bookingProviderId();

  /** When the booking was created. */
  Instant createdOn();

  /** When the booking was last modified. */
  Instant modifiedOn();

  /** Whether the record is active (export feeds also return inactive ones). */
  @Value.Default
  default boolean active() {
    return true;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Booking} instances. */
  final class Builder extends ImmutableBooking.Builder {}
}
