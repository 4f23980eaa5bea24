package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the sync asks ServiceTitan to create as a booking. The {@link #externalId()} makes the create
 * idempotent: the workflow looks a booking up by it before creating one.
 */
@Value.Immutable
public interface BookingRequest {

  /** {@return the source record's id (ServiceChannel work order id, or the lead's alert id)} */
  String externalId();

  /** {@return where the booking comes from, e.g. {@code "ServiceChannel"}} */
  String source();

  /** {@return the customer name to show} */
  String name();

  /** {@return the summary text} May carry an IVR PIN (SC-2), so it is redacted in {@code toString()}. */
  @Value.Redacted
  String summary();

  /** {@return the job-site address, when known} */
  Optional<Address> address();

  /**
   * {@return the job site's phone number (e.g. the store's), when known; sent as the booking's phone contact}
   */
  Optional<String> phone();

  /** {@return ServiceTitan priority name ({@code Low}, {@code Normal}, {@code High}, {@code Urgent})} */
  Optional<String> priority();

  /** {@return the requested start, when known} */
  Optional<Instant> start();

  /** {@return ServiceTitan campaign id, when known} */
  Optional<Long> campaignId();

  /** {@return ServiceTitan business unit id, when known} */
  Optional<Long> businessUnitId();

  /** {@return ServiceTitan job type id, when known} */
  Optional<Long> jobTypeId();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BookingRequest} instances. */
  final class Builder extends ImmutableBookingRequest.Builder {}
}
