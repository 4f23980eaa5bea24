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

  /** {@return only these ids (at most 50)} */
  List<Long> ids();

  /** {@return job number} */
  Optional<String> number();

  /** {@return only the job converted from this booking} */
  OptionalLong bookingId();

  /** {@return status} */
  Optional<JobStatus> jobStatus();

  /** {@return customer} */
  OptionalLong customerId();

  /** {@return location} */
  OptionalLong locationId();

  /** {@return business unit} */
  OptionalLong businessUnitId();

  /** {@return job type} */
  OptionalLong jobTypeId();

  /** {@return campaign} */
  OptionalLong campaignId();

  /** {@return technician} */
  OptionalLong technicianId();

  /** {@return created before} */
  Optional<Instant> createdBefore();

  /** {@return created on or after} */
  Optional<Instant> createdOnOrAfter();

  /** {@return modified before} */
  Optional<Instant> modifiedBefore();

  /** {@return modified on or after} */
  Optional<Instant> modifiedOnOrAfter();

  /** {@return completed on or after} */
  Optional<Instant> completedOnOrAfter();

  /** {@return completed before} */
  Optional<Instant> completedBefore();

  /** {@return external data key to match (with the client's application GUID)} */
  Optional<String> externalDataKey();

  /** {@return external data values to match (at most 50)} */
  List<String> externalDataValues();

  /** {@return sort: {@code +Id}, {@code -ModifiedOn}, {@code +CreatedOn}, {@code +Priority}} */
  Optional<String> sort();

  /** {@return items per page (1 to 5000); the client default when absent} */
  OptionalInt pageSize();

  /** {@return no filters} */
  static JobQuery all() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobQuery} instances. */
  final class Builder extends ImmutableJobQuery.Builder {}
}
