package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Filters for listing locations; all optional. */
@Value.Immutable
public interface LocationQuery {

  /** {@return only these ids (at most 50)} */
  List<Long> ids();

  /** {@return only locations of this customer} */
  OptionalLong customerId();

  /** {@return name filter} */
  Optional<String> name();

  /** {@return street filter} */
  Optional<String> street();

  /** {@return unit filter} */
  Optional<String> unit();

  /** {@return city filter} */
  Optional<String> city();

  /** {@return state filter} */
  Optional<String> state();

  /** {@return zip filter} */
  Optional<String> zip();

  /** {@return country filter} */
  Optional<String> country();

  /** {@return active filter; ServiceTitan returns only active locations when absent} */
  Optional<ActiveFilter> active();

  /** {@return created before} */
  Optional<Instant> createdBefore();

  /** {@return created on or after} */
  Optional<Instant> createdOnOrAfter();

  /** {@return modified before} */
  Optional<Instant> modifiedBefore();

  /** {@return modified on or after} */
  Optional<Instant> modifiedOnOrAfter();

  /** {@return external data key to match (with the client's application GUID)} */
  Optional<String> externalDataKey();

  /** {@return external data values to match (at most 50)} */
  List<String> externalDataValues();

  /** {@return sort, for example {@code +ModifiedOn}} */
  Optional<String> sort();

  /** {@return items per page (1 to 5000); the client default when absent} */
  OptionalInt pageSize();

  /** {@return no filters} */
  static LocationQuery all() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocationQuery} instances. */
  final class Builder extends ImmutableLocationQuery.Builder {}
}
