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

  /** {@return the ServiceTitan job id} */
  long id();

  /** {@return the job number shown to people (sent to ServiceChannel as a note, SC-9)} */
  String number();

  /** {@return the booking this job was converted from, if any} */
  Optional<Long> bookingId();

  /** {@return the ServiceTitan customer id} */
  long customerId();

  /** {@return the ServiceTitan location id} */
  long locationId();

  /** {@return the job's status} */
  JobStatus status();

  /** {@return the source record's id when the sync created the job directly (the work order id)} */
  Optional<String> externalId();

  /** {@return custom field values by field name, e.g. the NTE field (SC-22)} */
  Map<String, String> customFields();

  /** {@return when the job last changed} */
  Instant modifiedAt();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FieldJob} instances. */
  final class Builder extends ImmutableFieldJob.Builder {}
}
