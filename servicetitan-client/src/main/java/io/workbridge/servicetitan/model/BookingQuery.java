package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Filters for listing bookings; all optional. */
@Value.Immutable
public interface BookingQuery {

  /** Only these ids (at most 50). */
  List<Long> ids();

  /** Only the booking with this external id. */
  Optional<String> externalId();

  /** Created before this instant. */
  Optional<Instant> createdBefore();

  /** Created on or after this instant. */
  Optional<Instant> createdOnOrAfter();

  /** Modified before this instant. */
  Optional<Instant> modifiedBefore();

  /** Modified on or after this instant. */
  Optional<Instant> modifiedOnOrAfter();

  /** Sort, for example {@code +ModifiedOn} or {@code -Id}. */
  Optional<String> sort();

  /** Items per page (1 to 5000); the client default when absent. */
  OptionalInt pageSize();

  /** No filters. */
  static BookingQuery all() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BookingQuery} instances. */
  final class Builder extends ImmutableBookingQuery.Builder {}
}
