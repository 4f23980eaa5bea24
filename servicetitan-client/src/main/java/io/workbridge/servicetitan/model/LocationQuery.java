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

  /** Only these ids (at most 50). */
  List<Long> ids();

  /** Only locations of this customer. */
  OptionalLong customerId();

  /** Name filter. */
  Optional<String> name();

  /** Street filter. */
  Optional<String> street();

  /** Unit filter. */
  Optional<String> unit();

  /** City filter. */
  Optional<String> city();

  /** State filter. */
  Optional<String> state();

  /** Zip filter. */
  Optional<String> zip();

  /** Country filter. */
  Optional<String> country();

  /** Active filter; ServiceTitan returns only active locations when absent. */
  Optional<ActiveFilter> active();

  /** Created before. */
  Optional<Instant> createdBefore();

  /** Created on or after. */
  Optional<Instant> createdOnOrAfter();

  /** Modified before. */
  Optional<Instant> modifiedBefore();

  /** Modified on or after. */
  Optional<Instant> modifiedOnOrAfter();

  /** External data key to match (with the client's application GUID). */
  Optional<String> externalDataKey();

  /** External data values to match (at most 50). */
  List<String> externalDataValues();

  /** Sort, for example {@code +ModifiedOn}. */
  Optional<String> sort();

  /** Items per page (1 to 5000); the client default when absent. */
  OptionalInt pageSize();

  /** No filters. */
  static LocationQuery all() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocationQuery} instances. */
  final class Builder extends ImmutableLocationQuery.Builder {}
}
