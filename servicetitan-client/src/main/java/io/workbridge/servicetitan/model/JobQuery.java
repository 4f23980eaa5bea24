package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** Filters for listing jobs; all optional. */
@Value.Immutable
public interface JobQuery {

  /** Only these ids (at most 50). */
  List<Long> ids();

  /** Job number. */
  Optional<String> number();

  /** Only the job converted from this booking. */
  OptionalLong bookingId();

  /** Status. */
  Optional<JobStatus> jobStatus();

  /** Customer. */
  OptionalLong customerId();

  /** Location. */
  OptionalLong locationId();

  /** Business unit. */
  OptionalLong businessUnitId();

  /** Job type. */
  OptionalLong jobTypeId();

  /** Campaign. */
  OptionalLong campaignId();

  /** Technician. */
  OptionalLong technicianId();

  /** Created before. */
  Optional<Instant> createdBefore();

  /** Created on or after. */
  Optional<Instant> createdOnOrAfter();

  /** Modified before. */
  Optional<Instant> modifiedBefore();

  /** Modified on or after. */
  Optional<Instant> modifiedOnOrAfter();

  /** Completed on or after. */
  Optional<Instant> completedOnOrAfter();

  /** Completed before. */
  Optional<Instant> completedBefore();

  /** External data key to match (with the client's application GUID). */
  Optional<String> externalDataKey();

  /** External data values to match (at most 50). */
  List<String> externalDataValues();

  /** Sort: {@code +Id}, {@code -ModifiedOn}, {@code +CreatedOn}, {@code +Priority}. */
  Optional<String> sort();

  /** Items per page (1 to 5000); the client default when absent. */
  OptionalInt pageSize();

  /** No filters. */
  static JobQuery all() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobQuery} instances. */
  final class Builder extends ImmutableJobQuery.Builder {}
}
