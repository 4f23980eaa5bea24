package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Filters for listing customers; all optional. */
@Value.Immutable
public interface CustomerQuery {

  /** {@return only these ids (at most 50)} */
  List<Long> ids();

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

  /**
   * Matches a contact phone number.
   *
   * @return the contact phone number to match
   */
  Optional<String> phone();

  /** {@return active filter; ServiceTitan returns only active customers when absent} */
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

  /** {@return external data values to match for {@link #externalDataKey()} (at most 50)} */
  List<String> externalDataValues();

  /** {@return sort, for example {@code +ModifiedOn}} */
  Optional<String> sort();

  /** {@return items per page (1 to 5000); the client default when absent} */
  OptionalInt pageSize();

  /** {@return no filters} */
  static CustomerQuery all() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomerQuery} instances. */
  final class Builder extends ImmutableCustomerQuery.Builder {}
}
