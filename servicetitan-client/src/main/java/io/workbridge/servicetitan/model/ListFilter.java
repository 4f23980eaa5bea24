package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Common filters of the secondary lists (appointments, assignments, timesheets, technicians, leads, invoices); all optional. */
@Value.Immutable
public interface ListFilter {

  /** Only these ids (at most 50). */
  List<Long> ids();

  /** Active filter; ServiceTitan returns only active records when absent. */
  Optional<ActiveFilter> active();

  /** Created before. */
  Optional<Instant> createdBefore();

  /** Created on or after. */
  Optional<Instant> createdOnOrAfter();

  /** Modified before. */
  Optional<Instant> modifiedBefore();

  /** Modified on or after. */
  Optional<Instant> modifiedOnOrAfter();

  /** Items per page (1 to 5000); the client default when absent. */
  OptionalInt pageSize();

  /** No filters. */
  static ListFilter none() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListFilter} instances. */
  final class Builder extends ImmutableListFilter.Builder {}
}
