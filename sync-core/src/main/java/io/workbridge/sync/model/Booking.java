package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ServiceTitan booking (booking request on the bookings screen): created from a ServiceChannel work
 * order (SC-1) or from a lead. Its {@link #externalId()} is the source record's id (the work order id
 * or the alert id) and is what lookup-before-create searches for.
 */
@Value.Immutable
public interface Booking {

  /** {@return the ServiceTitan booking id} */
  long id();

  /** {@return the id of the record the booking was made from (e.g. the ServiceChannel work order id)} */
  String externalId();

  /** {@return the booking's current state} */
  BookingStatus status();

  /** {@return the job it was converted into, once converted} */
  Optional<Long> jobId();

  /**
   * {@return why the contractor dismissed the booking, in words, when it is dismissed and ServiceTitan says}
   */
  Optional<String> dismissalReason();

  /** {@return the customer name shown on the booking} */
  String name();

  /** {@return the booking summary} May carry an IVR PIN (SC-2), so it is redacted in {@code toString()}. */
  @Value.Redacted
  String summary();

  /** {@return when the booking last changed in ServiceTitan} */
  Instant modifiedAt();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Booking} instances. */
  final class Builder extends ImmutableBooking.Builder {}
}
