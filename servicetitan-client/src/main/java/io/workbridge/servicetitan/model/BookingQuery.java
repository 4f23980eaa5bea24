package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Filters for listing bookings; all optional. */
@Value.Immutable
public interface BookingQuery {

  /** {@return only these ids (at most 50)} */
  List<Long> ids();

  /** {@return only the booking with this external id} */
  Optional<String> externalId();

  /** {@return created before this instant} */
  Optional<Instant> createdBefore();

  /** {@return created on or after this instant} */
  Optional<Instant> createdOnOrAfter();

  /** {@return modified before this instant} */
  Optional<Instant> modifiedBefore();

  /** {@return modified on or after this instant} */
  Optional<Instant> modifiedOnOrAfter();

  /** {@return sort, for example {@code +ModifiedOn} or {@code -Id}} */
  Optional<String> sort();

  /** {@return items per page (1 to 5000); the client default when absent} */
  OptionalInt pageSize();

  /** {@return no filters} */
  static BookingQuery all() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BookingQuery} instances. */
  final class Builder extends ImmutableBookingQuery.Builder {}
}
