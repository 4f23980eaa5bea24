package io.workbridge.servicetitan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Filters for listing technicians or employees (the people of the tenant); all optional. Records written by
 * people ({@code createdById} on job notes, jobs, appointments) name the <em>user</em> who wrote them:
 * find the technician or employee with {@link #userIds()}.
 */
@Value.Immutable
public interface StaffQuery {

  /** {@return only these technician or employee ids (at most 50)} */
  List<Long> ids();

  /** {@return only the technicians or employees of these users (at most 50)} */
  List<Long> userIds();

  /** {@return name filter (case-insensitive "contains")} */
  Optional<String> name();

  /** {@return active filter; ServiceTitan returns only active people when absent} */
  Optional<ActiveFilter> active();

  /** {@return items per page (1 to 5000); the client default when absent} */
  OptionalInt pageSize();

  /** Checks the documented limits of 50 ids and 50 user ids. */
  @Value.Check
  default void check() {
    if (ids().size() > 50 || userIds().size() > 50) {
      throw new IllegalArgumentException("at most 50 ids and 50 userIds per query");
    }
  }

  /** {@return no filters: the active technicians or employees} */
  static StaffQuery all() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StaffQuery} instances. */
  final class Builder extends ImmutableStaffQuery.Builder {}
}
