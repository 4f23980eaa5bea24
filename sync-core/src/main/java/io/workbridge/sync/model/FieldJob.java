package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ServiceTitan job: made from a booking by a CSR, or created directly by the sync (SC-4). Its
 * customer and location are what the sync learns for the work order's subscriber and location (SC-5).
 */
@Value.Immutable
public interface FieldJob {

  /** The ServiceTitan job id. */
  long id();

  /** The job number shown to people (sent to ServiceChannel as a note, SC-9). */
  String number();

  /** The booking this job was converted from, if any. */
  Optional<Long> bookingId();

  /** The ServiceTitan customer id. */
  long customerId();

  /** The ServiceTitan location id. */
  long locationId();

  /** The job's status. */
  JobStatus status();

  /** The source record's id when the sync created the job directly (the work order id). */
  Optional<String> externalId();

  /** Custom field values by field name, e.g. the NTE field (SC-22). */
  Map<String, String> customFields();

  /** When the job last changed. */
  Instant modifiedAt();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FieldJob} instances. */
  final class Builder extends ImmutableFieldJob.Builder {}
}
