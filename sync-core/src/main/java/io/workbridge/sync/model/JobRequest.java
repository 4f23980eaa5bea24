package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the sync asks ServiceTitan to create as a job (direct-to-job, SC-4/SC-5). The {@link
 * #externalId()} makes the create idempotent: the workflow looks a job up by it first.
 */
@Value.Immutable
public interface JobRequest {

  /** The source record's id (the ServiceChannel work order id). */
  String externalId();

  /** The ServiceTitan customer (bill-to). */
  long customerId();

  /** The ServiceTitan location (job site). */
  long locationId();

  /** The summary text (redacted in {@code toString()}, it may carry an IVR PIN). */
  @Value.Redacted
  String summary();

  /** ServiceTitan priority name. */
  Optional<String> priority();

  /** ServiceTitan business unit id. */
  Optional<Long> businessUnitId();

  /** ServiceTitan job type id. */
  Optional<Long> jobTypeId();

  /** ServiceTitan campaign id. */
  Optional<Long> campaignId();

  /** The customer's PO number. */
  Optional<String> customerPo();

  /** The requested start of the first appointment. */
  Optional<Instant> start();

  /** Custom field values by field name (e.g. the NTE, SC-22). */
  Map<String, String> customFields();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobRequest} instances. */
  final class Builder extends ImmutableJobRequest.Builder {}
}
