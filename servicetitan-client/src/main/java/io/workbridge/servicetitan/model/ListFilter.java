package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Common filters of the secondary lists (appointments, assignments, timesheets, technicians, leads, invoices); all optional. */
@Value.Immutable
public interface ListFilter {

  /** {@return only these ids (at most 50)} */
  List<Long> ids();

  /** {@return active filter; ServiceTitan returns only active records when absent} */
  Optional<ActiveFilter> active();

  /** {@return created before} */
  Optional<Instant> createdBefore();

  /** {@return created on or after} */
  Optional<Instant> createdOnOrAfter();

  /** {@return modified before} */
  Optional<Instant> modifiedBefore();

  /** {@return modified on or after} */
  Optional<Instant> modifiedOnOrAfter();

  /** {@return items per page (1 to 5000); the client default when absent} */
  OptionalInt pageSize();

  /** {@return no filters} */
  static ListFilter none() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListFilter} instances. */
  final class Builder extends ImmutableListFilter.Builder {}
}
