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

  /** The source record's id (ServiceChannel work order id, or the lead's alert id). */
  String externalId();

  /** Where the booking comes from, e.g. {@code "ServiceChannel"}. */
  String source();

  /** The customer name to show. */
  String name();

  /** The summary text. May carry an IVR PIN (SC-2), so it is redacted in {@code toString()}. */
  @Value.Redacted
  String summary();

  /** The job-site address, when known. */
  Optional<Address> address();

  /** The job site's phone number (e.g. the store's), when known; sent as the booking's phone contact. */
  Optional<String> phone();

  /** ServiceTitan priority name ({@code Low}, {@code Normal}, {@code High}, {@code Urgent}). */
  Optional<String> priority();

  /** The requested start, when known. */
  Optional<Instant> start();

  /** ServiceTitan campaign id, when known. */
  Optional<Long> campaignId();

  /** ServiceTitan business unit id, when known. */
  Optional<Long> businessUnitId();

  /** ServiceTitan job type id, when known. */
  Optional<Long> jobTypeId();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BookingRequest} instances. */
  final class Builder extends ImmutableBookingRequest.Builder {}
}
